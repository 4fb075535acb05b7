/**
 * Keyboard movement between countries on the map: the arrow keys go to the nearest country in
 * that direction (within a 120° cone), as a sighted keyboard user would expect from the picture.
 */
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
