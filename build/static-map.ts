/**
 * Today's map as a picture, made at build time: the link preview's image, the oEmbed thumbnail,
 * the page's <noscript> content and an AMP placeholder. The same picture as the Share panel's
 * image download, from the same code: the map's shapes projected and coloured as rm-map draws
 * them (export-geometry.ts), the words of share-files.ts and the SVG of map-image.ts, with the
 * colours read from tokens.css. The PNG is rendered by resvg with the system's fonts.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { anchorOf, fitRegion, projectShapes, regionAspect } from '../src/geo/projection.ts';
import { drawnCountries, idOf, nameOf, type DrawnCountry } from '../src/elements/rm-map/drawn.ts';
import { exportGeometry } from '../src/elements/rm-map/export-geometry.ts';
import { imageTexts } from '../src/elements/rm-share-panel/share-files.ts';
import { IMAGE_WIDTH, mapSvg } from '../src/export/map-image.ts';
import { paletteFromTokens } from '../src/export/token-palette.ts';
import type { BuildData } from './build-data.ts';

export const TOKENS_FILE = 'src/styles/tokens.css';

/** The map's drawing width before the picture scales it (the page's width at 1000 px). */
const DRAWN_WIDTH = 1000;

export interface StaticMap {
  svg: string;
  width: number;
  height: number;
  /** What the picture shows, for `alt` text. */
  alt: string;
}

/** Today's world map as the Share panel's image; `link` (the site's address) ends the credit. */
export function staticMapSvg(data: BuildData, link: string): StaticMap {
  const { t, dataset, snapshot, shapes } = data;
  const size = {
    width: DRAWN_WIDTH,
    height: Math.round(DRAWN_WIDTH * regionAspect('world')) + 16,
  };
  const fit = fitRegion(size, 'world');
  const projected = projectShapes(shapes, fit);
  const names = new Map(shapes.map((s) => [idOf(s), nameOf(t, s)]));
  const countries = drawnCountries(projected, snapshot, names);
  const at = (c: DrawnCountry) => c.p.point ?? anchorOf(c.p, fit).anchor;
  const texts = imageTexts(t, dataset, snapshot, link);
  const svg = mapSvg(
    exportGeometry(countries, at, size),
    { ...texts, cite: texts.cite.trim() },
    paletteFromTokens(readFileSync(TOKENS_FILE, 'utf8')),
  );
  const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
  const alt = `${texts.title} ${texts.date}: ${texts.legend
    .filter((l) => l.status !== 'afghanistan')
    .map((l) => `${l.label} ${l.count}`)
    .join('; ')}.`;
  return { svg, width: IMAGE_WIDTH, height, alt };
}

/** The picture as PNG, by resvg, with the system's fonts (fonts-liberation, fonts-noto-core). */
export function renderPng(svg: string, width = IMAGE_WIDTH): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
  });
  return resvg.render().asPng();
}
