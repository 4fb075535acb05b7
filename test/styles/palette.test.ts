// @vitest-environment happy-dom
/**
 * The status palette must stay ordered, readable in greyscale print and for colour-blind readers;
 * it is defined once (src/styles/palette.ts), and the map, the swatches, the slider's chart and the
 * exported image all paint each status with its colours.
 */
import { readFileSync } from 'node:fs';
import { URL as NodeURL } from 'node:url';
import type { CSSResult, CSSResultGroup } from 'lit';
import { describe, expect, it } from 'vitest';
import { mapStyles } from '../../src/elements/rm-map/rm-map.styles.ts';
import { CHART_STATUSES } from '../../src/elements/rm-time-slider/chart-geometry.ts';
import { sliderStyles } from '../../src/elements/rm-time-slider/rm-time-slider.styles.ts';
import { hatchStyles } from '../../src/elements/shared/hatch.ts';
import { paletteStyles, swatchStyles } from '../../src/elements/shared/shared-styles.ts';
import { lightPalette, mapSvg } from '../../src/export/map-image.ts';
import { MAP_ONLY_STATUSES, STATUSES, type MapStatus } from '../../src/model/statuses.ts';
import { PAINTED_STATUSES, PALETTE, paletteCss } from '../../src/styles/palette.ts';

// node's URL, not happy-dom's: readFileSync takes only the former.
const css = readFileSync(new NodeURL('../../src/styles/tokens.css', import.meta.url), 'utf8');
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

// ── one definition ──────────────────────────────────────────────────────────────────────────

/** The tokens the light theme defines in `:root` (the first block of tokens.css). */
const rootBlock = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
const TOKENS = [...new Set([...rootBlock.matchAll(/(--rm-[a-z-]+):/g)].map((m) => m[1]!))];

describe('paletteCss', () => {
  const rules = [...paletteCss.matchAll(/([^{}]+)\{([^}]*)\}/g)].map((m) => ({
    selector: m[1]!.trim(),
    body: m[2]!,
  }));

  it('has exactly one rule for each status the map can show, and no other', () => {
    const statuses = [...STATUSES, ...MAP_ONLY_STATUSES];
    expect(rules.map((r) => r.selector)).toEqual(statuses.map((s) => `[data-status='${s}']`));
  });

  it('sets each status’s colour (and its pattern’s) from tokens that tokens.css defines', () => {
    for (const status of PAINTED_STATUSES) {
      const { colour, pattern } = PALETTE[status];
      const rule = rules.find((r) => r.selector === `[data-status='${status}']`)!;
      expect(rule.body, status).toBe(
        `--rm-fill:var(${colour});${pattern ? `--rm-ink:var(${pattern.ink});` : ''}`,
      );
      expect(TOKENS, status).toContain(colour);
      if (pattern) expect(TOKENS, status).toContain(pattern.ink);
    }
  });
});

// ── map, swatches, chart and image agree ─────────────────────────────────────────────────────

/**
 * A distinct colour for every token, so a consumer that paints a status with another status's
 * token (or its own literal) is caught. happy-dom resolves `var()` but not `light-dark()`.
 */
const FAKE = new Map(
  TOKENS.map((t, i) => [t, `#${(0x100000 + (i + 1) * 0x010203).toString(16).slice(-6)}`]),
);
const root = document.createElement('style');
root.textContent = `:root{${[...FAKE].map(([t, c]) => `${t}:${c};`).join('')}}`;
document.head.append(root);

const flat = (g: CSSResultGroup): CSSResult[] =>
  Array.isArray(g) ? g.flatMap(flat) : [g as CSSResult];

/** A shadow root styled as an element is, holding `html`. */
function shadow(styles: CSSResultGroup, html: string): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = flat(styles).map((s) => s.styleSheet!);
  root.innerHTML = html;
  return root;
}

interface Painted {
  colour: string;
  ink?: string;
}
const expected = (status: MapStatus): Painted => {
  const { colour, pattern } = PALETTE[status];
  return { colour: FAKE.get(colour)!, ...(pattern ? { ink: FAKE.get(pattern.ink)! } : {}) };
};
const style = (root: ShadowRoot, selector: string) =>
  getComputedStyle(root.querySelector(selector)!);

