// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DWELL_MS, Player } from '../../src/controllers/player.ts';
import { timelineOf } from '../../src/model/index.ts';
import { META } from '../helpers/dataset.ts';

const timeline = timelineOf({ meta: META as never }, '2026-11-28');
/** The 2001 withdrawals (UAE, Saudi Arabia, Pakistan), and the start of each era. */
const CHANGES = ['1996-09-27', '2001-09-22', '2001-09-25', '2001-11-22', '2021-08-15'];

function player(speed = 1, reducedMotion = false) {
  const dates: string[] = [];
  const p = new Player({
    timeline: () => timeline,
    changeDates: () => CHANGES,
    reducedMotion: () => reducedMotion,
    speed: () => speed,
    setDate: (d) => dates.push(d),
    showGap: () => undefined,
    stopped: () => undefined,
  });
  return { p, dates };
}

describe('Player', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => vi.useRealTimers());

  it('start(1 Sep 2001) stops on each change of 2001 and is nowhere near 7 Dec 2001 after a second', () => {
    const { p, dates } = player();
    p.start('2001-09-01');
    vi.advanceTimersByTime(1000);
    expect(dates).toContain('2001-09-22');
    expect(dates.at(-1)! < '2001-12-07').toBe(true);
    // It stays on the day of the change while the class reads it.
    const onChange = dates.at(-1);
    vi.advanceTimersByTime(DWELL_MS / 3);
    expect(dates.at(-1)).toBe(onChange);
    vi.advanceTimersByTime(6000);
    expect(dates).toEqual(expect.arrayContaining(['2001-09-25', '2001-11-22']));
    p.stop();
  });

  it('goes twice as fast at 2×, half as fast at ½×', () => {
    const fast = player(2);
    const slow = player(0.5);
    fast.p.start('1997-01-01');
    slow.p.start('1997-01-01');
    vi.advanceTimersByTime(500);
    expect(fast.dates.at(-1)! > slow.dates.at(-1)!).toBe(true);
    fast.p.stop();
    slow.p.stop();
  });

  it('with reduced motion, steps from one change to the next, holding each', () => {
    const { p, dates } = player(1, true);
    p.start('2001-09-01');
    expect(dates).toEqual(['2001-09-22']);
    vi.advanceTimersByTime(1000);
    expect(dates).toEqual(['2001-09-22']);
    vi.advanceTimersByTime(2000);
    expect(dates).toEqual(['2001-09-22', '2001-09-25']);
    p.stop();
  });
});
