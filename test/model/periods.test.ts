import { describe, expect, it } from 'vitest';
import { orderPeriods, periodOn, statusPeriods } from '../../src/model/periods.ts';
import { statusAt, statusOf } from '../../src/model/index.ts';
import { dataset, ev, realDataset } from '../helpers/dataset.ts';

const TODAY = '2026-11-28';

describe('statusPeriods(dataset, today)', () => {
  it('cuts each state’s history into periods of one status, across both eras', () => {
    const data = dataset(
      ev('PAK', '1997-05-25', 'recognized'),
      ev('PAK', '2001-11-22', 'withdrawn', { type: 'recognition_withdrawn' }),
      ev('PAK', '2021-09-01', 'contact'),
      ev('RUS', '2025-07-03', 'recognized'),
    );
    const rows = statusPeriods(data, TODAY);
    expect(rows.map((r) => r.iso3)).toEqual(['PAK', 'RUS']);
    const pak = rows[0]!;
    expect(pak.periods.map((p) => [p.status, p.era, p.start, p.end, p.ongoing])).toEqual([
      ['recognized', 1, '1997-05-25', '2001-11-21', false],
      ['withdrawn', 1, '2001-11-22', '2001-12-07', false],
      ['contact', 2, '2021-09-01', TODAY, true],
    ]);
    expect(pak.first).toBe('1997-05-25');
    expect(pak.today).toBe('contact');
    expect(pak.events).toHaveLength(3);
  });

  it('keeps an approximate start (month or year only) as approximate, and ends a period at its `end`', () => {
    const data = dataset(
      ev('ARE', '1997-05', 'recognized'),
      ev('SAU', '1998', 'contact', { end: '1999' }),
    );
    const [are, sau] = statusPeriods(data, TODAY);
    expect(are!.periods[0]).toMatchObject({ start: '1997-05-01', approximate: true });
    expect(sau!.periods).toHaveLength(1);
    expect(sau!.periods[0]).toMatchObject({ start: '1998-01-01', end: '1999-12-31' });
  });

  it('leaves out states that never had a status other than `none`', () => {
    const data = dataset(ev('CHN', '2022-01-01', 'none'), ev('RUS', '2022-01-01', 'contact'));
    expect(statusPeriods(data, TODAY).map((r) => r.iso3)).toEqual(['RUS']);
  });

  it('agrees with the map on every day of the real data', () => {
    const data = realDataset();
    const rows = statusPeriods(data, TODAY);
    for (const day of [
      '1997-06-01',
      '2001-09-23',
      '2001-12-07',
      '2023-03-01',
      '2025-07-04',
      TODAY,
    ]) {
      const snapshot = statusAt(data, day, TODAY);
      if (snapshot.kind !== 'era') throw new Error(day);
      for (const row of rows)
        expect(periodOn(row, day)?.status ?? 'none', `${row.iso3} ${day}`).toBe(
          statusOf(snapshot, row.iso3).status,
        );
    }
    expect(rows.some((r) => r.iso3 === 'AFG')).toBe(false);
  });
});

describe('orderPeriods(rows, order, name, compare, descending)', () => {
  const data = dataset(
    ev('PAK', '1997-05-25', 'recognized'),
    ev('PAK', '2001-11-22', 'withdrawn', { type: 'recognition_withdrawn' }),
    ev('RUS', '2021-09-01', 'contact'),
    ev('CHN', '2021-09-01', 'ambassador'),
    ev('RUS', '2025-07-03', 'recognized'),
  );
  const rows = statusPeriods(data, TODAY);
  const name = (iso3: string) => ({ RUS: 'Russia', PAK: 'Pakistan', CHN: 'China' })[iso3]!;
  const cmp = (a: string, b: string) => a.localeCompare(b);

  it('orders by first engagement, ties by name', () => {
    expect(orderPeriods(rows, 'since', name, cmp).map((r) => r.iso3)).toEqual([
      'PAK',
      'CHN',
      'RUS',
    ]);
  });

  it('orders by today’s status, strongest first, and can reverse', () => {
    expect(orderPeriods(rows, 'status', name, cmp).map((r) => r.iso3)).toEqual([
      'RUS',
      'CHN',
      'PAK',
    ]);
    expect(orderPeriods(rows, 'status', name, cmp, true).map((r) => r.iso3)).toEqual([
      'PAK',
      'CHN',
      'RUS',
    ]);
  });

  it('orders by name', () => {
    expect(orderPeriods(rows, 'country', name, cmp).map((r) => r.iso3)).toEqual([
      'CHN',
      'PAK',
      'RUS',
    ]);
  });
});
