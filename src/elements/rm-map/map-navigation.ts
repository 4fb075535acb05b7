/**
 * Keyboard movement between countries on the map: the arrow keys go to the nearest country in
 * that direction (within a 120° cone), as a sighted keyboard user would expect from the picture.
 */
import { own } from '../../model/own.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

export interface Anchor {
  id: string;
  x: number;
  y: number;
}

/** The anchor nearest to `from` in `direction`, weighting sideways distance double. */
export function nearestInDirection(
  anchors: readonly Anchor[],
  from: Anchor,
  direction: Direction,
): Anchor | undefined {
  const [dx, dy] = VECTORS[direction];
  let best: Anchor | undefined;
  let bestScore = Infinity;
  for (const a of anchors) {
    if (a.id === from.id || !Number.isFinite(a.x) || !Number.isFinite(a.y)) continue;
    const vx = a.x - from.x;
    const vy = a.y - from.y;
    const along = vx * dx + vy * dy;
    if (along <= 0) continue;
    const across = Math.abs(vx * dy - vy * dx);
    // Within 60° either side of the direction.
    if (across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [a, score];
  }
  return best;
}

/** The anchor nearest to a point, within `radius`. */
export function nearestWithin(
  anchors: readonly Anchor[],
  x: number,
  y: number,
  radius: number,
): Anchor | undefined {
  let best: Anchor | undefined;
  let bestD = radius * radius;
  for (const a of anchors) {
    const d = (a.x - x) ** 2 + (a.y - y) ** 2;
    if (d <= bestD) [best, bestD] = [a, d];
  }
  return best;
}

const ARROWS = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
} as const satisfies Record<string, Direction>;

/** The anchor an arrow key moves to from `from`, if `key` is an arrow and one lies that way. */
export function arrowTarget(
  anchors: readonly Anchor[],
  from: Anchor,
  key: string,
): Anchor | undefined | null {
  const direction = own(ARROWS, key);
  return direction ? nearestInDirection(anchors, from, direction) : null;
}

/**
 * A point on the map from a pointer's position on screen, or nothing before the map is laid
 * out.
 */
export function mapPoint(
  client: { x: number; y: number },
  rect: { left: number; top: number; width: number; height: number },
  size: { width: number; height: number },
): { x: number; y: number } | undefined {
  if (rect.width === 0 || rect.height === 0) return undefined;
  return {
    x: ((client.x - rect.left) / rect.width) * size.width,
    y: ((client.y - rect.top) / rect.height) * size.height,
  };
}
