import { describe, expect, it } from 'vitest';
import {
  IDENTITY,
  ZOOM_EXTENT,
  applyView,
  clampView,
  composeFit,
  invertView,
  panIntoView,
  rescaleView,
  zoomAbout,
  zoomKey,
} from '../../../src/elements/rm-map/zoom-view.ts';

const size = { width: 400, height: 200 };

describe('applyView(view, point) and invertView(view, point)', () => {
  it('take a point of the fitted map to the screen and back', () => {
    const v = { k: 3, x: -100, y: -50 };
    expect(applyView(v, [10, 20])).toEqual([-70, 10]);
    expect(invertView(v, applyView(v, [10, 20]))).toEqual([10, 20]);
  });
});

describe('composeFit(view, fit)', () => {
  it('places a planar point where the fit, then the view, would', () => {
    const fit = { k: 2, x: 5, y: 7 };
    const v = { k: 4, x: -30, y: -10 };
    const c = composeFit(v, fit);
    const [u, w] = [3, 9];
    expect([c.x + c.k * u, c.y + c.k * w]).toEqual(
      applyView(v, [fit.x + fit.k * u, fit.y + fit.k * w]),
    );
  });
});

describe('clampView(view, size)', () => {
  it('keeps the scale within 1×–12×', () => {
    expect(clampView({ k: 0.5, x: 0, y: 0 }, size).k).toBe(ZOOM_EXTENT[0]);
    expect(clampView({ k: 40, x: 0, y: 0 }, size).k).toBe(ZOOM_EXTENT[1]);
  });

  it('never shows past the map’s edges', () => {
    expect(clampView({ k: 1, x: 30, y: -30 }, size)).toEqual(IDENTITY);
    expect(clampView({ k: 2, x: 50, y: -900 }, size)).toEqual({ k: 2, x: 0, y: -200 });
  });
});

describe('zoomAbout(view, factor, size, at)', () => {
  it('keeps the point under the pointer where it is', () => {
    const at: [number, number] = [300, 150];
    const v = zoomAbout(IDENTITY, 2, size, at);
    expect(v.k).toBe(2);
    expect(applyView(v, invertView(IDENTITY, at))).toEqual(at);
  });

  it('zooms about the middle by default, and back out to the whole map', () => {
    const v = zoomAbout(IDENTITY, 2, size);
    expect(v).toEqual({ k: 2, x: -200, y: -100 });
    expect(zoomAbout(v, 0.5, size)).toEqual(IDENTITY);
  });
});

describe('panIntoView(view, point, size, margin)', () => {
  it('moves a point out of sight the least way into sight', () => {
    const v = { k: 4, x: 0, y: 0 };
    const moved = panIntoView(v, [150, 10], size, 20);
    expect(applyView(moved, [150, 10])).toEqual([380, 40]);
    expect(moved.k).toBe(4);
  });

  it('leaves the view alone when the point is in sight', () => {
    const v = { k: 2, x: -100, y: -50 };
    expect(panIntoView(v, [100, 50], size)).toBe(v);
  });
});

describe('rescaleView(view, from, to)', () => {
  it('keeps the same part of the map in sight on a frame of another size', () => {
    const v = { k: 2, x: -200, y: -100 };
    expect(rescaleView(v, size, { width: 800, height: 400 })).toEqual({ k: 2, x: -400, y: -200 });
    expect(rescaleView(v, { width: 0, height: 0 }, size)).toEqual(IDENTITY);
  });
});

describe('zoomKey(key)', () => {
  it('reads +, = (the + key without Shift), - and 0; nothing else', () => {
    expect(['+', '=', '-', '0', 'a', 'Enter'].map(zoomKey)).toEqual([
      'in',
      'in',
      'out',
      'reset',
      undefined,
      undefined,
    ]);
  });
});
