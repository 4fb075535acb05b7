import { describe, expect, it } from 'vitest';
import { PLAIN_MAP, readUrl, writeUrl } from '../src/url-state.ts';
import { timelineOf } from '../src/model/index.ts';
import { langOf } from '../src/i18n/locales.ts';
import { META } from './helpers/dataset.ts';

const context = {
  timeline: timelineOf({ meta: META as never }, '2026-11-28'),
  isCountry: (iso3: string) => ['RUS', 'PAK', 'BHR'].includes(iso3),
  langOf,
};
const read = (search: string) => readUrl(search, context);
const DEFAULTS = {
  region: 'world' as const,
  embed: false,
  controls: true,
  view: 'map' as const,
  present: false,
  highContrast: false,
};

describe('readUrl(search, context)', () => {
  it('reads date, country and region', () => {
    expect(read('?date=2025-07-03&country=RUS&region=asia')).toEqual({
      state: { ...DEFAULTS, date: '2025-07-03', country: 'RUS', region: 'asia' },
      notices: [],
    });
  });

  it('PLAIN_MAP is what a link without parameters reads as, and writes no parameter', () => {
    const { state } = read('');
    expect({ ...state, ...PLAIN_MAP }).toEqual(state);
    expect(writeUrl(PLAIN_MAP, '')).toBe('');
  });

  it('no date means today (left undefined for the page to fill)', () => {
    expect(read('')).toEqual({ state: DEFAULTS, notices: [] });
  });

  it('reads the embed options: embed, controls, theme and a pinned release', () => {
    expect(read('?embed=1&controls=0&theme=dark&release=2026-11-27').state).toEqual({
      ...DEFAULTS,
      embed: true,
      controls: false,
      theme: 'dark',
      release: '2026-11-27',
    });
    expect(read('?embed=true').state.embed).toBe(true);
    expect(read('?embed=maybe')).toEqual({
      state: DEFAULTS,
      notices: [{ kind: 'bad-value', param: 'embed', value: 'maybe' }],
    });
    expect(read('?theme=pink').notices).toEqual([
      { kind: 'bad-value', param: 'theme', value: 'pink' },
    ]);
    expect(read('?release=latest').notices).toEqual([
      { kind: 'bad-value', param: 'release', value: 'latest' },
    ]);
  });

  it('ignores a malformed date with a notice', () => {
    for (const value of ['2025-13-01', 'yesterday', '2025-7-3', '2023-02-29']) {
      const { state, notices } = read(`?date=${value}`);
      expect(state.date).toBeUndefined();
      expect(notices).toEqual([{ kind: 'bad-date', param: 'date', value }]);
    }
  });

  it('snaps a gap date to the nearer era edge, with a notice that says so', () => {
    expect(read('?date=2005-01-01')).toEqual({
      state: { ...DEFAULTS, date: '2001-12-07' },
      notices: [
        {
          kind: 'snapped',
          param: 'date',
          value: '2005-01-01',
          to: '2001-12-07',
          reason: 'gap-to-era-1',
        },
      ],
    });
    expect(read('?date=2020-01-01').state.date).toBe('2021-08-15');
  });

  it('snaps a future date to today and an early one to the first day', () => {
    expect(read('?date=2031-01-01').state.date).toBe('2026-11-28');
    expect(read('?date=2031-01-01').notices[0]).toMatchObject({ reason: 'future' });
    expect(read('?date=1990-01-01').state.date).toBe('1996-09-27');
  });

  it('ignores an unknown country with a notice; accepts lower case', () => {
    expect(read('?country=XYZ').notices).toEqual([{ kind: 'unknown-country', value: 'XYZ' }]);
    expect(read('?country=<script>').notices[0]).toMatchObject({ kind: 'unknown-country' });
    expect(read('?country=pak').state.country).toBe('PAK');
  });

  it('falls back to the world view on an unknown region', () => {
    expect(read('?region=mars')).toEqual({
      state: DEFAULTS,
      notices: [{ kind: 'bad-value', param: 'region', value: 'mars' }],
    });
  });

  it('ignores parameters it does not know, silently', () => {
    expect(read('?initialWidth=600&childId=map&parentTitle=x&date=2025-07-03')).toEqual({
      state: { ...DEFAULTS, date: '2025-07-03' },
      notices: [],
    });
  });
});

