/**
 * An Atom feed of the dataset's events (RFC 4287), `events.atom`, made at build time from the
 * dataset the page reads: one entry per event, newest first, each with its date, country, status,
 * description and sources, linking to the map on that day with that country open (the page's own
 * URL parameters, src/url-state.ts). Entry ids are name-based UUIDs of the events' ids, so they
 * stay the same wherever the site is published and whatever else changes.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import type { DatasetEvent } from '../src/model/index.ts';
import { actorName, eventDateText } from '../src/text/format.ts';
import { PLAIN_MAP, writeUrl } from '../src/url-state.ts';
import { buildData, type BuildData, type BuildOptions } from './build-data.ts';
import { PROVIDER_NAME } from './oembed-plugin.ts';
import { addressOf, SITE_FILES } from './site-address.ts';
import { FEED_TITLE } from './site-links-plugin.ts';
import { escapeMarkup } from '../src/text/escape.ts';

export type FeedOptions = BuildOptions;

/** A name-based UUID (SHA-1, RFC 9562 version 5 layout) for `name`, as a URN. */
export function uuidUrn(name: string): string {
  const h = createHash('sha1').update(`recognition-map:${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** The map on an event's day, with its country open (an entity's event: the map that day). */
export function eventLink(site: string | undefined, e: DatasetEvent): string {
  const query = writeUrl({ ...PLAIN_MAP, date: e.effectiveDate, country: e.country?.iso3 }, '');
  return site ? site + query : `./${query}`;
}

/** Newest first; events of one day in the dataset's order. */
export function newestFirst(events: readonly DatasetEvent[]): DatasetEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.effectiveDate.localeCompare(a.e.effectiveDate) || a.i - b.i)
    .map(({ e }) => e);
}

const stamp = (date: string) => `${date}T00:00:00Z`;

function entry(data: BuildData, site: string | undefined, e: DatasetEvent): string {
  const { t } = data;
  const actor = actorName(t, e);
  const type = t.has(`type.${e.type}`) ? t.t(`type.${e.type}` as never) : e.type;
  const status = e.status ? t.t(`status.${e.status}.name`) : undefined;
  const link = eventLink(site, e);
  const facts = [
    eventDateText(t, e),
    actor,
    type,
    ...(status ? [`status on the map from this date: ${status}`] : []),
  ];
  const sources = e.sources
    .map(
      (s) =>
        `<li><a href="${escapeMarkup(s.url)}">${escapeMarkup(s.outlet)}</a> (${escapeMarkup(s.published)})</li>`,
    )
    .join('');
  const html =
    `<p>${escapeMarkup(facts.join(' · '))}</p><p>${escapeMarkup(e.description)}</p>` +
    (e.note ? `<p>${escapeMarkup(e.note)}</p>` : '') +
    `<p>Sources:</p><ul>${sources}</ul><p><a href="${escapeMarkup(link)}">See it on the map</a></p>`;
  return [
    '  <entry>',
    `    <id>${uuidUrn(`event:${e.id}`)}</id>`,
    `    <title>${escapeMarkup(`${actor}: ${type}`)}</title>`,
    `    <published>${stamp(e.effectiveDate)}</published>`,
    `    <updated>${stamp(e.effectiveDate)}</updated>`,
    `    <link rel="alternate" type="text/html" href="${escapeMarkup(link)}"/>`,
    ...e.sources.map(
      (s) =>
        `    <link rel="related" href="${escapeMarkup(s.url)}" title="${escapeMarkup(s.outlet)}"/>`,
    ),
    ...(e.status
      ? [`    <category term="${e.status}" label="${escapeMarkup(status ?? e.status)}"/>`]
      : []),
    `    <summary>${escapeMarkup(e.description)}</summary>`,
    `    <content type="html">${escapeMarkup(html)}</content>`,
    '  </entry>',
  ].join('\n');
}

/** The feed's XML. */
export function atomFeed(data: BuildData, site?: string): string {
  const { meta, events } = data.dataset;
  const sorted = newestFirst(events);
  const newest = [meta.release, sorted[0]?.effectiveDate ?? meta.release].sort().at(-1)!;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${uuidUrn('feed:events')}</id>`,
    `  <title>${escapeMarkup(FEED_TITLE)}</title>`,
    `  <subtitle>${escapeMarkup(meta.title)}</subtitle>`,
    `  <updated>${stamp(newest)}</updated>`,
    `  <author><name>${PROVIDER_NAME}</name>${site ? `<uri>${escapeMarkup(site)}</uri>` : ''}</author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeMarkup(addressOf(site, SITE_FILES.feed))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeMarkup(site ?? './')}"/>`,
    `  <rights>${escapeMarkup(`Data: ${meta.licence.name} (${meta.licence.url}). ${meta.cite}`)}</rights>`,
    `  <generator>${PROVIDER_NAME}</generator>`,
    ...sorted.map((e) => entry(data, site, e)),
    '</feed>',
    '',
  ].join('\n');
}

export function feedPlugin(options: FeedOptions = {}): Plugin {
  return {
    name: 'events-feed',
    apply: 'build',
    generateBundle() {
      const data = buildData(options.dir, options.today);
      this.emitFile({
        type: 'asset',
        fileName: SITE_FILES.feed,
        source: atomFeed(data, options.site),
      });
    },
  };
}
