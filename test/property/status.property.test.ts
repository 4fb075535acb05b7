/**
 * Property: for random valid datasets, statusAt agrees with a plain reference implementation
 * written straight from the rules in data/README.md.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  STATUSES,
  addDays,
  firstDayOf,
  parseDataset,
  statusAt,
  statusOf,
  toDayNumber,
  fromDayNumber,
  type Dataset,
} from '../../src/model/index.ts';
import { META } from '../helpers/dataset.ts';

const TODAY = '2026-11-28';
const COUNTRIES = [
  ['PAK', '586'],
  ['SAU', '682'],
  ['ARE', '784'],
  ['RUS', '643'],
];
const ERAS: [[string, string], [string, string]] = [
  ['1996-09-27', '2001-12-07'],
  ['2021-08-15', '2026-11-27'],
];

/** A random day in one of the eras, and how precisely it is written. */
const eventDate = fc
  .tuple(
    fc.integer({ min: 0, max: 1 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.constantFrom('day', 'day', 'month', 'year'),
  )
  .map(([era, f, precision]) => {
    const [a, b] = ERAS[era]!;
    const day = fromDayNumber(Math.floor(toDayNumber(a) + f * (toDayNumber(b) - toDayNumber(a))));
    const date =
      precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4);
    // A coarse date whose period starts before its era takes effect on a day inside it.
    return { date, precision, effective: firstDayOf(date) < a ? day : undefined };
  });

const rawEvent = fc.record({
  country: fc.constantFrom(...COUNTRIES),
  when: eventDate,
  status: fc.oneof(fc.constantFrom(...STATUSES), fc.constant(null)),
  end: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
});

type RawEvent = typeof rawEvent extends fc.Arbitrary<infer T> ? T : never;

function buildDataset(raws: RawEvent[]): Dataset {
  const withDays = raws.map((r, i) => {
    const effective = r.when.effective ?? firstDayOf(r.when.date);
    return { r, i, effective };
  });
  withDays.sort((a, b) =>
    a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : a.i - b.i,
  );
  const events = withDays.map(({ r, i, effective }) => {
    const era = effective <= ERAS[0][1] ? 0 : 1;
    const endDay = r.end === undefined ? undefined : addDays(effective, r.end);
    return {
      id: `e${i}`,
      date: r.when.date,
      precision: r.when.precision,
      ...(r.when.effective ? { effective: r.when.effective } : {}),
      ...(endDay && endDay <= ERAS[era]![1] ? { end: endDay } : {}),
      country: { iso3: r.country[0], numeric: r.country[1] },
      status: r.status,
      type: r.status === null ? 'armed_conflict' : 'formal_recognition',
      description: 'x',
      sources: [{ url: 'https://example.org', outlet: 'x', published: 'n.d.' }],
      confidence: 'high',
    };
  });
  return parseDataset({ meta: META, events }, 'random.json');
}

/** The rules, written as plainly as possible: no index, no binary search. */
function reference(
  data: Dataset,
  iso3: string,
  date: string,
): { status: string; since: string | null } {
  const era = date <= ERAS[0][1] ? 1 : 2;
  const live = data.events.filter(
    (e) =>
      e.country?.iso3 === iso3 &&
      e.era === era &&
      e.status !== null &&
      e.effectiveDate <= date &&
      (!e.endDate || date <= e.endDate),
  );
  const latest = live.at(-1);
  if (!latest) return { status: 'none', since: null };
  let i = live.length - 1;
  while (i > 0 && live[i - 1]!.status === latest.status) i--;
  return { status: latest.status!, since: live[i]!.effectiveDate };
}

describe('statusAt(dataset, date, today) against a reference implementation', () => {
  it('agrees on every country and day', () => {
    fc.assert(
      fc.property(
        fc.array(rawEvent, { maxLength: 25 }),
        fc.array(eventDate, { minLength: 1, maxLength: 10 }),
        (raws, days) => {
          const data = buildDataset(raws);
          for (const d of days) {
            const date = d.effective ?? firstDayOf(d.date);
            const snapshot = statusAt(data, date, TODAY);
            if (snapshot.kind !== 'era') throw new Error(`${date} should be in an era`);
            for (const [iso3] of COUNTRIES) {
              const s = statusOf(snapshot, iso3!);
              expect({ status: s.status, since: s.since?.effectiveDate ?? null }).toEqual(
                reference(data, iso3!, date),
              );
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