describe('readUrl: language and calendar', () => {
  it('reads our language ids and the tags people write for them', () => {
    expect(read('?lang=fa').state.lang).toBe('fa');
    expect(read('?lang=fa-AF').state.lang).toBe('fa');
    expect(read('?lang=prs').state.lang).toBe('fa');
    expect(read('?lang=ZH-Hans-CN').state.lang).toBe('zh');
    expect(read('?lang=ps&cal=persian').state).toEqual({ ...DEFAULTS, lang: 'ps', cal: 'persian' });
  });

  it('ignores a language it does not speak and an unknown calendar, with notices', () => {
    expect(read('?lang=de&cal=julian')).toEqual({
      state: DEFAULTS,
      notices: [
        { kind: 'bad-value', param: 'lang', value: 'de' },
        { kind: 'bad-value', param: 'cal', value: 'julian' },
      ],
    });
  });

  it('writes them back', () => {
    expect(writeUrl({ ...DEFAULTS, lang: 'fa', cal: 'persian' }, '?childId=x')).toBe(
      '?childId=x&lang=fa&cal=persian',
    );
  });
});

describe('readUrl: classroom parameters', () => {
  it('reads view, compare, present, contrast, lesson and step', () => {
    expect(
      read('?view=table&compare=1998-06-01&present=1&contrast=high&lesson=1&step=3').state,
    ).toEqual({
      ...DEFAULTS,
      view: 'table',
      compare: '1998-06-01',
      present: true,
      highContrast: true,
      lesson: '1',
      step: 3,
    });
  });

  it('corrects a compare date like any date, and ignores bad values with a notice', () => {
    expect(read('?compare=2010-01-01').state.compare).toBe('2001-12-07');
    // Not "bad-date": its words say the map shows today, which is about `date` only.
    expect(read('?compare=soon').notices).toEqual([
      { kind: 'bad-value', param: 'compare', value: 'soon' },
    ]);
    expect(read('?view=chart').notices).toEqual([
      { kind: 'bad-value', param: 'view', value: 'chart' },
    ]);
    expect(read('?lesson=1&step=0').notices).toEqual([
      { kind: 'bad-value', param: 'step', value: '0' },
    ]);
    expect(read('?lesson=../etc').notices).toEqual([
      { kind: 'bad-value', param: 'lesson', value: '../etc' },
    ]);
  });

  it('writes them back', () => {
    const state = {
      ...DEFAULTS,
      view: 'table' as const,
      compare: '1998-06-01',
      present: true,
      highContrast: true,
      lesson: '1',
      step: 2,
    };
    expect(writeUrl(state, '')).toBe(
      '?view=table&compare=1998-06-01&present=1&contrast=high&lesson=1&step=2',
    );
    expect(read(writeUrl(state, '')).state).toEqual(state);
  });
});

describe('writeUrl(state, currentSearch)', () => {
  it('writes what differs from the defaults and keeps foreign parameters', () => {
    const url = writeUrl(
      { ...DEFAULTS, date: '2025-07-03', country: 'RUS' },
      '?childId=x&date=2001-01-01',
    );
    expect(url).toBe('?childId=x&date=2025-07-03&country=RUS');
    expect(writeUrl({ ...DEFAULTS, region: 'asia' }, '?country=RUS')).toBe('?region=asia');
    expect(writeUrl(DEFAULTS, '')).toBe('');
    const embed = {
      ...DEFAULTS,
      embed: true,
      controls: false,
      theme: 'dark' as const,
      release: '2026-11-27',
    };
    expect(writeUrl(embed, '')).toBe('?embed=1&controls=0&theme=dark&release=2026-11-27');
  });

  it('round-trips through readUrl', () => {
    const state = { ...DEFAULTS, date: '2023-02-26', country: 'PAK', region: 'asia' as const };
    expect(read(writeUrl(state, '')).state).toEqual(state);
  });
});

describe('readUrl: the table’s filter and order, the timeline, and Play’s speed', () => {
  it('reads view=timeline, status, sort and speed', () => {
    expect(read('?view=timeline&status=contact&sort=since-desc&speed=0.5')).toEqual({
      state: {
        ...DEFAULTS,
        view: 'timeline',
        status: 'contact',
        sort: { column: 'since', descending: true },
        speed: 0.5,
      },
      notices: [],
    });
    expect(read('?sort=Country').state.sort).toEqual({ column: 'country', descending: false });
    expect(read('?speed=1').state.speed).toBeUndefined();
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'no-data', 'status-asc', '3'])(
    'a hostile or unknown value (%s) is ignored with a notice, never a crash',
    (value) => {
      for (const param of ['status', 'sort', 'speed', 'view']) {
        const { state, notices } = read(`?${param}=${encodeURIComponent(value)}`);
        expect(state).toEqual(DEFAULTS);
        expect(notices).toEqual([{ kind: 'bad-value', param, value }]);
      }
    },
  );

  it('writeUrl writes them back, leaving the defaults out', () => {
    expect(
      writeUrl(
        {
          ...DEFAULTS,
          view: 'timeline',
          status: 'recognized',
          sort: { column: 'status', descending: false },
          speed: 2,
        },
        '',
      ),
    ).toBe('?view=timeline&status=recognized&sort=status&speed=2');
    expect(writeUrl({ ...DEFAULTS, speed: 1 }, '')).toBe('');
  });
});
