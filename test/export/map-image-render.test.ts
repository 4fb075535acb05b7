// The exported picture as a design tool or a renderer without CSS reads it: rendered by resvg
// (not a browser), in each of the nine languages, with a long address in its credit.
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { LANGS, loadExtraMessages, loadLocalizer, type Lang } from '../../src/i18n/index.ts';
import { IMAGE_WIDTH } from '../../src/export/map-image.ts';
import { paletteFromTokens } from '../../src/export/token-palette.ts';
import { buildData } from '../../build/build-data.ts';
import { staticMapSvg, TOKENS_FILE } from '../../build/static-map.ts';

const LINK =
  'https://newsroom.example.org/graphics/recognition-map/?date=2025-07-03&country=RUS&region=asia&lang=';
const MARGIN = 300;

async function picture(lang: Lang) {
  const t = (await loadLocalizer(lang)).withExtra(await loadExtraMessages(lang));
  const data = { ...buildData('data', '2026-11-28'), t };
  return staticMapSvg(data, LINK + lang);
}

/** The picture drawn with MARGIN px more on every side: whatever is drawn there was cut. */
function renderWithMargin(svg: string, height: number) {
  const wide = svg.replace(
    /^<svg([^>]*) width="\d+" height="\d+" viewBox="[^"]*"/,
    `<svg$1 width="${IMAGE_WIDTH + 2 * MARGIN}" height="${height + 2 * MARGIN}" viewBox="${-MARGIN} ${-MARGIN} ${IMAGE_WIDTH + 2 * MARGIN} ${height + 2 * MARGIN}"`,
  );
  // The background covers the picture only, so its outside stays transparent.
  const framed = wide.replace(
    '<rect width="100%" height="100%"',
    `<rect width="${IMAGE_WIDTH}" height="${height}"`,
  );
  const image = new Resvg(framed, {
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
  }).render();
  return { pixels: image.pixels, width: image.width, height: image.height };
}

describe('the exported map image, rendered by resvg', () => {
  const palette = paletteFromTokens(readFileSync(TOKENS_FILE, 'utf8'));

  it.each(LANGS)(
    '%s: names its colours and fonts literally, and nothing is drawn outside it',
    async (lang) => {
      const { svg, height } = await picture(lang);
      expect(svg).not.toMatch(/var\(|--rm-/);
      expect(svg).toContain(`fill="${palette.status.recognized.colour}"`);
      // Every font list ends in a generic family, so a tool without the named fonts still draws.
      for (const [, list] of svg.matchAll(/font-family="([^"]+)"/g))
        expect(list).toMatch(/,(serif|sans-serif)$/);
      const { pixels, width } = renderWithMargin(svg, height);
      const outside: string[] = [];
      for (let y = 0; y < height + 2 * MARGIN; y++)
        for (let x = 0; x < width; x++) {
          const inside =
            x >= MARGIN && x < MARGIN + IMAGE_WIDTH && y >= MARGIN && y < MARGIN + height;
          if (!inside && pixels[(y * width + x) * 4 + 3]! > 0)
            outside.push(`${x - MARGIN},${y - MARGIN}`);
        }
      expect(outside.slice(0, 5)).toEqual([]);
    },
  );

  it('paints each status in its literal colour (Russia recognises on 28 Nov 2026)', async () => {
    const { svg, height } = await picture('en');
    const { pixels } = new Resvg(svg, { font: { loadSystemFonts: true } }).render();
    const hex = palette.status.recognized.colour;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    let count = 0;
    for (let i = 0; i < pixels.length; i += 4)
      if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) count++;
    expect(height).toBeGreaterThan(600);
    expect(count).toBeGreaterThan(5000);
  });

  it('wraps the credit inside the picture: each line of text within the width', async () => {
    const { svg } = await picture('en');
    const lines = [...svg.matchAll(/<text x="32" y="[\d.]+" font-size="13"[^>]*>([^<]+)<\/text>/g)];
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.at(-1)![1]).toContain('https://newsroom.example.org');
  });
});
