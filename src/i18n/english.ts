/**
 * English dates, numbers, lists and country names without Intl. The first use of Intl loads the
 * browser's locale data: on a phone a task of some 80 ms, in the middle of the first view. The
 * English page needs none of it: British English is written here (the forms en-GB's Intl gives,
 * but "Sep", not "Sept"), and its country names are a table (english-names.ts, from CLDR), the
 * same in every browser.
 */
import type { DateStyle, Formats } from './localizer.ts';
import { ENGLISH_NAMES } from './generated/english-names.ts';
import { ISO_COUNTRIES } from '../model/countries.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SHORT = MONTHS.map((m) => m.slice(0, 3));

/** A year as Intl writes it: no leading zeros, and years before the era are not ours to show. */
const year = (y: number) => String(y);

export const englishFormats: Formats = {
  date(date, style: DateStyle) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    switch (style) {
      case 'day':
        return `${d} ${SHORT[m - 1]} ${year(y)}`;
      case 'long':
        return `${d} ${MONTHS[m - 1]} ${year(y)}`;
      case 'month':
        return `${SHORT[m - 1]} ${year(y)}`;
      case 'year':
        return year(y);
    }
  },
  number(value) {
    if (!Number.isInteger(value)) return new Intl.NumberFormat('en-GB').format(value);
    const sign = value < 0 ? '-' : '';
    return sign + String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  },
  // English has two forms: "1 state", and "0 states", "2 states", "1.5 states".
  plural: (count) => (count === 1 ? 'one' : 'other'),
  list(items) {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
  },
};

let names: Map<string, string> | undefined;

/** A country's English name from its ISO alpha-2 code. */
export function englishName(iso2: string): string | undefined {
  if (!names) {
    const list = ENGLISH_NAMES.split('|');
    names = new Map(ISO_COUNTRIES.map((c, i) => [c.iso2, list[i]!]));
  }
  return names.get(iso2);
}
