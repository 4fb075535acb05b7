import { describe, expect, it } from 'vitest';
import { TimeScale, adjacentDate, eraOf, stepDate } from '../../src/model/time-scale.ts';
import { timelineOf } from '../../src/model/index.ts';
import { META } from '../helpers/dataset.ts';

const timeline = timelineOf({ meta: META as never }, '2026-11-28');
// Era 1: 1,898 days. Era 2 (to 28 Nov 2026): 1,932 days. Break: 40 px.
const scale = new TimeScale(timeline, 1000 + 40, 40);

describe('TimeScale(timeline, width, breakWidth)', () => {
  it('sizes each era segment by its own length in days', () => {
    const [one, two] = scale.segments;
    expect(one.days).toBe(1898);
    expect(two.days).toBe(1932);
    expect(one.x1 - one.x0).toBeCloseTo((1000 * 1898) / 3830, 6);
    expect(two.x1 - two.x0).toBeCloseTo((1000 * 1932) / 3830, 6);
    expect(two.x0 - one.x1).toBeCloseTo(40, 9);
    expect(scale.total).toBe(3830);
  });

  it('x(date) and dateAt(x) round-trip every day of both eras', () => {
    for (let i = 0; i < scale.total; i += 7) {
      const date = scale.dateAtIndex(i);
      expect(scale.dateAt(scale.x(date))).toBe(date);
      expect(scale.index(date)).toBe(i);
    }
  });

  it('dateAt(x) snaps the break to the nearer era edge and clamps the ends', () => {
    const [one, two] = scale.segments;
    expect(scale.dateAt(one.x1 + 5)).toBe('2001-12-07');
    expect(scale.dateAt(two.x0 - 5)).toBe('2021-08-15');
    expect(scale.dateAt(-50)).toBe('1996-09-27');
    expect(scale.dateAt(5000)).toBe('2026-11-28');
  });

  it('index(date) counts days across both eras, skipping the gap', () => {
    expect(scale.index('1996-09-27')).toBe(0);
    expect(scale.index('2001-12-07')).toBe(1897);
    expect(scale.index('2021-08-15')).toBe(1898);
    expect(scale.index('2026-11-28')).toBe(3829);
    expect(scale.dateAtIndex(1898)).toBe('2021-08-15');
  });
});

describe('stepDate(timeline, date, step, direction)', () => {
  it('steps a day, crossing the gap in one step', () => {
    expect(stepDate(timeline, '2025-07-02', 'day', 1)).toBe('2025-07-03');
    expect(stepDate(timeline, '2001-12-07', 'day', 1)).toBe('2021-08-15');
    expect(stepDate(timeline, '2021-08-15', 'day', -1)).toBe('2001-12-07');
  });

  it('steps a month, landing on an era edge rather than in the gap', () => {
    expect(stepDate(timeline, '1997-05-25', 'month', 1)).toBe('1997-06-25');
    expect(stepDate(timeline, '2001-11-20', 'month', 1)).toBe('2021-08-15');
    expect(stepDate(timeline, '2021-09-01', 'month', -1)).toBe('2001-12-07');
  });

  it('stays between the first day and today', () => {
    expect(stepDate(timeline, '1996-09-27', 'day', -1)).toBe('1996-09-27');
    expect(stepDate(timeline, '2026-11-28', 'day', 1)).toBe('2026-11-28');
    expect(stepDate(timeline, '2026-11-10', 'month', 1)).toBe('2026-11-28');
  });
});

describe('eraOf and adjacentDate', () => {
  it('eraOf(timeline, date) gives the era a date is in', () => {
    expect(eraOf(timeline, '1999-01-01').id).toBe(1);
    expect(eraOf(timeline, '2023-01-01').id).toBe(2);
  });

  it('adjacentDate(dates, date, direction) finds the previous and next event', () => {
    const dates = ['1997-05-25', '1997-05-26', '2025-07-03'];
    expect(adjacentDate(dates, '1997-05-25', 1)).toBe('1997-05-26');
    expect(adjacentDate(dates, '1997-05-26', -1)).toBe('1997-05-25');
    expect(adjacentDate(dates, '2025-07-03', 1)).toBeUndefined();
    expect(adjacentDate(dates, '2000-01-01', -1)).toBe('1997-05-26');
  });
});
