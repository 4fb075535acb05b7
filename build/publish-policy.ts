/**
 * How a host should serve the built site: the one place for its security headers and caching
 * rules. The page's CSP meta tag, `_headers` (Netlify, Cloudflare Pages) and the nginx recipe
 * (`deploy/nginx/default.conf`) are all written from here, and CI checks nginx sends them.
 */

import { pageStyle, styleHash } from './page-style.ts';

/**
 * The Content-Security-Policy: nothing but the site's own origin, no inline script, no eval.
 * Image export draws SVG through `blob:` URLs and the QR code may use `data:`.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // The page's own stylesheet is inline, allowed by its hash (build/page-style.ts).
  `style-src 'self' ${styleHash(pageStyle())}`,
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** For the page's `<meta>` tag, for hosts that send no header (a meta CSP cannot say who frames it). */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/**
 * As a header: the same, and any page may frame the map (it is made to be embedded in articles).
 * A newsroom that wants only its own pages to embed it lists them instead of `*`.
 */
export const CSP_HEADER = [...CSP_DIRECTIVES, 'frame-ancestors *'].join('; ');

/** Headers for every file: its policy, no guessing of types, and no full addresses sent on. */
export const SECURITY_HEADERS: readonly (readonly [name: string, value: string])[] = [
  ['Content-Security-Policy', CSP_HEADER],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];

/** What `openToAll` files add. */
export const OPEN_TO_ALL = ['Access-Control-Allow-Origin', '*'] as const;

export interface CacheRule {
  /** What the rule covers, for people. */
  what: string;
  /** Site-relative paths: an exact file, or a folder ending in `/`. */
  paths: readonly string[];
  cacheControl: string;
  /** Anyone's scripts may read these files (researchers' notebooks, other sites' charts). */
  openToAll?: boolean;
}

/**
 * Hashed assets never change under their name: cached for a year, never revalidated. The page,
 * the worker and the data are revalidated on every use (`no-cache`: a cheap 304 when unchanged),
 * so a deploy or a data correction reaches readers at once. The rest (icon, preview image) for an
 * hour.
 */
export const CACHE_RULES: readonly CacheRule[] = [
  {
    what: 'hashed assets (code, styles, map shapes)',
    paths: ['assets/'],
    cacheControl: 'public, max-age=31536000, immutable',
  },
  { what: 'the page', paths: ['', 'index.html'], cacheControl: 'no-cache' },
  { what: 'the offline service worker', paths: ['sw.js'], cacheControl: 'no-cache' },
  { what: 'the data files', paths: ['data/'], cacheControl: 'no-cache', openToAll: true },
];

/** Everything else (the icon, the link preview image). */
export const DEFAULT_CACHE = 'public, max-age=3600';

/** Text types a host should compress. */
export const COMPRESSED_TYPES = [
  'text/css',
  'text/javascript',
  'application/javascript',
  'application/json',
  'application/geo+json',
  'application/manifest+json',
  'application/atom+xml',
  'application/xml',
  'image/svg+xml',
  'text/csv',
  'text/plain',
];
