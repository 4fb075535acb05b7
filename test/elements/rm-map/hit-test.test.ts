import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { fitRegion } from '../../../src/geo/projection.ts';
import { worldFromTopology, type WorldShape } from '../../../src/geo/world.ts';
import { idOf } from '../../../src/elements/rm-map/drawn.ts';
import { hitTest, indexWorld } from '../../../src/elements/rm-map/hit-test.ts';
import { composeFit } from '../../../src/elements/rm-map/zoom-view.ts';

const square = (x: number, y: number, s: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + s, y],
      [x + s, y + s],
      [x, y + s],
      [x, y],
    ],
  ],
});

/** A big state with a microstate inside it, a small island state and a dot in the sea. */
const shapes: WorldShape[] = [
  { kind: 'shape', iso3: 'BIG', geometry: square(0, 0, 100) },
  { kind: 'shape', iso3: 'ISL', geometry: square(200, 0, 4) },
  { kind: 'shape', key: 'disputed', geometry: square(200, 50, 4) },
  { kind: 'marker', iso3: 'ENC', geometry: { type: 'Point', coordinates: [50, 50] } },
  { kind: 'marker', iso3: 'SEA', geometry: { type: 'Point', coordinates: [103, 50] } },
];
const index = indexWorld(shapes, idOf);
const fit = { k: 1, x: 0, y: 0 };
const at = (x: number, y: number, reach = 14) => hitTest(index, [x, y], fit, { radius: 4, reach });

describe('hitTest(index, point, fit, options)', () => {
  it('gives the shape under the point, even under a marker’s dot from the sea', () => {
    expect(at(20, 20)).toBe('BIG');
    // SEA's dot (r 4) reaches 2 px into BIG: the shape wins there.
    expect(at(99, 50)).toBe('BIG');
  });

  it('gives a marker in the sea on its dot, and within reach of it', () => {
    expect(at(103, 50)).toBe('SEA');
    expect(at(110, 50)).toBe('SEA');
    expect(at(130, 50)).toBeUndefined();
  });

  it('gives a microstate inside another state on its dot only: nothing else could reach it', () => {
    expect(at(51, 51)).toBe('ENC');
    expect(at(55, 50)).toBe('BIG');
  });

  it('snaps the sea to a small state within reach, a finger reaching further', () => {
    expect(at(190, 2)).toBe('ISL');
    expect(at(180, 2)).toBeUndefined();
    expect(at(180, 2, 22)).toBe('ISL');
  });

  it('never snaps the sea to a shape without a state’s code (a point inside it is inside it)', () => {
    expect(at(206, 52)).toBeUndefined();
    expect(at(201, 51)).toBe('disputed');
  });

  it('counts the zoom: zoomed in, the small state is no longer small', () => {
    const zoomed = composeFit({ k: 8, x: -1500, y: 0 }, fit);
    // ISL is 32 px across at 8×: the sea 10 px off it is just sea.
    expect(hitTest(index, [zoomed.x + 8 * 204 + 10, 8], zoomed, { radius: 4, reach: 14 })).toBe(
      undefined,
    );
    expect(hitTest(index, [zoomed.x + 8 * 202, 8], zoomed, { radius: 4, reach: 14 })).toBe('ISL');
  });
});

describe('hitTest on the world as drawn on a 351-px phone', () => {
  const world = worldFromTopology(
    JSON.parse(readFileSync('src/geo/generated/world.planar.json', 'utf8')),
  );
  const worldIndex = indexWorld(world, idOf);
  const phone = fitRegion({ width: 351, height: 152 }, 'world');
  const toScreen = ([u, v]: number[]): [number, number] => [
    phone.x + phone.k * u!,
    phone.y + phone.k * v!,
  ];
  const point = (iso3: string) =>
    (world.find((s) => s.iso3 === iso3)!.geometry as { coordinates: number[] }).coordinates;

  it('Bahrain’s dot is Bahrain, San Marino’s dot inside Italy is San Marino', () => {
    const hit = (p: [number, number]) => hitTest(worldIndex, p, phone, { radius: 3.2, reach: 22 });
    expect(hit(toScreen(point('BHR')))).toBe('BHR');
    expect(hit(toScreen(point('SMR')))).toBe('SMR');
  });

  it('marks the microstates inside other states (Singapore inside the 110m Malaysia), and only those', () => {
    expect(
      worldIndex.markers
        .filter((m) => m.enclave)
        .map((m) => m.id)
        .sort(),
    ).toEqual(['AND', 'LIE', 'MCO', 'SGP', 'SMR', 'VAT']);
  });
});
