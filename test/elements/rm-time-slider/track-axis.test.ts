import { describe, expect, it } from 'vitest';
import {
  SNAP_PX,
  TrackAxis,
  pointerDate,
  trackX,
} from '../../../src/elements/rm-time-slider/track-axis.ts';
import { timelineOf } from '../../../src/model/index.ts';
import { TimeScale } from '../../../src/model/time-scale.ts';
import { META } from '../../helpers/dataset.ts';

const timeline = timelineOf({ meta: META as never }, '2026-11-28');
// 1,898 + 1,932 days on 1,000 px, and a 40 px break.
const scale = new TimeScale(timeline, 1040, 40);
const ltr = new TrackAxis(scale, 'ltr');
const rtl = new TrackAxis(scale, 'rtl');

describe('TrackAxis(scale, direction)', () => {
  it('x(date) is the scale’s in a left-to-right page, mirrored in a right-to-left one', () => {
    for (const date of ['1996-09-27', '2001-12-07', '2021-08-15', '2025-07-03', '2026-11-28']) {
      expect(ltr.x(date)).toBe(scale.x(date));
      expect(rtl.x(date)).toBeCloseTo(1040 - scale.x(date), 9);
    }
    expect(ltr.x('1996-09-27')).toBeLessThan(1);
    expect(rtl.x('1996-09-27')).toBeGreaterThan(1039);
  });

  it('dateAt(x) finds the day drawn at x, in both directions', () => {
    for (const date of ['1996-09-27', '1999-02-01', '2001-12-07', '2021-08-15', '2026-11-28']) {
      expect(ltr.dateAt(ltr.x(date))).toBe(date);
      expect(rtl.dateAt(rtl.x(date))).toBe(date);
    }
  });

  it('breakMid is the middle of the break, mirrored in a right-to-left page', () => {
    const mid = (scale.breakX0 + scale.breakX1) / 2;
    expect(ltr.breakMid).toBe(mid);
    expect(rtl.breakMid).toBe(1040 - mid);
    expect(ltr.breakMid).toBeCloseTo((1000 * 1898) / 3830 + 20, 9);
  });

  it('dayWidth(era) divides each era’s segment among its days', () => {
    expect(ltr.dayWidth(0)).toBeCloseTo(1000 / 3830, 12);
    expect(ltr.dayWidth(1)).toBeCloseTo(1000 / 3830, 12);
  });

  it('dayEdge(date, era) is where a day begins in reading order, and with `after` where it ends', () => {
    const half = ltr.dayWidth(1) / 2;
    expect(ltr.dayEdge('2025-07-03', 1)).toBeCloseTo(ltr.x('2025-07-03') - half, 9);
    expect(ltr.dayEdge('2025-07-03', 1, true)).toBeCloseTo(ltr.x('2025-07-03') + half, 9);
    expect(rtl.dayEdge('2025-07-03', 1)).toBeCloseTo(rtl.x('2025-07-03') + half, 9);
    expect(rtl.dayEdge('2025-07-03', 1, true)).toBeCloseTo(rtl.x('2025-07-03') - half, 9);
    // One day ends where the next begins.
    expect(ltr.dayEdge('2025-07-03', 1, true)).toBeCloseTo(ltr.dayEdge('2025-07-04', 1), 9);
    expect(rtl.dayEdge('2025-07-03', 1, true)).toBeCloseTo(rtl.dayEdge('2025-07-04', 1), 9);
  });
});

describe('trackX(clientX, trackLeft, width)', () => {
  it('is the pointer’s offset on the track, kept between its ends', () => {
    expect(trackX(130, 30, 1040)).toBe(100);
    expect(trackX(10, 30, 1040)).toBe(0);
    expect(trackX(2000, 30, 1040)).toBe(1040);
  });
});

describe('pointerDate(axis, x, eventDates)', () => {
  const event = '2025-07-03';
  const x = ltr.x(event);

  it('is the day under the pointer away from any event', () => {
    expect(pointerDate(ltr, x + 20, [event])).toBe(ltr.dateAt(x + 20));
    expect(pointerDate(ltr, x + SNAP_PX + 0.5, [event])).not.toBe(event);
  });

  it(`snaps to an event up to ${SNAP_PX} px away, on either side and in either direction`, () => {
    expect(ltr.dateAt(x + 3)).not.toBe(event);
    expect(pointerDate(ltr, x + 3, [event])).toBe(event);
    expect(pointerDate(ltr, x - SNAP_PX, [event])).toBe(event);
    const r = rtl.x(event);
    expect(pointerDate(rtl, r + SNAP_PX, [event])).toBe(event);
    expect(pointerDate(rtl, r - 2, [event])).toBe(event);
  });

  it('snaps to the nearest of several events, the first of equally near ones', () => {
    const before = '2025-06-30';
    const between = (ltr.x(before) + x) / 2;
    expect(pointerDate(ltr, between - 0.2, [before, event])).toBe(before);
    expect(pointerDate(ltr, between + 0.2, [before, event])).toBe(event);
    expect(pointerDate(ltr, between, [before, event])).toBe(before);
  });
});
