/**
 * The world's shapes from the generated topology: country shapes from world-atlas 110m and a
 * marker for each UN member state too small for it. Pure, so the build reads the same file in
 * Node (build/static-map.ts).
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { countryByNumeric } from '../model/countries.ts';
import { unpackArcs } from './packed-arcs.ts';

export interface WorldShape {
  kind: 'shape' | 'marker';
  /** ISO alpha-3; absent for the id-less shapes (Kosovo, N. Cyprus, Somaliland). */
  iso3?: string;
  /** Catalogue key (`place.<key>`) for id-less shapes. */
  key?: string;
  geometry: Polygon | MultiPolygon | Point;
}

export class WorldFormatError extends Error {
  override name = 'WorldFormatError';
}

/**
 * Turn the generated topology into shapes; throws WorldFormatError on anything unexpected. Its
 * arcs may be packed as text (packed-arcs.ts), as the generated file has them.
 */
export function worldFromTopology(json: unknown): WorldShape[] {
  const topology = withArcs(json as Topology);
  const countries = topology?.objects?.countries as GeometryCollection | undefined;
  const markers = topology?.objects?.markers as GeometryCollection | undefined;
  if (
    topology?.type !== 'Topology' ||
    countries?.type !== 'GeometryCollection' ||
    markers?.type !== 'GeometryCollection'
  )
    throw new WorldFormatError('the map file is not the expected topology');
  const shapes = feature(topology, countries).features;
  const points = feature(topology, markers).features;
  const toShape =
    (kind: WorldShape['kind']) =>
    (f: { id?: string | number; properties: unknown; geometry: Geometry }): WorldShape => {
      const id = f.id === undefined ? undefined : String(f.id);
      const iso3 = id === undefined ? undefined : countryByNumeric(id)?.iso3;
      const key = (f.properties as { key?: string } | null)?.key;
      if (!iso3 && !key) throw new WorldFormatError(`unknown shape ${id ?? '(no id)'}`);
      return { kind, iso3, key, geometry: f.geometry as WorldShape['geometry'] };
    };
  return [...shapes.map(toShape('shape')), ...points.map(toShape('marker'))];
}

function withArcs(topology: Topology): Topology {
  const arcs: unknown = topology?.arcs;
  if (typeof arcs !== 'string') return topology;
  try {
    return { ...topology, arcs: unpackArcs(arcs) };
  } catch (e) {
    throw new WorldFormatError(`the map file's arcs are damaged (${(e as Error).message})`);
  }
}
