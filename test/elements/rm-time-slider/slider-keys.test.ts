import { describe, expect, it } from 'vitest';
import { keyDate, type SliderPosition } from '../../../src/elements/rm-time-slider/slider-keys.ts';
import { timelineOf } from '../../../src/model/index.ts';
import { META } from '../../helpers/dataset.ts';

// Era 1: 27 Sep 1996 – 7 Dec 2001. Era 2: 15 Aug 2021 – today, 28 Nov 2026.
const timeline = timelineOf({ meta: META as never }, '2026-11-28');
const eventDates = ['1997-05-25', '2001-11-22', '2025-07-03'];
const at = (date: string, direction: 'ltr' | 'rtl' = 'ltr'): SliderPosition => ({
  timeline,
  date,
  eventDates,
  direction,
});
const press = (key: string, shiftKey = false) => ({ key, shiftKey });

describe('keyDate(press, position)', () => {
  it('moves a day with → and ←, along the track: later to the right in a left-to-right page', () => {
    expect(keyDate(press('ArrowRight'), at('2025-07-03'))).toBe('2025-07-04');
    expect(keyDate(press('ArrowLeft'), at('2025-07-03'))).toBe('2025-07-02');
  });

  it('moves later to the left in a right-to-left page, where the track runs right to left', () => {
    expect(keyDate(press('ArrowRight'), at('2025-07-03', 'rtl'))).toBe('2025-07-02');
    expect(keyDate(press('ArrowLeft'), at('2025-07-03', 'rtl'))).toBe('2025-07-04');
  });

  it('moves later with ↑ and earlier with ↓, whatever the direction', () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      expect(keyDate(press('ArrowUp'), at('2025-07-03', direction))).toBe('2025-07-04');
      expect(keyDate(press('ArrowDown'), at('2025-07-03', direction))).toBe('2025-07-02');
    }
  });

  it('moves a month with Shift and an arrow, and with Page Up and Page Down', () => {
    expect(keyDate(press('ArrowRight', true), at('2025-07-03'))).toBe('2025-08-03');
    expect(keyDate(press('ArrowRight', true), at('2025-07-03', 'rtl'))).toBe('2025-06-03');
    expect(keyDate(press('ArrowDown', true), at('2025-07-03'))).toBe('2025-06-03');
    expect(keyDate(press('PageUp'), at('2025-07-03'))).toBe('2025-08-03');
    expect(keyDate(press('PageDown'), at('2025-07-03', 'rtl'))).toBe('2025-06-03');
  });

  it('crosses the twenty-year gap in one step, and stops at the first day and today', () => {
    expect(keyDate(press('ArrowRight'), at('2001-12-07'))).toBe('2021-08-15');
    expect(keyDate(press('ArrowLeft'), at('2001-12-07', 'rtl'))).toBe('2021-08-15');
    expect(keyDate(press('ArrowDown'), at('2021-08-15'))).toBe('2001-12-07');
    expect(keyDate(press('ArrowUp'), at('2026-11-28'))).toBe('2026-11-28');
    expect(keyDate(press('ArrowLeft'), at('1996-09-27'))).toBe('1996-09-27');
  });

  it('goes to the first and last day of the date’s era with Home and End', () => {
    expect(keyDate(press('Home'), at('1999-01-01'))).toBe('1996-09-27');
    expect(keyDate(press('End'), at('1999-01-01'))).toBe('2001-12-07');
    expect(keyDate(press('Home'), at('2025-07-03', 'rtl'))).toBe('2021-08-15');
    expect(keyDate(press('End'), at('2025-07-03'))).toBe('2026-11-28');
  });

  it('goes to the next and previous event with ] and [, and stays put past the last', () => {
    expect(keyDate(press(']'), at('2001-01-01'))).toBe('2001-11-22');
    expect(keyDate(press('['), at('2001-11-22'))).toBe('1997-05-25');
    expect(keyDate(press(']'), at('2025-07-03'))).toBe('2025-07-03');
    expect(keyDate(press('['), at('1997-05-25'))).toBe('1997-05-25');
  });

  it('leaves every other key to the page', () => {
    for (const key of ['Tab', 'Enter', ' ', 'a', 'Escape', '+'])
      expect(keyDate(press(key), at('2025-07-03'))).toBeUndefined();
  });
});
