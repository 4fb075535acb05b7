/**
 * The page's links for the world outside it: the link preview (Open Graph, with today's map as
 * its image), the canonical address, oEmbed discovery and the feed of events. With `SITE_URL`
 * they are absolute, as Facebook, X, LinkedIn and oEmbed consumers require; without it the build
 * keeps what can be relative, leaves out what cannot, and says so.
 */
import type { Plugin } from 'vite';
import { mapImageOf, type MapImageOptions } from './map-image-plugin.ts';
import { addressOf, SITE_FILES } from './site-address.ts';
import { escapeMarkup } from '../src/text/escape.ts';

export const FEED_TITLE = 'Recognition Map: events';

/** What a build without the site's address leaves relative or out, for its log. */
export function relativeNotice(site?: string): string | undefined {
  if (site) return undefined;
  return (
    "SITE_URL is not set: og:image, the feed's links and the data package's paths stay relative; " +
    'the canonical link, og:url and oEmbed (which need absolute addresses) are left out. ' +
    'Set SITE_URL to the site\'s public address to publish them (README, "Publishing").'
  );
}

/** The head's tags: og:image and its size, og:url, canonical, oEmbed and the feed. */
export function headLinks(html: string, options: MapImageOptions, title: string): string {
  const { site } = options;
  const image = mapImageOf(options);
  const meta = (property: string, content: string | number) =>
    `<meta property="${property}" content="${escapeMarkup(String(content))}" />`;
  const ogImage =
    /<meta property="og:image" content="[^"]*" \/>[\s\S]*?<meta\s+property="og:image:alt"\s+content="[^"]*"\s*\/>/;
  if (!ogImage.test(html))
    throw new Error('index.html needs og:image … og:image:alt for the link preview');
  const tags = [
    meta('og:image', image.url),
    meta('og:image:type', 'image/png'),
    meta('og:image:width', image.width),
    meta('og:image:height', image.height),
    meta('og:image:alt', image.alt),
    ...(site
      ? [
          meta('og:url', site),
          `<link rel="canonical" href="${escapeMarkup(site)}" />`,
          `<link rel="alternate" type="application/json+oembed" href="${escapeMarkup(addressOf(site, SITE_FILES.oembed))}" title="${escapeMarkup(title)}" />`,
        ]
      : []),
    `<link rel="alternate" type="application/atom+xml" href="${escapeMarkup(addressOf(site, SITE_FILES.feed))}" title="${FEED_TITLE}" />`,
  ];
  return html.replace(ogImage, () => tags.join('\n    '));
}

export function siteLinksPlugin(options: MapImageOptions = {}): Plugin {
  return {
    name: 'site-links',
    apply: 'build',
    configResolved(config) {
      const notice = relativeNotice(options.site);
      if (notice) config.logger.warn(notice);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
        return headLinks(html, options, title);
      },
    },
  };
}
