/**
 * Positions on the slider's track in physical pixels. The time scale runs left to right; the track
 * mirrors it in right-to-left pages, so time runs in the reader's direction. Pure: no DOM.
 */
import type { IsoDate } from '../../model/index.ts';
import type { TimeScale } from '../../model/time-scale.ts';

export type Direction = 'ltr' | 'rtl';

/**
 * Room for half the thumb (22 px) at either end of the track: the track is this much narrower
 * than the slider on each side.
 */
export const TRACK_INSET = 11;

/** How close to an event's tick a pointer snaps to it: a tick is hit with a finger, or a mouse. */
export const SNAP_PX = 4;

export class TrackAxis {
  constructor(
    readonly scale: TimeScale,
    readonly direction: Direction,
  ) {}

  get width(): number {
    return this.scale.width;
  }

  private mirror(x: number): number {
    return this.direction === 'rtl' ? this.scale.width - x : x;
  }

  /** Where a day's centre is drawn. */
  x(date: IsoDate): number {
    return this.mirror(this.scale.x(date));
  }

  /** The day under a position on the track. */
  dateAt(x: number): IsoDate {
    return this.scale.dateAt(this.mirror(x));
  }

  /** The middle of the break between the two eras, where its mark and label go. */
  get breakMid(): number {
    return this.mirror((this.scale.breakX0 + this.scale.breakX1) / 2);
  }

  /** The width of one day in era 0 or 1 (the eras are scaled each to its own length). */
  dayWidth(era: number): number {
    const s = this.scale.segments[era]!;
    return (s.x1 - s.x0) / s.days;
  }

  /**
   * The edge where a day begins in reading order: its left edge, or its right edge in a
   * right-to-left page. `after` gives the edge where it ends.
   */
  dayEdge(date: IsoDate, era: number, after = false): number {
    const half = this.dayWidth(era) / 2;
    const rtl = this.direction === 'rtl';
    return after ? this.x(date) + (rtl ? -half : half) : this.x(date) - (rtl ? -half : half);
  }
}

/** A pointer's position on the track, from its `clientX` and the track's left edge, kept on it. */
export function trackX(clientX: number, trackLeft: number, width: number): number {
  return Math.max(0, Math.min(width, clientX - trackLeft));
}

/**
 * The date a pointer at `x` chooses: the nearest event within {@link SNAP_PX} (the first of
 * equally near ones), otherwise the day under it.
 */
export function pointerDate(axis: TrackAxis, x: number, eventDates: readonly IsoDate[]): IsoDate {
  let date = axis.dateAt(x);
  // A hair over SNAP_PX, so a tick exactly SNAP_PX away still snaps despite rounding.
  let best = SNAP_PX + 0.0001;
  for (const d of eventDates) {
    const distance = Math.abs(axis.x(d) - x);
    if (distance < best) [best, date] = [distance, d];
  }
  return date;
}
