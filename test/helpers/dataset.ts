/** Tiny hand-made datasets for model tests, and the real one. */
import { readFileSync } from 'node:fs';
import { parseDataset, type Dataset } from '../../src/model/index.ts';

export const realJson = (): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL('../../data/recognition.json', import.meta.url), 'utf8'));

let cached: Dataset | undefined;
export const realDataset = (): Dataset => (cached ??= parseDataset(realJson()));

export const META = {
  title: 'Test',
  asOf: '2026-11-27',
  release: '2026-11-27',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  cite: 'Test data',
  eras: [
    { id: 1, start: '1996-09-27', end: '2001-12-07' },
    { id: 2, start: '2021-08-15', end: null },
  ],
  unSeat: [],
  openQuestions: [],
  corrections: [],
};

const COUNTRIES: Record<string, string> = {
  PAK: '586',
  SAU: '682',
  ARE: '784',
  RUS: '643',
  CHN: '156',
  AFG: '004',
};

type Partial = Record<string, unknown> & { date: string };

/** An event with sensible defaults: `ev('PAK', '1997-05-25', 'recognized')`. */
export function ev(
  iso3: string,
  date: string,
  status: string | null,
  extra: Record<string, unknown> = {},
): Partial {
  const precision = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  return {
    id: `${date}-${iso3.toLowerCase()}-${status ?? 'context'}`,
    date,
    precision,
    country: { iso3, numeric: COUNTRIES[iso3] ?? '000' },
    status,
    type: status === null ? 'armed_conflict' : 'formal_recognition',
    description: 'Something happened.',
    sources: [{ url: 'https://example.org/a', outlet: 'Example', published: '2001-01-01' }],
    confidence: 'high',
    ...extra,
  };
}

export function dataset(...events: Partial[]): Dataset {
  return parseDataset({ meta: META, events }, 'fixture.json');
}
