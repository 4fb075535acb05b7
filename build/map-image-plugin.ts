/**
 * Today's map as a picture beside the page (build/static-map.ts): `map.svg` and `map.png`,
 * 1,200 px wide, with the legend, the date and the credit. It is the link preview's image, the
 * oEmbed thumbnail, an AMP placeholder and, in <noscript>, what a reader without JavaScript sees.
 * The noscript content costs the first view nothing: with scripting on, browsers never parse it.
 */
import type { Plugin } from 'vite';
import { PLAIN_MAP, writeUrl } from '../src/url-state.ts';
import { buildData, type BuildOptions } from './build-data.ts';
import { addressOf, SITE_FILES } from './site-address.ts';
import { renderPng, staticMapSvg, type StaticMap } from './static-map.ts';
import { escapeMarkup } from '../src/text/escape.ts';

export type MapImageOptions = BuildOptions;

/** The credit's link: the live map, at the site's address when it is known. */
export const mapLink = (site?: string): string => (site ? site + writeUrl(PLAIN_MAP, '') : '');

/** What the page shows without JavaScript: the picture (as wide as the screen, at most its own width) and the data. */
export function noscriptHtml(map: StaticMap): string {
  const a = (path: string, text: string) => `<a href="./${path}">${text}</a>`;
  return (
    `<noscript><p><img src="./${SITE_FILES.mapPng}" srcset="./${SITE_FILES.mapPng} ${map.width}w" ` +
    `sizes="(max-width: ${map.width}px) 100vw, ${map.width}px" alt="${escapeMarkup(map.alt)}" /></p>` +
    `<p>The interactive map needs JavaScript. Its data: ${a(SITE_FILES.dataset, 'the dataset (JSON)')}, ` +
    `${a(SITE_FILES.eventsCsv, 'every event with its sources (CSV)')}, ` +
    `${a(SITE_FILES.dataPackage, 'the data package')}, ${a(SITE_FILES.feed, 'the feed of events (Atom)')}.</p></noscript>`
  );
}

export function mapImagePlugin(options: MapImageOptions = {}): Plugin {
  let map: StaticMap | undefined;
  const make = () =>
    (map ??= staticMapSvg(buildData(options.dir, options.today), mapLink(options.site)));
  return {
    name: 'map-image',
    apply: 'build',
    buildStart() {
      map = undefined;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const noscript = /<noscript\s*>[\s\S]*?<\/noscript\s*>/;
        if (!noscript.test(html))
          throw new Error('index.html needs a <noscript> for the static map');
        return html.replace(noscript, () => noscriptHtml(make()));
      },
    },
    generateBundle() {
      const { svg } = make();
      this.emitFile({ type: 'asset', fileName: SITE_FILES.mapSvg, source: svg });
      this.emitFile({ type: 'asset', fileName: SITE_FILES.mapPng, source: renderPng(svg) });
    },
  };
}

/** The picture's address and size, for the link preview and the oEmbed answer. */
export function mapImageOf(options: MapImageOptions) {
  const map = staticMapSvg(buildData(options.dir, options.today), mapLink(options.site));
  return {
    url: addressOf(options.site, SITE_FILES.mapPng),
    width: map.width,
    height: map.height,
    alt: map.alt,
  };
}
