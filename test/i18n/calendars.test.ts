import { describe, expect, it } from 'vitest';
import { dualCalendarFormats, persianDigits, solarHijri } from '../../src/i18n/calendars.ts';

describe('solarHijri', () => {
  it('turns the year at Nowruz', () => {
    expect(solarHijri('2025-03-20')).toEqual({ year: 1403, month: 12, day: 30 });
    expect(solarHijri('2025-03-21')).toEqual({ year: 1404, month: 1, day: 1 });
    expect(solarHijri('2021-08-15')).toEqual({ year: 1400, month: 5, day: 24 });
  });
});

describe('persianDigits', () => {
  it('writes Extended Arabic-Indic digits', () => {
    expect(persianDigits('1996–2001')).toBe('۱۹۹۶–۲۰۰۱');
  });
});

describe('Dari dates (fa-AF)', () => {
  it('lead with the Gregorian date, Afghan month names, the Solar Hijri date beside', () => {
    const f = dualCalendarFormats('fa', 'gregory');
    expect(f.date('2021-08-15', 'long')).toBe('۱۵ اگست ۲۰۲۱ (۲۴ اسد ۱۴۰۰)');
    expect(f.date('2021-08-15', 'day')).toBe('۱۵ اگست ۲۰۲۱ (۲۴ اسد ۱۴۰۰)');
  });

  it('lead with the Solar Hijri date when asked (cal=persian)', () => {
    expect(dualCalendarFormats('fa', 'persian').date('2021-08-15', 'long')).toBe(
      '۲۴ اسد ۱۴۰۰ (۱۵ اگست ۲۰۲۱)',
    );
  });

  it('keep months and years Gregorian: a Gregorian month spans two Solar months', () => {
    const f = dualCalendarFormats('fa', 'persian');
    expect(f.date('1997-05-01', 'month')).toBe('می ۱۹۹۷');
    expect(f.date('2022-01-01', 'year')).toBe('۲۰۲۲');
  });

  it('write numbers with Persian digits', () => {
    expect(dualCalendarFormats('fa', 'gregory').number(193)).toBe('۱۹۳');
  });
});

describe('Pashto dates (our own tables: browsers have no Pashto data)', () => {
  it('lead with the Gregorian date, the Solar Hijri date with Pashto month names beside', () => {
    const f = dualCalendarFormats('ps', 'gregory');
    expect(f.date('2021-08-15', 'long')).toBe('۱۵ اګسټ ۲۰۲۱ (۲۴ زمری ۱۴۰۰)');
    expect(f.date('2025-07-03', 'day')).toBe('۳ جولای ۲۰۲۵ (۱۲ چنګاښ ۱۴۰۴)');
  });

  it('lead with the Solar Hijri date when asked', () => {
    expect(dualCalendarFormats('ps', 'persian').date('2021-08-15', 'long')).toBe(
      '۲۴ زمری ۱۴۰۰ (۱۵ اګسټ ۲۰۲۱)',
    );
  });

  it('write numbers with Persian digits and lists with «او»', () => {
    const f = dualCalendarFormats('ps', 'gregory');
    expect(f.number(12345)).toBe('۱۲٬۳۴۵');
    expect(f.list(['الف', 'ب', 'ج'])).toBe('الف، ب او ج');
    expect(f.date('1997-05-01', 'month')).toBe('مۍ ۱۹۹۷');
  });
});
