import { describe, expect, it } from 'vitest';
import { IMAGE_WIDTH, mapSvg, type ImageTexts, type Palette } from '../../src/export/map-image.ts';

const black = { colour: '#000', ink: '#000' };
const palette = {
  status: new Proxy({}, { get: () => black }),
  ...{ stroke: '#000', ocean: '#000', text: '#000', muted: '#000', bg: '#000' },
} as Palette;
const texts: ImageTexts = {
  title: 'Title',
  date: '3 July 2025',
  legend: [{ status: 'recognized', label: 'Recognises', count: '1 of 193' }],
  uncertainKey: 'Approximate',
  source: 'Source',
  cite: 'Cite',
};
const geometry = { width: 100, height: 50, items: [] };

describe('mapSvg(geometry, texts, palette)', () => {
  it('starts the texts at the left edge in left-to-right languages', () => {
    const svg = mapSvg(geometry, texts, palette);
    expect(svg).not.toContain('text-anchor="end"');
    expect(svg).toMatch(/<text x="32" y="56" font-size="28"/);
    expect(svg).toMatch(/<rect x="32" y="\d+(\.\d+)?" width="16"/);
  });

  it('starts them at the right edge, legend mirrored, in right-to-left languages', () => {
    const svg = mapSvg(geometry, { ...texts, dir: 'rtl' }, palette);
    // Anchored at their end, in a right-to-left embedding: renderers without CSS ignore
    // `direction`.
    expect(svg).toMatch(
      new RegExp(
        `<text x="${IMAGE_WIDTH - 32}" y="56" font-size="28"[^>]* text-anchor="end">\u202BTitle\u202C<`,
      ),
    );
    expect(svg).toMatch(
      new RegExp(`<rect x="${IMAGE_WIDTH - 32 - 16}" y="\\d+(\\.\\d+)?" width="16"`),
    );
  });
});
