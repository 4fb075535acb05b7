import { describe, expect, it } from 'vitest';
import {
  imageTexts,
  qrPath,
  tableFile,
  tableLabels,
} from '../../../src/elements/rm-share-panel/share-files.ts';
import { STATUS_COLUMNS, statusRecords } from '../../../src/export/tables.ts';
import en from '../../../src/i18n/messages/en-extra.ts';
import { englishLocalizer } from '../../../src/i18n/index.ts';
import { UN_MEMBERS, statusAt, type StatusSnapshot } from '../../../src/model/index.ts';
import { realDataset } from '../../helpers/dataset.ts';

const data = realDataset();
const snapshot = statusAt(data, '2025-07-03', '2026-11-28') as Extract<
  StatusSnapshot,
  { kind: 'era' }
>;
const t = englishLocalizer().withExtra(en);

describe('tableLabels(t)', () => {
  it('names countries and statuses in the reader’s language, and keeps an unknown status’s id', () => {
    const labels = tableLabels(t);
    expect(labels.country('RUS')).toBe('Russia');
    expect(labels.status('recognized')).toBe('Recognises');
    expect(labels.status('constructor')).toBe('constructor');
  });
});

describe('tableFile(data, kind, format, date, columns, records)', () => {
  const records = statusRecords(data, snapshot, ['RUS', 'PAK'], tableLabels(t));

  it('writes CSV with the columns in order, a row per record, named for the day', () => {
    const file = tableFile(data, 'statuses', 'csv', '2025-07-03', STATUS_COLUMNS, records);
    expect(file.name).toBe('recognition-statuses-2025-07-03.csv');
    expect(file.type).toBe('text/csv;charset=utf-8');
    const lines = file.content.split('\r\n').filter(Boolean);
    // After a byte-order mark, so that spreadsheets read the file as UTF-8.
    expect(lines[0]).toBe(`\ufeff${STATUS_COLUMNS.join(',')}`);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(
      records.map((r) => `${r.date},${r.iso3},${r.country}`),
    );
    expect(records.map((r) => r.iso3).sort()).toEqual(['PAK', 'RUS']);
  });

  it('writes JSON with the records, how to cite them and the licence', () => {
    const file = tableFile(data, 'statuses', 'json', '2025-07-03', STATUS_COLUMNS, records);
    expect(file.name).toBe('recognition-statuses-2025-07-03.json');
    expect(file.type).toBe('application/json');
    const doc = JSON.parse(file.content);
    expect(doc).toMatchObject({
      kind: 'statuses',
      date: '2025-07-03',
      release: data.meta.release,
      licence: data.meta.licence,
      cite: data.meta.cite,
    });
    expect(doc.statuses).toEqual(records);
  });

  it('writes only the columns asked for, in their order, whatever the records hold', () => {
    const file = tableFile(data, 'statuses', 'csv', '2025-07-03', ['country', 'iso3'], records);
    expect(file.content.split('\r\n').slice(1, 3)).toEqual(
      records.map((r) => `${r.country},${r.iso3}`),
    );
  });
});

describe('imageTexts(t, data, snapshot, link)', () => {
  const texts = imageTexts(t, data, snapshot, 'https://example.org/?date=2025-07-03');

  it('gives the title and the day in the reader’s language', () => {
    expect(texts.title).toBe('Who recognises the Taliban government?');
    expect(texts.date).toBe('3 July 2025');
    expect(texts.dir).toBe('ltr');
  });

  it('counts every UN member state once across the legend, Afghanistan included', () => {
    expect(texts.legend.map((e) => e.status)).toEqual([
      'recognized',
      'ambassador',
      'charge',
      'contact',
      'none',
      'withdrawn',
      'afghanistan',
    ]);
    const counts = texts.legend.map((e) => Number(/^(\d+) of 193$/.exec(e.count)![1]));
    expect(counts.reduce((a, b) => a + b)).toBe(UN_MEMBERS.length);
    expect(texts.legend[0]).toEqual({
      status: 'recognized',
      label: 'Recognises',
      count: '1 of 193',
    });
  });

  it('names the data release, when it was checked, its licence, and cites the link', () => {
    expect(texts.source).toContain(data.meta.release);
    expect(texts.source).toContain(data.meta.licence.name);
    expect(texts.cite).toBe(`${data.meta.cite} https://example.org/?date=2025-07-03`);
  });
});

describe('qrPath(text)', () => {
  it('draws the code as unit squares inside a quiet zone of 4 modules', () => {
    const { size, d } = qrPath('https://example.org/');
    // Version 2 at level M: 25 modules, plus 4 on each side.
    expect(size).toBe(33);
    const cells = [...d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => [+m[1]!, +m[2]!]);
    expect(cells.length).toBeGreaterThan(100);
    expect(d.replace(/M\d+ \d+h1v1h-1z/g, '')).toBe('');
    for (const [x, y] of cells) {
      expect(x).toBeGreaterThanOrEqual(4);
      expect(y).toBeLessThan(size - 4);
    }
    // Each finder pattern's top-left corner is dark.
    expect(d).toContain('M4 4h1v1h-1z');
    expect(d).toContain(`M${size - 5} 4h1v1h-1z`);
  });

  it('grows with its text', () => {
    expect(qrPath('x'.repeat(200)).size).toBeGreaterThan(qrPath('x').size);
  });
});
