/**
 * The slider's keys: which key moves the date how far, and which way. Pure, so the rules for
 * right-to-left pages and the era edges are tested without a browser.
 *
 * - ← → a day (a month with Shift), in the reading direction: → is later in a left-to-right page,
 *   earlier in a right-to-left one, as the track is drawn;
 * - ↑ ↓ a day (a month with Shift), always later and earlier;
 * - Page Up / Page Down a month;
 * - Home / End the first and last day of the date's era;
 * - ] and [ the next and previous event.
 */
import type { IsoDate, Timeline } from '../../model/index.ts';
import { adjacentDate, eraOf, stepDate } from '../../model/time-scale.ts';
import type { Direction } from './track-axis.ts';

export interface KeyPress {
  key: string;
  shiftKey: boolean;
}

export interface SliderPosition {
  timeline: Timeline;
  date: IsoDate;
  /** The dates with events, in order. */
  eventDates: readonly IsoDate[];
  direction: Direction;
}

/**
 * The date a key moves the slider to: the same date when it cannot move further (no next event,
 * the last day), `undefined` for a key the slider does not use (the page keeps it).
 */
export function keyDate(press: KeyPress, at: SliderPosition): IsoDate | undefined {
  const { timeline, date, eventDates } = at;
  // +1 is later. The horizontal arrows follow the track, which runs right to left in RTL pages.
  const later = at.direction === 'rtl' ? -1 : 1;
  const step = press.shiftKey ? 'month' : 'day';
  switch (press.key) {
    case 'ArrowRight':
      return stepDate(timeline, date, step, later);
    case 'ArrowLeft':
      return stepDate(timeline, date, step, -later as 1 | -1);
    case 'ArrowUp':
      return stepDate(timeline, date, step, 1);
    case 'ArrowDown':
      return stepDate(timeline, date, step, -1);
    case 'PageUp':
      return stepDate(timeline, date, 'month', 1);
    case 'PageDown':
      return stepDate(timeline, date, 'month', -1);
    case 'Home':
      return eraOf(timeline, date).start;
    case 'End':
      return eraOf(timeline, date).end;
    case ']':
      return adjacentDate(eventDates, date, 1) ?? date;
    case '[':
      return adjacentDate(eventDates, date, -1) ?? date;
    default:
      return undefined;
  }
}
