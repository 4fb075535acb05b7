/**
 * Arithmetic of the two-era time slider: each era is a segment sized by its own length in days,
 * with a fixed-width break between them for the twenty years with no Taliban government. Pure, so
 * it is unit-tested without a DOM.
 */
import {
  addDays,
  addMonths,
  daysBetween,
  placeDate,
  type EraSpan,
  type IsoDate,
  type Timeline,
} from './index.ts';

export interface Segment {
  era: EraSpan;
  /** Days in the era, both ends included. */
  days: number;
  x0: number;
  x1: number;
}

export class TimeScale {
  readonly segments: readonly [Segment, Segment];
  /** Day positions across both eras (the slider's aria-valuenow range is 0 … total - 1). */
  readonly total: number;
  readonly breakX0: number;
  readonly breakX1: number;

  constructor(
    readonly timeline: Timeline,
    readonly width: number,
    readonly breakWidth: number,
  ) {
    const [one, two] = timeline.eras;
    const d1 = daysBetween(one.start, one.end) + 1;
    const d2 = daysBetween(two.start, two.end) + 1;
    const usable = Math.max(0, width - breakWidth);
    const w1 = (usable * d1) / (d1 + d2);
    this.segments = [
      { era: one, days: d1, x0: 0, x1: w1 },
      { era: two, days: d2, x0: w1 + breakWidth, x1: width },
    ];
    this.breakX0 = w1;
    this.breakX1 = w1 + breakWidth;
    this.total = d1 + d2;
  }

  segmentOf(date: IsoDate): Segment | undefined {
    return this.segments.find((s) => date >= s.era.start && date <= s.era.end);
  }

  /** Horizontal position of a day's centre; gap dates sit in the break. */
  x(date: IsoDate): number {
    const s = this.segmentOf(date);
    if (!s) {
      const [one, two] = this.segments;
      if (date < one.era.start) return one.x0;
      if (date > two.era.end) return two.x1;
      return (this.breakX0 + this.breakX1) / 2;
    }
    return s.x0 + ((daysBetween(s.era.start, date) + 0.5) / s.days) * (s.x1 - s.x0);
  }

  /** The day under a horizontal position; the break snaps to the nearer era edge. */
  dateAt(x: number): IsoDate {
    const [one, two] = this.segments;
    if (x < two.x0) {
      if (x >= one.x1) return x - one.x1 < two.x0 - x ? one.era.end : two.era.start;
      const f = Math.max(0, (x - one.x0) / (one.x1 - one.x0 || 1));
      return addDays(one.era.start, Math.min(one.days - 1, Math.floor(f * one.days)));
    }
    const f = Math.max(0, (x - two.x0) / (two.x1 - two.x0 || 1));
    return addDays(two.era.start, Math.min(two.days - 1, Math.floor(f * two.days)));
  }

  /** Day position across both eras, 0 for era 1's first day. */
  index(date: IsoDate): number {
    const [one, two] = this.segments;
    if (date <= one.era.end) return Math.max(0, daysBetween(one.era.start, date));
    if (date < two.era.start) return one.days - 1;
    return Math.min(this.total - 1, one.days + daysBetween(two.era.start, date));
  }

  dateAtIndex(index: number): IsoDate {
    const [one, two] = this.segments;
    const i = Math.max(0, Math.min(this.total - 1, Math.round(index)));
    return i < one.days ? addDays(one.era.start, i) : addDays(two.era.start, i - one.days);
  }
}

export type Step = 'day' | 'month';

/**
 * Move a date by a day or a month, stepping over the gap (the day after era 1's last day is era
 * 2's first) and staying between era 1's first day and today.
 */
export function stepDate(
  timeline: Timeline,
  date: IsoDate,
  step: Step,
  direction: 1 | -1,
): IsoDate {
  const [one, two] = timeline.eras;
  let next = step === 'day' ? addDays(date, direction) : addMonths(date, direction);
  const place = placeDate(timeline, next);
  if (place.kind === 'gap') next = direction > 0 ? two.start : one.end;
  if (next < one.start) next = one.start;
  if (next > two.end) next = two.end;
  return next;
}

/** First and last day of the era a date is in (the nearer era for a gap date). */
export function eraOf(timeline: Timeline, date: IsoDate): EraSpan {
  const [one, two] = timeline.eras;
  return date <= one.end ? one : date >= two.start ? two : date < timeline.gap.start ? one : two;
}

/** The nearest event date strictly before or after `date`, if any. */
export function adjacentDate(
  dates: readonly IsoDate[],
  date: IsoDate,
  direction: 1 | -1,
): IsoDate | undefined {
  return direction > 0 ? dates.find((d) => d > date) : dates.findLast((d) => d < date);
}
