/**
 * Where the timeline view draws each state's periods: on the slider's own broken axis
 * (TimeScale and TrackAxis), so a day sits at the same place on both, mirrored in right-to-left
 * pages. Pure: the element only puts these numbers into its SVG.
 */
import { lastDayOf, minDate, type IsoDate } from '../../model/index.ts';
import type { CountryPeriods, StatusPeriod } from '../../model/periods.ts';
import type { TrackAxis } from '../rm-time-slider/track-axis.ts';

/** Narrower than this, a period still shows (a period of a few days, on a phone). */
export const MIN_SEGMENT = 3;
/** The fade that marks a start not known to the day is at least this wide. */
export const MIN_FADE = 8;

export interface SegmentRect {
  period: StatusPeriod;
  x: number;
  width: number;
  /** The stretch where the start may lie (month or year only, or "by"): drawn faded. */
  fade?: { x: number; width: number };
}

/** From the start of `from` to the end of `to`, left to right whatever the direction. */
function span(axis: TrackAxis, era: 0 | 1, from: IsoDate, to: IsoDate) {
  const a = axis.dayEdge(from, era);
  const b = axis.dayEdge(to, era, true);
  return { x: Math.min(a, b), width: Math.abs(b - a) };
}

/** The last day the start may be, for a start known only to its month or year. */
function uncertainUntil(p: StatusPeriod): IsoDate {
  const { precision, date } = p.since;
  if (precision === 'month' || precision === 'year') return minDate(lastDayOf(date), p.end);
  return p.start;
}

export function segmentRects(axis: TrackAxis, row: CountryPeriods): SegmentRect[] {
  return row.periods.map((period) => {
    const era = period.era === 1 ? 0 : 1;
    const whole = span(axis, era, period.start, period.end);
    const rect: SegmentRect = {
      period,
      x: whole.x,
      width: Math.max(MIN_SEGMENT, whole.width),
    };
    if (period.approximate) {
      const until = uncertainUntil(period);
      const fade = span(axis, era, period.start, until);
      const width = Math.min(rect.width, Math.max(MIN_FADE, fade.width));
      // The fade sits at the period's start: its left end, or its right end in a right-to-left page.
      const x = axis.direction === 'rtl' ? rect.x + rect.width - width : rect.x;
      rect.fade = { x, width };
    }
    return rect;
  });
}

/** The x of each of the state's event days (one tick per day). */
export function eventTickXs(axis: TrackAxis, row: CountryPeriods): number[] {
  return [...new Set(row.events.map((e) => e.effectiveDate))].map((d) => axis.x(d));
}

/** The day a segment shows when chosen: the first day of its period. */
export const segmentDate = (p: StatusPeriod): IsoDate => p.start;
