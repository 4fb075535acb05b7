import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../build/build-data.ts';
import { atomFeed, feedPlugin, newestFirst } from '../../build/feed-plugin.ts';
import { readUrl } from '../../src/url-state.ts';
import { timelineOf } from '../../src/model/index.ts';
import { fakeContext, hook } from '../helpers/plugin-hooks.ts';

const site = 'https://example.org/map/';
const today = '2026-11-28';
const data = buildData('data', today);
const xml = atomFeed(data, site);

/** RFC 3339 date-time, as atom:updated and atom:published need. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const asArray = <T>(v: T | T[] | undefined): T[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

describe('atomFeed(data, site)', () => {
  it('is well-formed XML that a feed reader reads: one item per event, newest first', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Recognition Map: events');
    expect(feed.items).toHaveLength(data.dataset.events.length);
    const dates = feed.items.map((i) => i.published!.toISOString());
    expect(dates).toEqual([...dates].sort().reverse());
    const russia = feed.items.find((i) => i.title === 'Russia: Formal recognition')!;
    expect(russia.url).toBe(`${site}?date=2025-07-03&country=RUS`);
    expect(russia.description).toMatch(/^Russia/);
    expect(russia.categories.map((c) => c.term)).toEqual(['recognized']);
    expect(russia.content).toContain(
      '3 Jul 2025 · Russia · Formal recognition · status on the map from this date: Recognises',
    );
  });

  it('follows RFC 4287: ids, titles, updated, author, and a link or content in each entry', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
    const feed = parsed.feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.author.name).toBe('Recognition Map');
    const self = asArray(feed.link).find((l: { '@rel': string }) => l['@rel'] === 'self');
    expect(self['@href']).toBe(`${site}events.atom`);
    const ids = new Set<string>();
    for (const entry of asArray(feed.entry)) {
      expect(entry.id).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      ids.add(entry.id);
      expect(entry.title.length).toBeGreaterThan(0);
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.updated <= feed.updated).toBe(true);
      const links = asArray(entry.link);
      // At most one alternate link per type and language (RFC 4287, 4.1.1).
      expect(links.filter((l: { '@rel': string }) => l['@rel'] === 'alternate')).toHaveLength(1);
      expect(entry.content['@type']).toBe('html');
    }
    expect(ids.size).toBe(data.dataset.events.length);
  });

  it('links each entry to the map on that day with its country open, as the page reads it', () => {
    const timeline = timelineOf(data.dataset, today);
    const events = newestFirst(data.dataset.events);
    for (const [i, item] of parseFeed(xml).items.entries()) {
      const url = new URL(item.url!);
      expect(url.origin + url.pathname).toBe(site);
      const { state, notices } = readUrl(url.search, {
        timeline,
        isCountry: () => true,
        langOf: () => undefined,
      });
      expect(notices.filter((n) => n.kind !== 'snapped')).toEqual([]);
      if (!notices.length) expect(state.date).toBe(events[i]!.effectiveDate);
      expect(state.country).toBe(events[i]!.country?.iso3);
    }
  });

  it('keeps the same ids wherever the site is published', () => {
    const ids = (text: string) => [...text.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids(atomFeed(data))).toEqual(ids(xml));
    expect(atomFeed(data)).toContain(
      '<link rel="self" type="application/atom+xml" href="./events.atom"/>',
    );
  });
});

describe('feedPlugin()', () => {
  it('emits events.atom', () => {
    const { emitted, context } = fakeContext();
    hook(feedPlugin({ site, today }), 'generateBundle').call(context, {} as never, {}, false);
    expect(emitted.get('events.atom')).toBe(xml);
  });
});
