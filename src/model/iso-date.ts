/**
 * Calendar dates as plain values.
 *
 * Why not `Date`? `new Date('1997-05-25')` is midnight UTC, which is still 24 May for every reader
 * west of Greenwich. The map is about calendar days, not instants, so the model never builds a
 * `Date` from a date string: it compares ISO strings (which sort lexicographically) and does day
 * arithmetic on day numbers (days since 1970-01-01 in the proleptic Gregorian calendar).
 */

/** A full calendar date, `YYYY-MM-DD`. */
export type IsoDate = string & { readonly __brand?: 'IsoDate' };

/** A date written at the precision the sources allow: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

export type PartialDatePrecision = 'year' | 'month' | 'day';

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2023-02-29, 2023-13-01 …). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = FULL.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export interface ParsedPartialDate {
  year: number;
  month?: number;
  day?: number;
  /** The precision the written form carries. */
  written: PartialDatePrecision;
}

/** Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `undefined` when malformed or not a real date. */
export function parsePartialDate(value: string): ParsedPartialDate | undefined {
  const m = PARTIAL.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, written: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month, written: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, written: 'day' };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** First day of the period a partial date names (`1997-05` → `1997-05-01`). */
export function firstDayOf(value: PartialDate): IsoDate {
  const p = parsePartialDate(value);
  if (!p) throw new RangeError(`not a date: ${value}`);
  return toIsoDate(p.year, p.month ?? 1, p.day ?? 1);
}

/** Last day of the period a partial date names (`1997-05` → `1997-05-31`). */
export function lastDayOf(value: PartialDate): IsoDate {
  const p = parsePartialDate(value);
  if (!p) throw new RangeError(`not a date: ${value}`);
  const month = p.month ?? 12;
  return toIsoDate(p.year, month, p.day ?? daysInMonth(p.year, month));
}

/** Day number: days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`. */
export function toDayNumber(date: IsoDate): number {
  const m = FULL.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  let y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  y -= mo <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link toDayNumber} (`civil_from_days`). */
export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return toIsoDate(era * 400 + yoe + (m <= 2 ? 1 : 0), m, d);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Add calendar months, keeping the day where the target month has it (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const m = FULL.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  const index = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toIsoDate(year, month, Math.min(Number(m[3]), daysInMonth(year, month)));
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
