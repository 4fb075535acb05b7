/**
 * The status palette must stay ordered, readable in greyscale print and for colour-blind readers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
/**
 * A status colour in the light or dark theme, from `var(--light, #light) var(--dark, #dark)` in
 * tokens.css.
 */
const token = (name: string, scheme: 'light' | 'dark' = 'light'): string => {
  const m = new RegExp(
    `--rm-status-${name}:\\s*var\\(--light,\\s*(#[0-9a-f]{6})\\)\\s*var\\(--dark,\\s*(#[0-9a-f]{6})\\)`,
    'i',
  ).exec(css);
  if (!m) throw new Error(`no colour for ${name}`);
  return scheme === 'light' ? m[1]! : m[2]!;
};

const channels = (hex: string) =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: [number, number, number]) =>
  0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
/** CIE L*: perceived lightness, which is what survives greyscale printing. */
const lightness = (rgb: [number, number, number]) => {
  const y = luminance(rgb);
  return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
};

/** Machado et al. (2009) simulation matrices, severity 1.0, applied in linear RGB. */
const SIMULATIONS: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const simulate = (hex: string, m: number[][]): [number, number, number] => {
  const lin = channels(hex).map(linear);
  const out = m.map((row) =>
    Math.min(1, Math.max(0, row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!)),
  );
  // back to sRGB-encoded values so lightness() applies the same transfer
  return out.map((c) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055)) as [
    number,
    number,
    number,
  ];
};

const ORDER = ['recognized', 'ambassador', 'charge', 'contact', 'none'];

describe('status palette', () => {
  it('gets lighter from recognized to none, by at least 10 L* a step (greyscale print)', () => {
    const l = ORDER.map((s) => lightness(channels(token(s))));
    for (let i = 1; i < l.length; i++)
      expect(l[i]! - l[i - 1]!, `${ORDER[i - 1]} → ${ORDER[i]}`).toBeGreaterThanOrEqual(10);
  });

  it.each(Object.keys(SIMULATIONS))('keeps its order and steps for %s', (kind) => {
    const l = ORDER.map((s) => lightness(simulate(token(s), SIMULATIONS[kind]!)));
    for (let i = 1; i < l.length; i++)
      expect(l[i]! - l[i - 1]!, `${ORDER[i - 1]} → ${ORDER[i]}`).toBeGreaterThanOrEqual(8);
  });

  it('in the dark theme, gets darker from recognized to none (contrast with the dark background falls)', () => {
    const l = ORDER.map((s) => lightness(channels(token(s, 'dark'))));
    for (let i = 1; i < l.length; i++)
      expect(l[i - 1]! - l[i]!, `${ORDER[i - 1]} → ${ORDER[i]}`).toBeGreaterThanOrEqual(10);
  });

  it('the strongest status is dark enough to read white text on a projector', () => {
    const contrast = (1 + 0.05) / (luminance(channels(token('recognized'))) + 0.05);
    expect(contrast).toBeGreaterThanOrEqual(7);
  });
});
