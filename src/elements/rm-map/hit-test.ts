/**
 * Which country a pointer or a finger is on, worked out from the geometry rather than from the
 * element the browser reports (a marker drawn over a shape, or a touch the browser moved to the
 * nearest button, would win there). DOM-free.
 *
 * The order, for a point on the map:
 * 1. the dot of a microstate inside another state (San Marino, Liechtenstein), as drawn: no sea
 *    around it, so its dot is the only place it can be picked;
 * 2. the shape under the point: tapping inside the United Arab Emirates is the Emirates, even
 *    where Bahrain's dot overlaps it on a small map;
 * 3. a marker's dot;
 * 4. over the sea, the nearest small country (a marker, or a shape a few pixels across) within
 *    reach: OWID's answer to tiny states, which makes Bahrain or Qatar hittable by a finger.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { anchorOf, type Fit } from '../../geo/projection.ts';
import type { WorldShape } from '../../geo/world.ts';
import { nearestWithin } from './map-navigation.ts';
import type { Point } from './zoom-view.ts';

interface IndexedShape {
  id: string;
  /** `[u0, v0, u1, v1]`, planar. */
  box: [number, number, number, number];
  polygons: Position[][][];
  /** Where a small shape is snapped to: the centre of its largest part, planar. */
  anchor: Point;
  /** Its extent's diagonal, planar: small on screen when this times the scale is under 16 px. */
  diagonal: number;
  /** A state (an ISO code): the sea around it may snap to it (not Kosovo or Somaliland). */
  snaps: boolean;
}

interface IndexedMarker {
  id: string;
  at: Point;
  /** Inside another state's shape. */
  enclave: boolean;
}

export interface HitIndex {
  shapes: IndexedShape[];
  markers: IndexedMarker[];
}

/** Shapes under this across (on screen, px) are easy to miss: the sea around them snaps to them. */
export const SMALL_SHAPE_PX = 16;

/** The world's shapes and markers, ready for {@link hitTest}; `idOf` names each. */
export function indexWorld(
  shapes: readonly WorldShape[],
  idOf: (shape: WorldShape) => string,
): HitIndex {
  const indexed: IndexedShape[] = [];
  const points: { id: string; at: Point }[] = [];
  for (const shape of shapes) {
    const g = shape.geometry;
    if (g.type === 'Point') {
      points.push({ id: idOf(shape), at: g.coordinates as Point });
      continue;
    }
    const polygons =
      (g as Polygon | MultiPolygon).type === 'Polygon'
        ? [(g as Polygon).coordinates]
        : (g as MultiPolygon).coordinates;
    let [u0, v0, u1, v1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const rings of polygons)
      for (const [u, v] of rings[0] ?? [])
        [u0, v0, u1, v1] = [Math.min(u0, u!), Math.min(v0, v!), Math.max(u1, u!), Math.max(v1, v!)];
    indexed.push({
      id: idOf(shape),
      box: [u0, v0, u1, v1],
      polygons,
      anchor: anchorOf({ shape, d: '' }, { k: 1, x: 0, y: 0 }).anchor,
      diagonal: Math.hypot(u1 - u0, v1 - v0),
      snaps: !!shape.iso3,
    });
  }
  const markers = points.map((p) => ({ ...p, enclave: !!shapeAt(indexed, p.at) }));
  return { shapes: indexed, markers };
}

/** Whether a planar point is inside a polygon's rings (even-odd: holes are holes). */
function inRings(rings: readonly Position[][], [u, v]: Point): boolean {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ui, vi] = ring[i] as [number, number];
      const [uj, vj] = ring[j] as [number, number];
      if (vi > v !== vj > v && u < ((uj - ui) * (v - vi)) / (vj - vi) + ui) inside = !inside;
    }
  return inside;
}

function shapeAt(shapes: readonly IndexedShape[], p: Point): IndexedShape | undefined {
  const [u, v] = p;
  return shapes.find(
    (s) =>
      u >= s.box[0] &&
      u <= s.box[2] &&
      v >= s.box[1] &&
      v <= s.box[3] &&
      s.polygons.some((rings) => inRings(rings, p)),
  );
}

export interface HitOptions {
  /** A marker's radius on screen, px. */
  radius: number;
  /** How far over the sea a small country still counts, px (more for a finger). */
  reach: number;
}

/**
 * The id of the country at `point` (in the map's pixels) when the world is placed by `fit`
 * (planar units to those pixels: the region's fit and the reader's zoom together).
 */
export function hitTest(
  index: HitIndex,
  point: Point,
  fit: Fit,
  { radius, reach }: HitOptions,
): string | undefined {
  const near = (items: readonly { id: string; at: Point }[], within: number) =>
    nearestWithin(
      items.map(({ id, at: [u, v] }) => ({ id, x: fit.x + fit.k * u, y: fit.y + fit.k * v })),
      point[0],
      point[1],
      within,
    )?.id;
  const dot = radius + 1;
  const planar: Point = [(point[0] - fit.x) / fit.k, (point[1] - fit.y) / fit.k];
  return (
    near(
      index.markers.filter((m) => m.enclave),
      radius,
    ) ??
    shapeAt(index.shapes, planar)?.id ??
    near(index.markers, dot) ??
    near(
      [
        ...index.markers,
        ...index.shapes
          .filter((s) => s.snaps && s.diagonal * fit.k < SMALL_SHAPE_PX)
          .map((s) => ({ id: s.id, at: s.anchor })),
      ],
      reach,
    )
  );
}
