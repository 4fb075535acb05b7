/**
 * Placing the world on the page. The shapes arrive already projected (Equal Earth, done once at
 * build time by scripts/generate-geo.ts), so drawing them for a size and a region is a scale and
 * a move: no projection code is shipped or run on the reader's device. A date change only
 * recolours.
 */
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import { REGION_BOUNDS } from './generated/regions.ts';
import type { WorldShape } from './world.ts';

export type Region = 'world' | 'asia';
export const REGIONS: readonly Region[] = ['world', 'asia'];

export interface Size {
  width: number;
  height: number;
}

/** Planar units to the page's pixels: `[x + k·u, y + k·v]`. */
export interface Fit {
  k: number;
  x: number;
  y: number;
}

/** The fit that shows a region's box in `size`, `padding` pixels from each edge. */
export function fitRegion(size: Size, region: Region, padding = 8): Fit {
  const [[x0, y0], [x1, y1]] = REGION_BOUNDS[region];
  const w = Math.max(1, size.width - 2 * padding);
  const h = Math.max(1, size.height - 2 * padding);
  const k = Math.min(w / (x1 - x0), h / (y1 - y0));
  return { k, x: padding + (w - k * (x1 + x0)) / 2, y: padding + (h - k * (y1 + y0)) / 2 };
}

/** Height over width of a region's box (the world, without Antarctica: ≈ 0.43). */
export function regionAspect(region: Region): number {
  const [[x0, y0], [x1, y1]] = REGION_BOUNDS[region];
  return (y1 - y0) / (x1 - x0);
}

export interface ProjectedShape {
  shape: WorldShape;
  /** SVG path data for a shape; empty for a marker. */
  d: string;
  /** A marker's position (shapes get theirs from {@link anchorOf}, when first needed). */
  point?: [number, number];
}

/** A tenth of a pixel: finer digits only make the DOM heavier. */
const round = (v: number) => Math.round(v * 10) / 10;

/** Path strings (and marker positions) for a fit: all the first paint needs. */
export function projectShapes(shapes: readonly WorldShape[], fit: Fit): ProjectedShape[] {
  const one = projector(fit);
  return shapes.map(one);
}

/**
 * The same, in slices: after each `sliceMs` of work it waits for `pause` (a yield to the page), so
 * drawing the first map never blocks a phone for long.
 */
export async function projectShapesInSlices(
  shapes: readonly WorldShape[],
  fit: Fit,
  pause: () => Promise<void>,
  sliceMs = 6,
  now: () => number = () => performance.now(),
): Promise<ProjectedShape[]> {
  const one = projector(fit);
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

function projector({ k, x, y }: Fit): (shape: WorldShape) => ProjectedShape {
  // A GeoJSON ring repeats its first point at its end: `Z` closes it instead.
  const ring = (points: Position[]) =>
    `M${points
      .slice(0, -1)
      .map(([u, v]) => `${round(x + k * u!)},${round(y + k * v!)}`)
      .join('L')}Z`;
  const polygon = (rings: Position[][]) => rings.map(ring).join('');
  return (shape) => {
    const g = shape.geometry;
    if (g.type === 'Point') {
      const [u, v] = (g as Point).coordinates as [number, number];
      return { shape, d: '', point: [x + k * u, y + k * v] };
    }
    const d =
      g.type === 'Polygon'
        ? polygon((g as Polygon).coordinates)
        : (g as MultiPolygon).coordinates.map(polygon).join('');
    return { shape, d };
  };
}

export interface Anchor {
  /** Where the tooltip and the keyboard focus ring go: the centre of the largest part. */
  anchor: [number, number];
  /** Too small to hit easily (a marker, or a shape under ~16 px across): the pointer may snap to it. */
  small: boolean;
}

/** Shapes smaller than this across (in px) are easy to miss with a mouse or a finger. */
const SMALL_SHAPE_PX = 16;

/** Signed area and area-weighted centre of one ring (the shoelace formula). */
function ringMeasure(points: Position[]): { area: number; cx: number; cy: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, n = points.length; i < n; i++) {
    const [x0, y0] = points[i] as [number, number];
    const [x1, y1] = points[(i + 1) % n] as [number, number];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return { area: area / 2, cx, cy };
}

/** The area and centre of a polygon (its holes taken out), in planar units. */
export function polygonMeasure(rings: Position[][]): { area: number; centre: [number, number] } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const ring of rings) {
    const m = ringMeasure(ring);
    area += m.area;
    cx += m.cx;
    cy += m.cy;
  }
  return {
    area: Math.abs(area),
    centre: area === 0 ? [NaN, NaN] : [cx / (6 * area), cy / (6 * area)],
  };
}

/**
 * Where the tooltip and the focus ring go, and whether the shape is small. The anchor is the
 * centre of the largest part: Russia's mainland, not Kaliningrad.
 */
export function anchorOf(p: ProjectedShape, { k, x, y }: Fit): Anchor {
  if (p.point) return { anchor: p.point, small: true };
  const g = p.shape.geometry as Polygon | MultiPolygon;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best = { area: -1, centre: [NaN, NaN] as [number, number] };
  let [u0, v0, u1, v1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons) {
    const m = polygonMeasure(rings);
    if (m.area > best.area) best = m;
    for (const [u, v] of rings[0] ?? [])
      [u0, v0, u1, v1] = [Math.min(u0, u!), Math.min(v0, v!), Math.max(u1, u!), Math.max(v1, v!)];
  }
  const small = Math.hypot(u1 - u0, v1 - v0) * k < SMALL_SHAPE_PX;
  return { anchor: [x + k * best.centre[0], y + k * best.centre[1]], small };
}
