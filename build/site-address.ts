/**
 * Where the site is published, and the files that travel beyond its page. `SITE_URL` (set at
 * build time, README "Publishing") is the site's public address, such as
 * `https://example.org/recognition-map/`: link previews, the oEmbed answer, the feed and the data
 * package need absolute addresses. Without it the build works as it always has, with relative
 * paths, and says what it leaves relative.
 */
import { toIsoDate, type IsoDate } from '../src/model/index.ts';

/** The files the build makes for the world outside the page, at the site's root. */
export const SITE_FILES = {
  mapPng: 'map.png',
  mapSvg: 'map.svg',
  oembed: 'oembed.json',
  feed: 'events.atom',
  dataPackage: 'datapackage.json',
  eventsCsv: 'recognition-events.csv',
  statusesCsv: 'recognition-statuses.csv',
  citation: 'CITATION.cff',
  dataset: 'data/recognition.json',
} as const;

/**
 * The site's address from `SITE_URL`, always ending in `/`; undefined when unset or empty.
 * Throws on anything but an absolute http(s) address, rather than publish broken links.
 */
export function siteUrlFrom(value: string | undefined): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL must be an absolute address such as https://example.org/map/, not "${raw}"`,
    );
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash)
    throw new Error(`SITE_URL must be an http(s) address without ? or #, not "${raw}"`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** A path of the site as an address: absolute under `site`, else relative (`./map.png`). */
export function addressOf(site: string | undefined, path: string): string {
  return site ? new URL(path, site).href : `./${path}`;
}

/**
 * The day the build describes ("today" for the static image, the feed and the statuses): from
 * `SOURCE_DATE_EPOCH` when set (reproducible builds), else the build's clock, in UTC.
 */
export function buildDay(env: NodeJS.ProcessEnv = process.env, now = new Date()): IsoDate {
  const epoch = env.SOURCE_DATE_EPOCH;
  const at = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return toIsoDate(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}
