import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitRegion, projectShapes, projectShapesInSlices } from '../../src/geo/projection.ts';
import { worldFromTopology } from '../../src/geo/world.ts';

const world = worldFromTopology(
  JSON.parse(
    readFileSync(new URL('../../src/geo/generated/world.planar.json', import.meta.url), 'utf8'),
  ),
);

describe('projectShapesInSlices(shapes, projection, pause, sliceMs, now)', () => {
  it('projects exactly as projectShapes does', async () => {
    const projection = fitRegion({ width: 800, height: 400 }, 'world');
    const sliced = await projectShapesInSlices(world, projection, () => Promise.resolve(), 0);
    expect(sliced).toEqual(projectShapes(world, projection));
  });

  it('pauses whenever a slice has taken its time, and only then', async () => {
    const projection = fitRegion({ width: 800, height: 400 }, 'world');
    let clock = 0;
    let pauses = 0;
    // Each shape "takes" 1 ms: with 6 ms slices, a pause after every seventh shape.
    await projectShapesInSlices(
      world,
      projection,
      () => (pauses++, Promise.resolve()),
      6,
      () => clock++,
    );
    expect(pauses).toBe(Math.floor(world.length / 7));
    pauses = 0;
    await projectShapesInSlices(
      world,
      projection,
      () => (pauses++, Promise.resolve()),
      6,
      () => 0,
    );
    expect(pauses).toBe(0);
  });
});