/** The map's styles (as rm-map.ts lists them): each shape's fill, or its pattern's parts. */
const MAP_PATTERN_PARTS: Partial<Record<MapStatus, { parts: string; ink: 'fill' | 'stroke' }>> = {
  withdrawn: { parts: 'pattern-withdrawn', ink: 'stroke' },
  'no-data': { parts: 'pattern-nodata', ink: 'fill' },
};
function mapPaints(status: MapStatus): Painted {
  const map = shadow(
    [swatchStyles, hatchStyles, mapStyles],
    `<svg><path class="country" data-status="${status}"></path>
      <rect class="pattern-withdrawn-bg"></rect><line class="pattern-withdrawn-ink"></line>
      <rect class="pattern-nodata-bg"></rect><circle class="pattern-nodata-ink"></circle></svg>`,
  );
  const fill = style(map, '.country').fill;
  const pattern = MAP_PATTERN_PARTS[status];
  if (!pattern) return { colour: fill };
  // rm-map.ts fills these shapes with a url() attribute: no stylesheet fill may override it.
  expect(fill, `${status}: a stylesheet fill over the pattern`).toBe('');
  return {
    colour: style(map, `.${pattern.parts}-bg`).fill,
    ink: style(map, `.${pattern.parts}-ink`)[pattern.ink],
  };
}

function swatchPaints(status: MapStatus): Painted {
  const swatch = style(
    shadow(swatchStyles, `<span class="swatch" data-status="${status}"></span>`),
    '.swatch',
  );
  const kind = PALETTE[status].pattern?.kind;
  if (kind === 'hatch') {
    // repeating-linear-gradient(-45deg, ink 0 1.5px, colour 1.5px 4.5px)
    const [, ink, colour] = /\(-45deg, (#\w+) 0 1\.5px, (#\w+) 1\.5px/.exec(
      swatch.backgroundImage,
    )!;
    return { colour: colour!, ink: ink! };
  }
  // happy-dom keeps only the colour of a layered background: the dots' ink is read where the
  // dots' gradient reads it.
  if (kind === 'dots')
    return { colour: swatch.backgroundColor, ink: swatch.getPropertyValue('--rm-ink').trim() };
  return { colour: swatch.backgroundColor };
}

/** The slider's chart (rm-time-slider.ts's styles): an area's fill, or its hatch's parts. */
function chartPaints(status: MapStatus): Painted {
  const chart = shadow(
    [hatchStyles, sliderStyles],
    `<svg><path class="area" data-status="${status}"></path>
      <rect class="pattern-withdrawn-bg"></rect><line class="pattern-withdrawn-ink"></line></svg>`,
  );
  const fill = style(chart, '.area').fill;
  if (PALETTE[status].pattern?.kind !== 'hatch') return { colour: fill };
  expect(fill).toBe('url(#rm-slider-withdrawn)');
  return {
    colour: style(chart, '.pattern-withdrawn-bg').fill,
    ink: style(chart, '.pattern-withdrawn-ink').stroke,
  };
}

/** The exported image, coloured from the page's tokens as the Share panel does. */
function imagePaints(status: MapStatus): Painted {
  const svg = mapSvg(
    { width: 100, height: 50, items: [] },
    {
      title: 'T',
      date: 'D',
      legend: [{ status, label: 'L', count: 'C' }],
      uncertainKey: 'U',
      source: 'S',
      cite: 'C',
    },
    lightPalette(),
  );
  expect(svg).not.toContain('var(');
  const fill = /<rect x="[\d.]+" y="[\d.]+" width="16" height="16" rx="2" fill="([^"]+)"/.exec(
    svg,
  )![1]!;
  if (!PALETTE[status].pattern) return { colour: fill };
  expect(fill).toBe(`url(#${status})`);
  const def = new RegExp(`<pattern id="${status}".*?</pattern>`).exec(svg)![0];
  const [colour, ink] = [...def.matchAll(/(?:fill|stroke)="(#\w+)"/g)].map((m) => m[1]);
  return { colour: colour!, ink: ink! };
}

describe('the status palette, as the elements and the image paint it', () => {
  it('has every element that paints statuses read it', () => {
    for (const styles of [swatchStyles, mapStyles, sliderStyles])
      expect(flat(styles)).toContain(paletteStyles);
  });

  it.each(PAINTED_STATUSES)('paints %s alike on the map, its swatches and the image', (status) => {
    expect(mapPaints(status)).toEqual(expected(status));
    expect(swatchPaints(status)).toEqual(expected(status));
    expect(imagePaints(status)).toEqual(expected(status));
  });

  it.each(CHART_STATUSES)('paints %s alike in the slider’s chart', (status) => {
    expect(chartPaints(status)).toEqual(expected(status));
  });
});
