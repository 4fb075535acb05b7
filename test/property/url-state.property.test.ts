/**
 * Property: any query string gives a valid state or a notice, never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FILTER_STATUSES,
  SORT_COLUMNS,
  SPEEDS,
  URL_PARAMS,
  readUrl,
  writeUrl,
} from '../../src/url-state.ts';
import { isIsoDate, timelineOf } from '../../src/model/index.ts';
import { META } from '../helpers/dataset.ts';
import { langOf } from '../../src/i18n/locales.ts';

const timeline = timelineOf({ meta: META as never }, '2026-11-28');
const context = {
  timeline,
  isCountry: (iso3: string) => ['RUS', 'PAK', 'AFG'].includes(iso3),
  langOf,
};
const inTimeline = (d: string) =>
  (d >= timeline.eras[0].start && d <= timeline.eras[0].end) ||
  (d >= timeline.eras[1].start && d <= timeline.eras[1].end);

const param = fc.oneof(
  fc.constantFrom(...URL_PARAMS, 'childId', 'x'),
  fc.string({ maxLength: 12 }),
);
const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc
    .date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(2100, 0, 1)),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom(
    'RUS',
    'rus',
    'XYZ',
    'asia',
    'world',
    'table',
    'timeline',
    'contact',
    'afghanistan',
    'since',
    'since-desc',
    'country-desc',
    '0.5',
    '2',
    '__proto__',
    'constructor',
    'toString',
    'fa',
    'fa-AF',
    'zh-Hans',
    'persian',
    'gregory',
    'high',
    '1',
    '0',
    'true',
    '%',
    '%%',
    '&',
    '=',
    '#',
  ),
);
const query = fc
  .array(fc.tuple(param, value), { maxLength: 8 })
  .map(
    (pairs) =>
      '?' + pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
  );
const rawQuery = fc.oneof(
  query,
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

describe('readUrl(search) on any input', () => {
  it('never throws, and always gives a usable state', () => {
    fc.assert(
      fc.property(rawQuery, (search) => {
        const { state, notices } = readUrl(search, context);
        expect(['world', 'asia']).toContain(state.region);
        expect(['map', 'table', 'timeline']).toContain(state.view);
        if (state.status !== undefined) expect(FILTER_STATUSES).toContain(state.status);
        if (state.sort !== undefined) expect(SORT_COLUMNS).toContain(state.sort.column);
        if (state.speed !== undefined) expect(SPEEDS).toContain(state.speed);
        if (state.date !== undefined) {
          expect(isIsoDate(state.date)).toBe(true);
          expect(inTimeline(state.date)).toBe(true);
        }
        if (state.compare !== undefined) expect(inTimeline(state.compare)).toBe(true);
        if (state.country !== undefined) expect(context.isCountry(state.country)).toBe(true);
        if (state.step !== undefined) expect(state.step).toBeGreaterThanOrEqual(1);
        for (const n of notices)
          expect(['bad-date', 'snapped', 'unknown-country', 'bad-value']).toContain(n.kind);
      }),
      { numRuns: 3000 },
    );
  });

  it('what it writes, it reads back the same', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { state } = readUrl(search, context);
        expect(readUrl(writeUrl(state, ''), context).state).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });
});
