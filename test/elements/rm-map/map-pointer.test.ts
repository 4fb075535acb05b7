import { describe, expect, it } from 'vitest';
import { Taps } from '../../../src/elements/rm-map/map-pointer.ts';

const finger = (pointerId: number, clientX: number, clientY: number, timeStamp: number) => ({
  pointerId,
  clientX,
  clientY,
  timeStamp,
});

describe('Taps', () => {
  it('a finger down and up in place is a tap where it landed', () => {
    const taps = new Taps();
    taps.down(finger(1, 100, 50, 0));
    expect(taps.up(finger(1, 103, 52, 120))).toEqual({ kind: 'tap', x: 100, y: 50 });
  });

  it('a drag, a long press, a pinch or a scroll the browser took is no tap', () => {
    const taps = new Taps();
    taps.down(finger(1, 100, 50, 0));
    expect(taps.up(finger(1, 130, 50, 100))).toBeUndefined();
    taps.down(finger(2, 100, 50, 1000));
    expect(taps.up(finger(2, 100, 50, 1900))).toBeUndefined();
    taps.down(finger(3, 100, 50, 3000));
    taps.down(finger(4, 160, 50, 3010));
    expect(taps.up(finger(4, 160, 50, 3100))).toBeUndefined();
    expect(taps.up(finger(3, 100, 50, 3110))).toBeUndefined();
    taps.down(finger(5, 100, 50, 5000));
    taps.cancel(finger(5, 100, 50, 5050));
    expect(taps.up(finger(5, 100, 50, 5100))).toBeUndefined();
  });

  it('a quick second tap in the same place is a double tap; a third starts again', () => {
    const taps = new Taps();
    const tap = (id: number, at: number, x = 100) => {
      taps.down(finger(id, x, 50, at));
      return taps.up(finger(id, x, 50, at + 60))?.kind;
    };
    expect(tap(1, 0)).toBe('tap');
    expect(tap(2, 200)).toBe('double');
    expect(tap(3, 400)).toBe('tap');
    expect(tap(4, 1200)).toBe('tap');
    expect(tap(5, 1400, 200)).toBe('tap');
  });
});
