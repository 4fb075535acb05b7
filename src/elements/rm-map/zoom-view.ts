/**
 * The reader's zoom over the fitted map, as pure arithmetic: a view `{k, x, y}` takes a point of
 * the fitted map (the region's box, in pixels) to the screen, `[x + k·px, y + k·py]`. The view
 * never shows anything outside the map: `k` stays within {@link ZOOM_EXTENT} and the map always
 * covers the frame. DOM-free; d3-zoom applies the same rules to gestures (`zoom-behaviour.ts`).
 */
import type { Fit, Size } from '../../geo/projection.ts';

export interface View {
  k: number;
  x: number;
  y: number;
}

export type Point = [number, number];

export const IDENTITY: View = { k: 1, x: 0, y: 0 };

/** From the whole region to twelve times closer: enough for the Gulf's states on a phone. */
export const ZOOM_EXTENT: readonly [number, number] = [1, 12];

/** What a button, a key or a double tap does to the scale. */
export const ZOOM_STEP = 2;

export const isIdentity = (v: View): boolean => v.k === 1 && v.x === 0 && v.y === 0;

export const applyView = (v: View, [x, y]: Point): Point => [v.x + v.k * x, v.y + v.k * y];

export const invertView = (v: View, [x, y]: Point): Point => [(x - v.x) / v.k, (y - v.y) / v.k];

/** The planar-to-screen placing of the map as the reader sees it: the region's fit, then the view. */
export const composeFit = (v: View, fit: Fit): Fit => ({
  k: v.k * fit.k,
  x: v.x + v.k * fit.x,
  y: v.y + v.k * fit.y,
});

/** The view with `k` in the zoom extent and the map covering the whole frame (no empty margin). */
export function clampView(v: View, size: Size): View {
  const k = Math.min(ZOOM_EXTENT[1], Math.max(ZOOM_EXTENT[0], v.k));
  const clamp = (t: number, length: number) => Math.min(0, Math.max(length - k * length, t));
  return { k, x: clamp(v.x, size.width), y: clamp(v.y, size.height) };
}

/** Zoom by `factor` about `at` (a point on screen; the frame's centre by default). */
export function zoomAbout(v: View, factor: number, size: Size, at?: Point): View {
  const [px, py] = at ?? [size.width / 2, size.height / 2];
  const [mx, my] = invertView(v, [px, py]);
  const k = Math.min(ZOOM_EXTENT[1], Math.max(ZOOM_EXTENT[0], v.k * factor));
  return clampView({ k, x: px - k * mx, y: py - k * my }, size);
}

/**
 * The least move that brings `point` (on the fitted map) at least `margin` px inside the frame:
 * the keyboard's focus is always in sight. The same view when it already is.
 */
export function panIntoView(v: View, point: Point, size: Size, margin = 24): View {
  const [sx, sy] = applyView(v, point);
  const shift = (s: number, length: number) => {
    const m = Math.min(margin, length / 2);
    return s < m ? m - s : s > length - m ? length - m - s : 0;
  };
  const dx = shift(sx, size.width);
  const dy = shift(sy, size.height);
  if (dx === 0 && dy === 0) return v;
  return clampView({ k: v.k, x: v.x + dx, y: v.y + dy }, size);
}

/** The same view on a frame of another size (a turned phone): the same part of the map in sight. */
export function rescaleView(v: View, from: Size, to: Size): View {
  if (from.width <= 0 || from.height <= 0) return IDENTITY;
  return clampView(
    { k: v.k, x: (v.x * to.width) / from.width, y: (v.y * to.height) / from.height },
    to,
  );
}

export type ZoomKey = 'in' | 'out' | 'reset';

/** `+` (or `=`, its key without Shift) zooms in, `-` out, `0` back to the whole region. */
export function zoomKey(key: string): ZoomKey | undefined {
  if (key === '+' || key === '=') return 'in';
  if (key === '-' || key === '_' || key === '−') return 'out';
  if (key === '0') return 'reset';
  return undefined;
}

/** The view as a CSS transform (the layer's origin is its top left corner). */
export const cssTransform = (v: View): string => `translate(${v.x}px, ${v.y}px) scale(${v.k})`;
