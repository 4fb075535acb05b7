import { describe, expect, it } from 'vitest';
import {
  embedQuery,
  linkQuery,
  type EmbedChoice,
} from '../../../src/elements/rm-share-panel/share-links.ts';
import type { UrlState } from '../../../src/url-state.ts';

/** A reader presenting the table of Asia on 3 July 2025, in Dari with the Solar Hijri date first. */
const view: UrlState = {
  date: '2025-07-03',
  country: 'RUS',
  region: 'asia',
  embed: false,
  controls: true,
  view: 'table',
  present: true,
  highContrast: true,
  theme: 'dark',
  lang: 'fa',
  cal: 'persian',
};
const pin = { date: '2025-07-03', release: '2026-11-28' };
const choice: EmbedChoice = { pinned: true, theme: '', stillMap: false, lang: 'en' };
const params = (query: string) => Object.fromEntries(new URLSearchParams(query));

describe('linkQuery(view)', () => {
  it('keeps the view as it is, opened as a page that is not presenting', () => {
    expect(linkQuery(view)).toBe(
      '?date=2025-07-03&country=RUS&region=asia&theme=dark&view=table&contrast=high&lang=fa&cal=persian',
    );
    expect(linkQuery({ ...view, embed: true, controls: false })).not.toMatch(/embed|controls/);
  });
});

describe('embedQuery(view, choice, pin)', () => {
  it('pins the embed to the day and the data release, on the map of the view’s region', () => {
    expect(params(embedQuery(view, choice, pin))).toEqual({
      date: '2025-07-03',
      region: 'asia',
      embed: '1',
      release: '2026-11-28',
      lang: 'en',
    });
  });

  it('leaves both out for the live map, which follows the latest data to today', () => {
    expect(params(embedQuery(view, { ...choice, pinned: false }, pin))).toEqual({
      region: 'asia',
      embed: '1',
      lang: 'en',
    });
  });

  it('takes the theme chosen, and a still map without the slider', () => {
    const query = params(embedQuery(view, { ...choice, theme: 'dark', stillMap: true }, pin));
    expect(query.theme).toBe('dark');
    expect(query.controls).toBe('0');
    expect(params(embedQuery(view, choice, pin)).theme).toBeUndefined();
  });

  it('always names the language, and the calendar only for a language that has a choice', () => {
    expect(params(embedQuery(view, { ...choice, lang: 'fa' }, pin))).toMatchObject({
      lang: 'fa',
      cal: 'persian',
    });
    expect(params(embedQuery(view, { ...choice, lang: 'ps' }, pin)).cal).toBe('persian');
    expect(params(embedQuery(view, { ...choice, lang: 'ar' }, pin)).cal).toBeUndefined();
  });

  it('never carries the reader’s country, table, presentation or contrast into the embed', () => {
    for (const name of ['country', 'view', 'present', 'contrast'])
      expect(params(embedQuery(view, choice, pin))).not.toHaveProperty(name);
  });
});
