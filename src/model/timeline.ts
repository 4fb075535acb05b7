/**
 * The two-era timeline: era 1 (first Islamic Emirate), the gap with no Taliban government, and
 * era 2 (from 15 Aug 2021 to the reader's today, which callers pass in).
 */
import { addDays, daysBetween, type IsoDate } from './iso-date.ts';
import type { Dataset } from './dataset.ts';

export interface EraSpan {
  id: 1 | 2;
  start: IsoDate;
  /** Last day, included. For era 2 this is `today`. */
  end: IsoDate;
}

export interface Timeline {
  eras: readonly [EraSpan, EraSpan];
  /** The days with no Taliban government: the day after era 1 ends to the day before era 2. */
  gap: { start: IsoDate; end: IsoDate };
  today: IsoDate;
}

export function timelineOf(dataset: Pick<Dataset, 'meta'>, today: IsoDate): Timeline {
  const [one, two] = dataset.meta.eras;
  // A dataset always has era 1's end (the validator requires it); era 2 runs to today.
  const oneEnd = one.end ?? addDays(two.start, -1);
  const twoEnd = two.end !== null && two.end < today ? two.end : today;
  return {
    eras: [
      { id: 1, start: one.start, end: oneEnd },
      { id: 2, start: two.start, end: twoEnd < two.start ? two.start : twoEnd },
    ],
    gap: { start: addDays(oneEnd, 1), end: addDays(two.start, -1) },
    today,
  };
}

/** Where a date falls on the timeline. */
export type Placement =
  { kind: 'era'; era: EraSpan } | { kind: 'gap' } | { kind: 'before' } | { kind: 'after' };

export function placeDate(timeline: Timeline, date: IsoDate): Placement {
  const [one, two] = timeline.eras;
  if (date < one.start) return { kind: 'before' };
  if (date <= one.end) return { kind: 'era', era: one };
  if (date < two.start) return { kind: 'gap' };
  if (date <= two.end) return { kind: 'era', era: two };
  return { kind: 'after' };
}

/** Why a date was moved onto the timeline, for the notice the interface shows. */
export type SnapReason = 'gap-to-era-1' | 'gap-to-era-2' | 'before-start' | 'future';

/**
 * The nearest date the map can show. Gap dates go to the nearer era edge (a tie, which the
 * real eras cannot produce, goes to era 2: the current one), earlier dates to era 1's start, future dates to today.
 */
export function snapToTimeline(
  timeline: Timeline,
  date: IsoDate,
): { date: IsoDate; reason?: SnapReason } {
  const [one, two] = timeline.eras;
  const place = placeDate(timeline, date);
  switch (place.kind) {
    case 'era':
      return { date };
    case 'before':
      return { date: one.start, reason: 'before-start' };
    case 'after':
      return { date: two.end, reason: 'future' };
    case 'gap': {
      const toOne = daysBetween(one.end, date);
      const toTwo = daysBetween(date, two.start);
      return toOne < toTwo
        ? { date: one.end, reason: 'gap-to-era-1' }
        : { date: two.start, reason: 'gap-to-era-2' };
    }
  }
}
