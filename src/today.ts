import { toIsoDate, type IsoDate } from './model/iso-date.ts';

/**
 * The reader's local calendar date: era 2 runs to it. The only place the app reads the clock for
 * a date; the model takes "today" as an argument.
 */
export function localToday(now: Date = new Date()): IsoDate {
  return toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
