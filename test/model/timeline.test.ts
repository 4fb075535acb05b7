import { describe, expect, it } from 'vitest';
import { placeDate, snapToTimeline, timelineOf } from '../../src/model/index.ts';
import { META } from '../helpers/dataset.ts';

const timeline = timelineOf({ meta: META as never }, '2026-11-28');

describe('timeline', () => {
  it('timelineOf(dataset, today) ends era 2 on today and derives the gap', () => {
    expect(timeline.eras).toEqual([
      { id: 1, start: '1996-09-27', end: '2001-12-07' },
      { id: 2, start: '2021-08-15', end: '2026-11-28' },
    ]);
    expect(timeline.gap).toEqual({ start: '2001-12-08', end: '2021-08-14' });
  });

  it('placeDate(timeline, date) tells era, gap, before and after', () => {
    expect(placeDate(timeline, '1996-09-26').kind).toBe('before');
    expect(placeDate(timeline, '2001-12-08').kind).toBe('gap');
    expect(placeDate(timeline, '2026-11-29').kind).toBe('after');
  });

  it('snapToTimeline(timeline, date) moves gap dates to the nearer era edge', () => {
    expect(snapToTimeline(timeline, '2003-01-01')).toEqual({
      date: '2001-12-07',
      reason: 'gap-to-era-1',
    });
    expect(snapToTimeline(timeline, '2019-01-01')).toEqual({
      date: '2021-08-15',
      reason: 'gap-to-era-2',
    });
    // The era edges are 7,191 days apart: 11 Oct 2011 is 3,595 days from the first, 12 Oct from the second.
    expect(snapToTimeline(timeline, '2011-10-11')).toEqual({
      date: '2001-12-07',
      reason: 'gap-to-era-1',
    });
    expect(snapToTimeline(timeline, '2011-10-12')).toEqual({
      date: '2021-08-15',
      reason: 'gap-to-era-2',
    });
  });

  it('snapToTimeline moves future dates to today and early dates to the first day', () => {
    expect(snapToTimeline(timeline, '2030-01-01')).toEqual({
      date: '2026-11-28',
      reason: 'future',
    });
    expect(snapToTimeline(timeline, '1990-01-01')).toEqual({
      date: '1996-09-27',
      reason: 'before-start',
    });
    expect(snapToTimeline(timeline, '2025-07-03')).toEqual({ date: '2025-07-03' });
  });
});
