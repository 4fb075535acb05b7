import { describe, expect, it } from 'vitest';
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Polygon } from 'geojson';
import {
  anchorOf,
  fitRegion,
  polygonMeasure,
  projectShapes,
  regionAspect,
} from '../../src/geo/projection.ts';
import { REGION_BOUNDS } from '../../src/geo/generated/regions.ts';
import { mapProjection } from '../../scripts/generate-geo.ts';

describe('fitRegion(size, region, padding)', () => {
  it('fits the region’s box inside the size, centred, as d3’s fitExtent does', () => {
    const fit = fitRegion({ width: 800, height: 400 }, 'world', 8);
    const [[x0, y0], [x1, y1]] = REGION_BOUNDS.world;
    const left = fit.x + fit.k * x0;
    const right = fit.x + fit.k * x1;
    const top = fit.y + fit.k * y0;
    const bottom = fit.y + fit.k * y1;
    expect(Math.min(left, 800 - right)).toBeCloseTo(8, 6);
    expect(left).toBeCloseTo(800 - right, 6);
    expect(top - 8).toBeCloseTo(400 - 8 - bottom, 6);
    expect(top).toBeGreaterThanOrEqual(8 - 1e-9);
  });

  it('draws a point where the projection fitted to the same box would', () => {
    const size = { width: 1000, height: 600 };
    const fit = fitRegion(size, 'asia', 8);
    const [[x0, y0], [x1, y1]] = REGION_BOUNDS.asia;
    // The same projection, fitted by d3 to the same planar box.
    const projection = mapProjection();
    const k = Math.min(984 / (x1 - x0), 584 / (y1 - y0));
    const kabul = projection([69.17, 34.53])!;
    const expected = geoEqualEarth()
      .rotate([-10, 0])
      .scale(projection.scale() * k)
      .translate([fit.x, fit.y])([69.17, 34.53])!;
    expect(fit.x + fit.k * kabul[0]).toBeCloseTo(expected[0], 6);
    expect(fit.y + fit.k * kabul[1]).toBeCloseTo(expected[1], 6);
  });
});

describe('regionAspect(region)', () => {
  it('is the box’s height over its width', () => {
    expect(regionAspect('world')).toBeCloseTo(0.4336, 3);
    expect(regionAspect('asia')).toBeGreaterThan(regionAspect('world'));
  });
});

describe('polygonMeasure(rings) and anchorOf(p, fit)', () => {
  const square = (x: number, y: number, s: number): number[][] => [
    [x, y],
    [x + s, y],
    [x + s, y + s],
    [x, y + s],
    [x, y],
  ];

  it('takes holes out of the area and the centre', () => {
    expect(polygonMeasure([square(0, 0, 10)])).toEqual({ area: 100, centre: [5, 5] });
    const withHole = polygonMeasure([square(0, 0, 10), square(0, 0, 5).reverse()]);
    expect(withHole.area).toBe(75);
    expect(withHole.centre[0]).toBeCloseTo((100 * 5 - 25 * 2.5) / 75, 9);
  });

  it('anchors a country at its largest part, and knows a small one', () => {
    const geometry = {
      type: 'MultiPolygon' as const,
      coordinates: [[square(0, 0, 1)], [square(10, 10, 4)]],
    };
    const shape = { kind: 'shape' as const, iso3: 'XXX', geometry };
    const [p] = projectShapes([shape], { k: 1, x: 0, y: 0 });
    expect(anchorOf(p!, { k: 0.5, x: 0, y: 0 })).toEqual({ anchor: [6, 6], small: true });
    expect(anchorOf(p!, { k: 10, x: 5, y: 5 })).toEqual({ anchor: [125, 125], small: false });
  });

  it('writes the path d3 would, to a tenth of a pixel', () => {
    const geometry: Polygon = { type: 'Polygon', coordinates: [square(0.04, 0, 10)] };
    const [p] = projectShapes([{ kind: 'shape', iso3: 'XXX', geometry }], { k: 2, x: 1, y: 1 });
    const d3 = geoPath(null).digits(1)({ type: 'Polygon', coordinates: [square(1.08, 1, 20)] });
    expect(p!.d).toBe(d3);
  });
});
