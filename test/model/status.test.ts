import { describe, expect, it } from 'vitest';
import {
  changesUpTo,
  countryHistory,
  countsOf,
  countsSeries,
  eventDates,
  statusAt,
  statusOf,
  type CountryStatus,
  type Dataset,
} from '../../src/model/index.ts';
import { dataset, ev, realDataset } from '../helpers/dataset.ts';

const TODAY = '2026-11-28';

function at(data: Dataset, iso3: string, date: string, today = TODAY): CountryStatus {
  const snapshot = statusAt(data, date, today);
  if (snapshot.kind !== 'era') throw new Error(`${date} is not in an era (${snapshot.kind})`);
  return statusOf(snapshot, iso3);
}

/** [country, date, expected status, expected since (or null)] */
type Row = [string, string, string, string | null];

// The day before, of and after each recognition, acceptance and withdrawal in the real data.
const BOUNDARIES: Row[] = [
  ['PAK', '1997-05-24', 'none', null],
  ['PAK', '1997-05-25', 'recognized', '1997-05-25'],
  ['PAK', '1997-05-26', 'recognized', '1997-05-25'],
  ['SAU', '1997-05-25', 'none', null],
  ['SAU', '1997-05-26', 'recognized', '1997-05-26'],
  ['SAU', '1997-05-27', 'recognized', '1997-05-26'],
  // The UAE's month-precision recognition is bounded after Saudi Arabia's: never before 27 May.
  ['ARE', '1997-05-01', 'none', null],
  ['ARE', '1997-05-26', 'none', null],
  ['ARE', '1997-05-27', 'recognized', '1997-05-27'],
  // Restating events (downgrades that kept recognition) do not move "since".
  ['SAU', '1999-01-01', 'recognized', '1997-05-26'],
  ['ARE', '1999-12-31', 'recognized', '1997-05-27'],
  ['ARE', '2001-09-21', 'recognized', '1997-05-27'],
  ['ARE', '2001-09-22', 'withdrawn', '2001-09-22'],
  ['SAU', '2001-09-24', 'recognized', '1997-05-26'],
  ['SAU', '2001-09-25', 'withdrawn', '2001-09-25'],
  ['SAU', '2001-09-26', 'withdrawn', '2001-09-25'],
  ['PAK', '2001-09-23', 'recognized', '1997-05-25'],
  ['PAK', '2001-11-21', 'recognized', '1997-05-25'],
  ['PAK', '2001-11-22', 'withdrawn', '2001-11-22'],
  ['PAK', '2001-11-23', 'withdrawn', '2001-11-22'],
  ['PAK', '2001-12-07', 'withdrawn', '2001-11-22'],
  ['TKM', '1996-09-27', 'contact', '1996-09-27'],
  ['TKM', '2001-12-07', 'contact', '1996-09-27'],
  // Era 2 starts from none: nothing of 2001 carries over.
  ['PAK', '2021-08-15', 'none', null],
  ['SAU', '2021-08-15', 'none', null],
  ['TKM', '2021-08-15', 'none', null],
  ['PAK', '2021-10-28', 'none', null],
  ['PAK', '2021-10-29', 'charge', '2021-10-29'],
  ['PAK', '2025-05-29', 'charge', '2021-10-29'],
  ['PAK', '2025-05-30', 'ambassador', '2025-05-30'],
  ['PAK', '2025-05-31', 'ambassador', '2025-05-30'],
  ['SAU', '2021-11-29', 'none', null],
  ['SAU', '2021-11-30', 'contact', '2021-11-30'],
  ['SAU', '2023-01-31', 'contact', '2021-11-30'],
  ['SAU', '2023-02-01', 'none', '2023-02-01'],
  ['SAU', '2024-12-21', 'none', '2023-02-01'],
  ['SAU', '2024-12-22', 'contact', '2024-12-22'],
  ['RUS', '2022-01-31', 'none', null],
  ['RUS', '2022-02-01', 'charge', '2022-02-01'],
  ['RUS', '2025-07-02', 'charge', '2022-02-01'],
  ['RUS', '2025-07-03', 'recognized', '2025-07-03'],
  ['RUS', '2025-07-04', 'recognized', '2025-07-03'],
  // 15 Jan 2026 restates recognition: Russia stays "recognised since 3 Jul 2025".
  ['RUS', '2026-01-15', 'recognized', '2025-07-03'],
  ['CHN', '2022-06-21', 'none', null],
  ['CHN', '2022-06-22', 'charge', '2022-06-22'],
  ['CHN', '2023-09-13', 'charge', '2022-06-22'],
  ['CHN', '2024-01-29', 'charge', '2022-06-22'],
  ['CHN', '2024-01-30', 'ambassador', '2024-01-30'],
  ['CHN', '2024-01-31', 'ambassador', '2024-01-30'],
  ['ARE', '2022-12-31', 'none', null],
  ['ARE', '2023-01-01', 'charge', '2023-01-01'],
  ['ARE', '2024-08-20', 'charge', '2023-01-01'],
  ['ARE', '2024-08-21', 'ambassador', '2024-08-21'],
  ['UZB', '2024-02-01', 'none', null],
  ['UZB', '2024-02-02', 'charge', '2024-02-02'],
  ['UZB', '2024-10-08', 'charge', '2024-02-02'],
  ['UZB', '2024-10-09', 'ambassador', '2024-10-09'],
  ['IND', '2022-05-31', 'none', null],
  ['IND', '2022-06-01', 'contact', '2022-06-01'],
  ['IND', '2026-01-11', 'contact', '2022-06-01'],
  ['IND', '2026-01-12', 'charge', '2026-01-12'],
  ['IRN', '2023-02-25', 'none', null],
  ['IRN', '2023-02-26', 'charge', '2023-02-26'],
  ['KGZ', '2023-02-26', 'none', null],
  ['KGZ', '2023-02-27', 'charge', '2023-02-27'],
  ['NOR', '2024-09-11', 'none', null],
  ['NOR', '2024-09-12', 'none', '2024-09-12'],
  ['NOR', '2025-01-30', 'none', '2024-09-12'],
  ['NOR', '2025-01-31', 'charge', '2025-01-31'],
  ['DEU', '2025-07-20', 'none', null],
  ['DEU', '2025-07-21', 'contact', '2025-07-21'],
  ['USA', TODAY, 'none', '2021-11-12'],
  ['FRA', TODAY, 'none', null],
];

