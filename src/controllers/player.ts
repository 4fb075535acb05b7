/**
 * Play: runs through era 1, pauses at the break on a card for the twenty years with no Taliban
 * government, then through era 2 to today: about half a minute of sweeping at 1×, and a pause on
 * every day a status changes, long enough to read the change (the 2001 withdrawals no longer
 * flash past). The speed (½×, 1×, 2×) scales both. With reduced motion it steps from one change
 * to the next instead of sweeping day by day, holding each a little longer.
 */
import type { IsoDate, Timeline } from '../model/index.ts';
import { TimeScale } from '../model/time-scale.ts';

export const PLAY_SECONDS = 28;
export const GAP_PAUSE_MS = 3000;
/** How long play stays on a day a status changes, at 1×. */
export const DWELL_MS = 1200;
/** How long each step stays with reduced motion, at 1×. */
export const STEP_HOLD_MS = 2400;

export interface PlayerHost {
  timeline(): Timeline;
  /** Days on which something changes, for the reduced-motion steps. */
  changeDates(): readonly IsoDate[];
  reducedMotion(): boolean;
  /** 0.5, 1 or 2: read at every step, so a change of speed applies at once. */
  speed(): number;
  setDate(date: IsoDate): void;
  showGap(show: boolean): void;
  stopped(): void;
}

export class Player {
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;

  constructor(private readonly host: PlayerHost) {}

  get playing(): boolean {
    return this.running;
  }

  /** Start from `date` (from the beginning when `date` is the last day). */
  start(date: IsoDate) {
    this.stop();
    const timeline = this.host.timeline();
    const [one, two] = timeline.eras;
    this.running = true;
    let from = date >= two.end ? one.start : date;
    if (this.host.reducedMotion()) {
      this.stepThrough(from);
      return;
    }
    const scale = new TimeScale(timeline, 1, 0);
    const daysPerMs = scale.total / (PLAY_SECONDS * 1000);
    let index = scale.index(from);
    // The days to pause on, as positions: those still ahead (era 2's first day has the gap card).
    const dwells = this.host
      .changeDates()
      .filter((d) => d !== two.start)
      .map((d) => scale.index(d))
      .filter((i) => i > index)
      .sort((a, b) => a - b);
    let last: number | undefined;
    const resume = () => {
      last = undefined;
      if (this.running) this.frame = requestAnimationFrame(tick);
    };
    const tick = (now: number) => {
      if (!this.running) return;
      const elapsed = last === undefined ? 0 : Math.min(100, now - last);
      last = now;
      const speed = this.host.speed();
      let next = Math.min(scale.total - 1, index + elapsed * daysPerMs * speed);
      // A day something changes: stop on it for a moment.
      if (dwells.length && next >= dwells[0]! && dwells[0]! < scale.total - 1) {
        next = dwells.shift()!;
        index = next;
        this.host.setDate(scale.dateAtIndex(next));
        this.timer = setTimeout(resume, DWELL_MS / speed);
        return;
      }
      // Crossing from era 1 into era 2: stop on the last day of era 1 and show the gap card.
      if (index < scale.segments[0].days - 1 && next >= scale.segments[0].days - 1) {
        index = scale.segments[0].days;
        this.host.setDate(one.end);
        this.host.showGap(true);
        this.timer = setTimeout(() => {
          this.host.showGap(false);
          resume();
        }, GAP_PAUSE_MS / speed);
        return;
      }
      index = next;
      from = scale.dateAtIndex(Math.floor(index));
      this.host.setDate(from);
      if (index >= scale.total - 1) {
        this.finish();
        return;
      }
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  private stepThrough(from: IsoDate) {
    const timeline = this.host.timeline();
    const [one, two] = timeline.eras;
    const stops = [...new Set([...this.host.changeDates(), one.end, two.start, two.end])]
      .filter((d) => d > from)
      .sort();
    const step = () => {
      if (!this.running) return;
      const next = stops.shift();
      if (!next) return this.finish();
      const speed = this.host.speed();
      if (next === two.start) {
        this.host.showGap(true);
        this.timer = setTimeout(() => {
          this.host.showGap(false);
          this.host.setDate(next);
          this.timer = setTimeout(step, STEP_HOLD_MS / speed);
        }, GAP_PAUSE_MS / speed);
        return;
      }
      this.host.setDate(next);
      this.timer = setTimeout(step, STEP_HOLD_MS / speed);
    };
    step();
  }

  private finish() {
    this.running = false;
    this.host.stopped();
  }

  stop() {
    if (!this.running) return;
    this.running = false;
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.host.showGap(false);
  }
}
