import { describe, expect, it } from 'vitest';
import { initialState } from '../../src/app/state.ts';
import { fromUrl, toUrl } from '../../src/app/url.ts';
import { langOf } from '../../src/i18n/locales.ts';
import { timelineOf } from '../../src/model/index.ts';
import { META } from '../helpers/dataset.ts';

const TODAY = '2026-11-28';
const ctx = {
  timeline: timelineOf({ meta: META as never }, TODAY),
  isCountry: (iso3: string) => ['RUS', 'PAK'].includes(iso3),
  langOf,
  today: TODAY,
  browserLang: 'fr' as const,
};

describe('fromUrl(search, state, ctx)', () => {
  it('reads the link on top of the state, keeping what only runs in the page', () => {
    const before = { ...initialState(TODAY), dialog: 'share' as const, playing: true };
    const { state, notices } = fromUrl('?date=2025-07-03&country=RUS&lang=fa', before, ctx);
    expect(state).toMatchObject({
      date: '2025-07-03',
      country: 'RUS',
      lang: 'fa',
      langInUrl: true,
      dialog: 'share',
      playing: true,
    });
    expect(notices).toEqual([]);
  });

  it('gives today, the browser’s language, and no presenting in an embed', () => {
    const { state } = fromUrl('?present=1&embed=1', initialState(TODAY), ctx);
    expect(state).toMatchObject({ date: TODAY, lang: 'fr', langInUrl: false, present: false });
  });
});

describe('toUrl(state, search)', () => {
  it('writes back what it read, and keeps parameters it does not own', () => {
    const search =
      '?date=2025-07-03&country=RUS&region=asia&lesson=1&step=3&lang=fa&cal=persian&childId=x';
    const { state } = fromUrl(search, initialState(TODAY), ctx);
    const written = new URLSearchParams(toUrl(state, search));
    expect(Object.fromEntries(written)).toEqual(Object.fromEntries(new URLSearchParams(search)));
  });

  it('pins the language only when the link or the reader chose it', () => {
    const { state } = fromUrl('?date=2025-07-03', initialState(TODAY), ctx);
    expect(toUrl(state, '')).toBe('?date=2025-07-03');
  });
});

describe('the table’s filter and order, the timeline and Play’s speed in the link', () => {
  it('fromUrl reads them and toUrl writes them back', () => {
    const search = '?view=timeline&status=contact&sort=status-desc&speed=2';
    const { state } = fromUrl(search, initialState(TODAY), ctx);
    expect(state).toMatchObject({
      view: 'timeline',
      status: 'contact',
      sort: { column: 'status', descending: true },
      speed: 2,
    });
    expect(toUrl(state, '')).toBe(`?date=${TODAY}${search.replace('?', '&')}`);
    expect(fromUrl('', state, ctx).state).toMatchObject({ speed: 1, status: undefined });
  });
});