describe('statusAt(dataset, date, today) on the real dataset', () => {
  const data = realDataset();
  it.each(BOUNDARIES)('%s on %s is %s (since %s)', (iso3, date, status, since) => {
    const s = at(data, iso3, date);
    expect(s.status).toBe(status);
    expect(s.since?.effectiveDate ?? null).toBe(since);
  });

  it('flags month- and year-precision statuses as approximate', () => {
    expect(at(data, 'ARE', '1997-06-01').approximate).toBe(true);
    expect(at(data, 'RUS', '2022-03-01').approximate).toBe(true);
    expect(at(data, 'PAK', '1997-06-01').approximate).toBe(false);
    expect(at(data, 'KGZ', '2024-01-01')).toMatchObject({ approximate: true, confidence: 'low' });
  });

  it('says when a later event puts the status in doubt', () => {
    expect(at(data, 'PAK', '2026-02-26').doubt).toBeUndefined();
    expect(at(data, 'PAK', '2026-02-27').doubt?.id).toBe('2026-02-27-pak-armed-conflict');
    expect(at(data, 'PAK', TODAY).status).toBe('ambassador');
  });

  it('answers "no Taliban government" for every day of the gap, and never the 2001 statuses', () => {
    for (const date of ['2001-12-08', '2010-01-01', '2021-08-14']) {
      const snapshot = statusAt(data, date, TODAY);
      expect(snapshot).toEqual({
        kind: 'no-government',
        date,
        gap: { start: '2001-12-08', end: '2021-08-14' },
      });
    }
  });

  it('places the era edges: 27 Sep 1996 and 7 Dec 2001 are in era 1, 15 Aug 2021 and today in era 2', () => {
    const era = (date: string) => {
      const s = statusAt(data, date, TODAY);
      return s.kind === 'era' ? s.era.id : s.kind;
    };
    expect(era('1996-09-26')).toBe('out-of-range');
    expect(era('1996-09-27')).toBe(1);
    expect(era('2001-12-07')).toBe(1);
    expect(era('2001-12-08')).toBe('no-government');
    expect(era('2021-08-14')).toBe('no-government');
    expect(era('2021-08-15')).toBe(2);
    expect(era(TODAY)).toBe(2);
    expect(era('2026-11-29')).toBe('out-of-range');
    // "today" comes from the caller: a reader whose day is still 27 Nov cannot see 28 Nov.
    expect(statusAt(data, '2026-11-28', '2026-11-27').kind).toBe('out-of-range');
  });

  it('countsOf(snapshot) counts UN member states per status', () => {
    const count = (date: string) => {
      const s = statusAt(data, date, TODAY);
      if (s.kind !== 'era') throw new Error(date);
      return countsOf(s);
    };
    // The issue's own example for 3 Jul 2025: 1 recognises, 4 ambassadors, 9 Taliban-run missions.
    expect(count('2025-07-03')).toMatchObject({ recognized: 1, ambassador: 4, charge: 9 });
    expect(count('1997-06-01')).toMatchObject({ recognized: 3, contact: 1, withdrawn: 0 });
    expect(count('2001-12-07')).toMatchObject({ recognized: 0, withdrawn: 3 });
    expect(count('2021-08-15')).toMatchObject({
      recognized: 0,
      ambassador: 0,
      charge: 0,
      contact: 0,
      withdrawn: 0,
    });
    const total = Object.values(count(TODAY)).reduce((a, b) => a + b, 0);
    expect(total).toBe(192); // 193 UN members, Afghanistan itself aside
  });

  it('countryHistory(dataset, iso3) spans both eras, context events included', () => {
    const ids = countryHistory(data, 'PAK').map((e) => e.id);
    expect(ids[0]).toBe('1996-10-15-pak-contact-without-recognition');
    expect(ids).toContain('2001-11-22-pak-recognition-withdrawn');
    expect(ids.at(-1)).toBe('2026-02-27-pak-armed-conflict');
  });

  it('changesUpTo(dataset, date, today) lists the era so far, newest first', () => {
    const list = changesUpTo(data, '1997-05-27', TODAY).map((e) => e.id);
    expect(list.slice(0, 3)).toEqual([
      '1997-05-are-formal-recognition',
      '1997-05-26-sau-formal-recognition',
      '1997-05-25-pak-formal-recognition',
    ]);
    expect(list.at(-1)).toBe('1996-09-27-afg-context-capital-captured');
    expect(changesUpTo(data, '2021-08-15', TODAY).every((e) => e.era === 2)).toBe(true);
    expect(changesUpTo(data, '2010-01-01', TODAY)).toEqual([]);
  });

  it('eventDates(dataset) are sorted and distinct', () => {
    const dates = eventDates(data);
    expect(dates).toEqual([...new Set(dates)].sort());
    expect(dates).toContain('1997-05-27');
    expect(dates).toContain('2025-07-03');
  });

  it('countsSeries(dataset, today) steps through each era from its first day', () => {
    const [one, two] = countsSeries(data, TODAY);
    expect(one[0]).toMatchObject({ date: '1996-09-27', counts: { contact: 1 } });
    expect(two[0]).toMatchObject({ date: '2021-08-15', counts: { recognized: 0 } });
    expect(two.find((p) => p.date === '2025-07-03')?.counts.recognized).toBe(1);
  });
});

describe('statusAt on small fixtures', () => {
  it('an event with an end stops holding after its last day', () => {
    const data = dataset(
      ev('PAK', '1997-05-25', 'recognized'),
      ev('SAU', '1998', 'contact', { end: '1999-06' }),
    );
    expect(at(data, 'SAU', '1999-06-30').status).toBe('contact');
    expect(at(data, 'SAU', '1999-07-01').status).toBe('none');
  });

  it('the default is none with no since event', () => {
    const data = dataset(ev('PAK', '1997-05-25', 'recognized'));
    expect(at(data, 'CHN', '1998-01-01')).toEqual({
      iso3: 'CHN',
      status: 'none',
      approximate: false,
    });
  });

  it('two events on one day: the later in the file wins', () => {
    const data = dataset(
      ev('PAK', '1997-05-25', 'charge'),
      ev('PAK', '1997-05-25', 'recognized', { id: 'b' }),
    );
    expect(at(data, 'PAK', '1997-05-25').status).toBe('recognized');
  });
});
