/**
 * Dates for Dari and Pashto readers: the Gregorian date with the Solar Hijri date beside it, as
 * Afghan outlets print them («۱۵ اگست ۲۰۲۱ (۲۴ اسد ۱۴۰۰)»), or the Solar Hijri date first with
 * `cal=persian`. Loaded only with those two languages.
 *
 * Dari uses Intl's `fa-AF` data (Afghan month names, Persian digits; the Gregorian date needs
 * `-u-ca-gregory`, since `fa-AF` defaults to the Solar Hijri calendar). Browsers have no Pashto
 * data (Chromium's `Intl.DateTimeFormat('ps')` answers in American English), so Pashto dates are
 * built here from Intl's calendar arithmetic and month names from CLDR and Afghan outlets.
 */
import type { IsoDate } from '../model/iso-date.ts';
import { DATE_OPTIONS, intlFormats, utcDate, type DateStyle, type Formats } from './localizer.ts';
import type { Calendar } from './locales.ts';

/** Persian (Extended Arabic-Indic) digits, as Dari and Pashto texts write numbers. */
export function persianDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
}

/** Pashto Gregorian months: CLDR's `ps` names; August as Azadi Pashto writes it. */
export const PASHTO_GREGORIAN_MONTHS = [
  'جنوري',
  'فبروري',
  'مارچ',
  'اپریل',
  'مۍ',
  'جون',
  'جولای',
  'اګسټ',
  'سپتمبر',
  'اکتوبر',
  'نومبر',
  'دسمبر',
] as const;

/** Pashto Solar Hijri (zodiac) months, as Azadi Pashto and Kabul Telegraph write them. */
export const PASHTO_SOLAR_MONTHS = [
  'وری',
  'غویی',
  'غبرګولی',
  'چنګاښ',
  'زمری',
  'وږی',
  'تله',
  'لړم',
  'لیندۍ',
  'مرغومی',
  'سلواغه',
  'کب',
] as const;

/** Day, month (1–12) and year of a date in the Solar Hijri calendar, from Intl's arithmetic. */
const solarParts = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

export function solarHijri(date: IsoDate): { year: number; month: number; day: number } {
  const parts = Object.fromEntries(
    solarParts.formatToParts(utcDate(date)).map((p) => [p.type, p.value]),
  );
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** Dari: no abbreviated month names (fa-AF's short pattern mixes in a Latin comma). */
const DARI_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  ...DATE_OPTIONS,
  day: DATE_OPTIONS.long,
  month: { month: 'long', year: 'numeric' },
};

function dariFormats(): { gregory: Formats; persian: Formats } {
  return {
    gregory: intlFormats('fa-AF-u-ca-gregory', DARI_OPTIONS),
    persian: intlFormats('fa-AF-u-ca-persian', DARI_OPTIONS),
  };
}

function pashtoFormats(): { gregory: Formats; persian: Formats } {
  // Numbers as Dari writes them: the same digits and separators as CLDR's Pashto.
  const numbers = new Intl.NumberFormat('fa-AF');
  const list = (items: readonly string[]) =>
    items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join('، ')} او ${items.at(-1)}`;
  const base = { number: (n: number) => numbers.format(n), list };
  const gregory: Formats = {
    ...base,
    date(date, style) {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const year = persianDigits(String(y));
      const month = PASHTO_GREGORIAN_MONTHS[m - 1]!;
      if (style === 'year') return year;
      if (style === 'month') return `${month} ${year}`;
      return `${persianDigits(String(d))} ${month} ${year}`;
    },
  };
  const persian: Formats = {
    ...base,
    date(date, style) {
      const { year, month, day } = solarHijri(date);
      const y = persianDigits(String(year));
      if (style === 'year') return y;
      const name = PASHTO_SOLAR_MONTHS[month - 1]!;
      if (style === 'month') return `${name} ${y}`;
      return `${persianDigits(String(day))} ${name} ${y}`;
    },
  };
  return { gregory, persian };
}

/**
 * Formats that show both calendars for whole days. Months and years stay Gregorian: a Gregorian
 * month spans two Solar Hijri months, so no single Solar date would be true.
 */
export function dualCalendarFormats(lang: 'fa' | 'ps', lead: Calendar): Formats {
  const both = lang === 'fa' ? dariFormats() : pashtoFormats();
  const first = both[lead];
  const second = both[lead === 'gregory' ? 'persian' : 'gregory'];
  return {
    number: both.gregory.number,
    list: both.gregory.list,
    date(date, style) {
      if (style === 'month' || style === 'year') return both.gregory.date(date, style);
      return `${first.date(date, style)} (${second.date(date, style)})`;
    },
  };
}
