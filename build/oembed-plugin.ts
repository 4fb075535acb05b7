/**
 * The map's oEmbed answer (oEmbed 1.0, a static `oembed.json`): what WordPress, Ghost, Notion or
 * an embed service (Iframely, Embedly) shows when a link to the map is pasted. It is the live
 * embed, the same code as the Share panel's (src/embed/snippet.ts, src/elements/rm-share-panel/
 * share-links.ts), with today's map as its thumbnail. Published only with `SITE_URL`: every
 * address in it must be absolute.
 */
import type { Plugin } from 'vite';
import { EMBED_FALLBACK_HEIGHT, embedSnippet } from '../src/embed/snippet.ts';
import { embedQuery } from '../src/elements/rm-share-panel/share-links.ts';
import { buildData } from './build-data.ts';
import { mapImageOf, type MapImageOptions } from './map-image-plugin.ts';
import { SITE_FILES } from './site-address.ts';
import { PLAIN_MAP } from '../src/url-state.ts';

export const PROVIDER_NAME = 'Recognition Map';
/** The width a consumer reserves: the iframe fills its column, 640 px being a usual one. */
export const OEMBED_WIDTH = 640;
/** A day: consumers may keep the answer that long (the live map changes with the data). */
export const OEMBED_CACHE_AGE = 86_400;

export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/** The oEmbed answer for the site at `site` (absolute, ending in `/`). */
export function oembedDocument(site: string, options: MapImageOptions = {}): OEmbedRich {
  const { t, dataset } = buildData(options.dir, options.today);
  const query = embedQuery(
    { ...PLAIN_MAP, embed: true },
    { pinned: false, theme: '', stillMap: false, lang: 'en' },
    { date: dataset.meta.release, release: dataset.meta.release },
  );
  const image = mapImageOf({ ...options, site });
  return {
    version: '1.0',
    type: 'rich',
    title: t.t('app.title'),
    provider_name: PROVIDER_NAME,
    provider_url: site,
    html: embedSnippet({ src: site + query, title: t.t('share.embedTitle') }),
    width: OEMBED_WIDTH,
    height: EMBED_FALLBACK_HEIGHT,
    thumbnail_url: image.url,
    thumbnail_width: image.width,
    thumbnail_height: image.height,
    cache_age: OEMBED_CACHE_AGE,
  };
}

export function oembedPlugin(options: MapImageOptions = {}): Plugin {
  return {
    name: 'oembed',
    apply: 'build',
    generateBundle() {
      if (!options.site) return;
      this.emitFile({
        type: 'asset',
        fileName: SITE_FILES.oembed,
        source: `${JSON.stringify(oembedDocument(options.site, options), null, 2)}\n`,
      });
    },
  };
}
