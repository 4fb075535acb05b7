import { describe, expect, it } from 'vitest';
import {
  STATUS_COLUMNS,
  eventRecords,
  exportFileName,
  listedRecords,
  statusRecords,
} from '../../src/export/tables.ts';
import { statusAt } from '../../src/model/index.ts';
import { realDataset } from '../helpers/dataset.ts';

const labels = { country: (iso3: string) => `name:${iso3}`, status: (s: string) => `label:${s}` };

describe('export tables', () => {
  const data = realDataset();
  const snapshot = statusAt(data, '2025-07-04', '2026-11-28');
  if (snapshot.kind !== 'era') throw new Error('not an era');

  it('statusRecords lists each country with its status, since, sources, release, licence and citation', () => {
    const rows = statusRecords(data, snapshot, ['RUS', 'FRA', 'AFG'], labels);
    expect(rows.map((r) => r.iso3)).toEqual(['AFG', 'FRA', 'RUS']);
    const russia = rows.find((r) => r.iso3 === 'RUS')!;
    expect(russia).toMatchObject({
      date: '2025-07-04',
      status: 'recognized',
      status_label: 'label:recognized',
      since: '2025-07-03',
      since_precision: 'day',
      approximate: false,
      event_id: '2025-07-03-rus-formal-recognition',
      data_release: '2026-11-28',
      licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
    });
    expect(russia.source_urls).toContain('https://www.ariananews.af/');
    expect(rows.find((r) => r.iso3 === 'FRA')).toMatchObject({ status: 'none', since: null });
    expect(rows.find((r) => r.iso3 === 'AFG')).toMatchObject({ status: 'afghanistan' });
    expect(Object.keys(russia)).toEqual([...STATUS_COLUMNS]);
  });

  it('eventRecords lists every event with all its sources', () => {
    const rows = eventRecords(data, labels);
    expect(rows).toHaveLength(data.events.length);
    const un = rows.find((r) => r.id === '1999-10-15-un-sanctions')!;
    expect(un).toMatchObject({ iso3: null, entity: 'un', actor: 'United Nations', status: null });
    expect(rows.find((r) => r.id === '1997-05-are-formal-recognition')).toMatchObject({
      date: '1997-05',
      precision: 'month',
      effective_date: '1997-05-27',
    });
  });

  it('exportFileName says what and when', () => {
    expect(exportFileName('statuses', '2025-07-04', 'csv')).toBe(
      'recognition-statuses-2025-07-04.csv',
    );
    expect(exportFileName('events', '2025-07-04', 'json')).toBe(
      'recognition-events-2025-07-04.json',
    );
    expect(exportFileName('map', '2025-07-04', 'png', 2)).toBe('recognition-map-2025-07-04@2x.png');
  });
});

describe('listedRecords(records, listing, compareNames)', () => {
  const data = realDataset();
  const snapshot = statusAt(data, '2025-07-04', '2026-11-28');
  if (snapshot.kind !== 'era') throw new Error('not an era');
  const records = statusRecords(data, snapshot, ['RUS', 'FRA', 'AFG', 'CHN', 'PAK'], labels);
  const cmp = (a: string, b: string) => a.localeCompare(b);

  it('keeps only the status filtered on', () => {
    const rows = listedRecords(records, { status: 'recognized' }, cmp);
    expect(rows.map((r) => r.iso3)).toEqual(['RUS']);
  });

  it('orders as the table does: by status by default, by a column, or reversed', () => {
    expect(listedRecords(records, {}, cmp).map((r) => r.iso3)).toEqual([
      'AFG',
      'RUS',
      'CHN',
      'PAK',
      'FRA',
    ]);
    expect(
      listedRecords(records, { sort: { column: 'country', descending: true } }, cmp).map(
        (r) => r.iso3,
      ),
    ).toEqual(['RUS', 'PAK', 'FRA', 'CHN', 'AFG']);
  });
});
