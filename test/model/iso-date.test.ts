import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  firstDayOf,
  fromDayNumber,
  isIsoDate,
  lastDayOf,
  parsePartialDate,
  toDayNumber,
} from '../../src/model/index.ts';

describe('iso-date', () => {
  it('isIsoDate(value) accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-7-3')).toBe(false);
    expect(isIsoDate('2025-07-03T00:00')).toBe(false);
    expect(isIsoDate(20250703)).toBe(false);
  });

  it('parsePartialDate(value) reads YYYY, YYYY-MM and YYYY-MM-DD', () => {
    expect(parsePartialDate('1999')).toEqual({ year: 1999, written: 'year' });
    expect(parsePartialDate('1997-05')).toEqual({ year: 1997, month: 5, written: 'month' });
    expect(parsePartialDate('1997-05-25')).toEqual({
      year: 1997,
      month: 5,
      day: 25,
      written: 'day',
    });
    expect(parsePartialDate('1997-00')).toBeUndefined();
    expect(parsePartialDate('1997-05-32')).toBeUndefined();
    expect(parsePartialDate('May 1997')).toBeUndefined();
  });

  it('firstDayOf and lastDayOf bound a period', () => {
    expect(firstDayOf('1997-05')).toBe('1997-05-01');
    expect(lastDayOf('1997-05')).toBe('1997-05-31');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(firstDayOf('2001')).toBe('2001-01-01');
    expect(lastDayOf('2001')).toBe('2001-12-31');
    expect(lastDayOf('2001-11-22')).toBe('2001-11-22');
  });

  it('toDayNumber and fromDayNumber are inverse, with 1970-01-01 as day 0', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01') - toDayNumber('2000-02-28')).toBe(2);
    for (let n = -20000; n < 30000; n += 37) expect(toDayNumber(fromDayNumber(n))).toBe(n);
  });

  it('addDays crosses months, years and leap days', () => {
    expect(addDays('2001-12-07', 1)).toBe('2001-12-08');
    expect(addDays('2021-08-15', -1)).toBe('2021-08-14');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('addMonths keeps the day where the month has it', () => {
    expect(addMonths('2025-07-03', 1)).toBe('2025-08-03');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
  });

  it('daysBetween(a, b) counts calendar days', () => {
    expect(daysBetween('1996-09-27', '2001-12-07')).toBe(1897);
    expect(daysBetween('2001-12-08', '2021-08-14')).toBe(7189);
  });
});
