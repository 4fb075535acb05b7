/**
 * The world's shapes from the generated topology: country shapes from world-atlas 110m and a
 * marker for each UN member state too small for it. Pure, so the build reads the same file in
 * Node (build/static-map.ts).
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { countryByNumeric } from '../model/countries.ts';

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

/** Turn the generated topology into shapes; throws WorldFormatError on anything unexpected. */
export function worldFromTopology(json: unknown): WorldShape[] {
  const topology = json as Topology;
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
