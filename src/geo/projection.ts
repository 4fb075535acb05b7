/**
 * Projections and paths. Geometry is projected once per size and region; a date change only
 * recolours. Equal Earth keeps areas true, so no country looks bigger than it is.
 */
import {
  geoArea,
  geoBounds,
  geoCentroid,
  geoEqualEarth,
  geoPath,
  type GeoProjection,
} from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import type { WorldShape } from './world.ts';

export type Region = 'world' | 'asia';
export const REGIONS: readonly Region[] = ['world', 'asia'];

export interface Size {
  width: number;
  height: number;
}

/** Longitude/latitude box each preset fits, as [west, south, east, north]. */
const REGION_BOXES: Record<Region, [number, number, number, number]> = {
  // Everything but Antarctica (which the map leaves out).
  world: [-180, -56, 180, 84],
  // The Middle East with Central and South Asia: from Türkiye and Egypt to western China,
  // Kazakhstan to the Arabian Sea, so the Gulf states and Afghanistan's neighbours can be read.
  asia: [26, 10, 90, 53],
};

/** A ring around a lon/lat box, densified so it stays a box after projection. */
function boxPolygon([w, s, e, n]: [number, number, number, number]): Polygon {
  const ring: [number, number][] = [];
  for (let x = w; x <= e; x += (e - w) / 16) ring.push([x, s]);
  for (let x = e; x >= w; x -= (e - w) / 16) ring.push([x, n]);
  ring.push([w, s]);
  return { type: 'Polygon', coordinates: [ring.reverse()] };
}

export function fitProjection(size: Size, region: Region, padding = 8): GeoProjection {
  const projection = geoEqualEarth().rotate([-10, 0]);
  return projection.fitExtent(
    [
      [padding, padding],
      [Math.max(padding + 1, size.width - padding), Math.max(padding + 1, size.height - padding)],
    ],
    boxPolygon(REGION_BOXES[region]),
  );
}

/** Height over width of a region's box once projected (the world, without Antarctica: ≈ 0.45). */
export function regionAspect(region: Region): number {
  const p = fitProjection({ width: 1000, height: 1000 }, region, 0);
  const [[x0, y0], [x1, y1]] = geoPath(p).bounds(boxPolygon(REGION_BOXES[region]));
  return (y1 - y0) / (x1 - x0);
}

export interface ProjectedShape {
  shape: WorldShape;
  /** SVG path data for a shape; empty for a marker. */
  d: string;
  /** A marker's position (shapes get theirs from {@link anchorOf}, when first needed). */
  point?: [number, number];
}

/** Shapes smaller than this across (in px) are easy to miss with a mouse or a finger. */
const SMALL_SHAPE_PX = 16;

interface SphericalFacts {
  /** Centre of the largest part (Russia's mainland, not Kaliningrad). */
  centre: [number, number];
  bounds: [[number, number], [number, number]];
}

/** Facts about a shape that do not depend on the projection: computed once per shape. */
const facts = new WeakMap<WorldShape, SphericalFacts>();

function sphericalFacts(shape: WorldShape): SphericalFacts {
  let f = facts.get(shape);
  if (f) return f;
  const geometry = shape.geometry as Polygon | MultiPolygon;
  let largest: Polygon =
    geometry.type === 'Polygon'
      ? geometry
      : { type: 'Polygon', coordinates: geometry.coordinates[0]! };
  if (geometry.type === 'MultiPolygon') {
    let bestArea = -1;
    for (const coordinates of geometry.coordinates) {
      const polygon: Polygon = { type: 'Polygon', coordinates };
      const area = geoArea(polygon);
      if (area > bestArea) [largest, bestArea] = [polygon, area];
    }
  }
  f = { centre: geoCentroid(largest), bounds: geoBounds(geometry) };
  facts.set(shape, f);
  return f;
}

/**
 * Path strings (and marker positions) for a projection: all the first paint needs. Anchors come
 * later, from {@link anchorOf}, when a tooltip or the keyboard first needs them.
 */
export function projectShapes(
  shapes: readonly WorldShape[],
  projection: GeoProjection,
): ProjectedShape[] {
  const one = projector(projection);
  return shapes.map(one);
}

/**
 * The same, in slices: after each `sliceMs` of work it waits for `pause` (a yield to the page), so
 * projecting the first map never blocks a phone for long.
 */
export async function projectShapesInSlices(
  shapes: readonly WorldShape[],
  projection: GeoProjection,
  pause: () => Promise<void>,
  sliceMs = 6,
  now: () => number = () => performance.now(),
): Promise<ProjectedShape[]> {
  const one = projector(projection);
  const out: ProjectedShape[] = [];
  let start = now();
  for (const shape of shapes) {
    out.push(one(shape));
    if (now() - start > sliceMs) {
      await pause();
      start = now();
    }
  }
  return out;
}

function projector(projection: GeoProjection): (shape: WorldShape) => ProjectedShape {
  // One decimal is a tenth of a pixel: finer digits only make the DOM heavier.
  const path = geoPath(projection).digits(1);
  return (shape) =>
    shape.geometry.type === 'Point'
      ? {
          shape,
          d: '',
          point: projection(shape.geometry.coordinates as [number, number]) ?? [NaN, NaN],
        }
      : { shape, d: path(shape.geometry) ?? '' };
}

export interface Anchor {
  /** Where the tooltip and the keyboard focus ring go: the centre of the largest part. */
  anchor: [number, number];
  /** Too small to hit easily (a marker, or a shape under ~16 px across): the pointer may snap to it. */
  small: boolean;
}

export function anchorOf(p: ProjectedShape, projection: GeoProjection): Anchor {
  if (p.point) return { anchor: p.point, small: true };
  const { centre, bounds } = sphericalFacts(p.shape);
  const anchor = projection(centre) ?? [NaN, NaN];
  const [a, b] = [projection(bounds[0]), projection(bounds[1])];
  const small = !!a && !!b && Math.hypot(b[0] - a[0], b[1] - a[1]) < SMALL_SHAPE_PX;
  return { anchor, small };
}
