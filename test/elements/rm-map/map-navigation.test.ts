import { describe, expect, it } from 'vitest';
import { nearestInDirection, nearestWithin } from '../../../src/elements/rm-map/map-navigation.ts';

const anchors = [
  { id: 'A', x: 0, y: 0 },
  { id: 'E', x: 10, y: 1 },
  { id: 'FAR_E', x: 30, y: 0 },
  { id: 'N', x: 1, y: -10 },
  { id: 'NE_STEEP', x: 2, y: -20 },
];

describe('nearestInDirection(anchors, from, direction)', () => {
  it('goes to the nearest country in the direction of the arrow', () => {
    expect(nearestInDirection(anchors, anchors[0]!, 'right')?.id).toBe('E');
    expect(nearestInDirection(anchors, anchors[0]!, 'up')?.id).toBe('N');
    expect(nearestInDirection(anchors, anchors[1]!, 'left')?.id).toBe('A');
  });

  it('finds nothing where nothing lies that way', () => {
    expect(nearestInDirection(anchors, anchors[0]!, 'down')).toBeUndefined();
    expect(nearestInDirection(anchors, anchors[2]!, 'right')).toBeUndefined();
  });
});

describe('nearestWithin(anchors, x, y, radius)', () => {
  it('finds the closest anchor inside the radius only', () => {
    expect(nearestWithin(anchors, 9, 2, 5)?.id).toBe('E');
    expect(nearestWithin(anchors, 20, 20, 5)).toBeUndefined();
  });
});
