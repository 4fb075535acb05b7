/**
 * Generates the geographic tables the app and the model need, from maintained sources:
 *
 * - `src/model/countries.generated.ts`: every ISO 3166-1 country (alpha-3, alpha-2, zero-padded
 *   numeric) from i18n-iso-countries, and which are UN member states (world-countries' `unMember`,
 *   corrected: it marks the Holy See, a UN observer state, as a member).
 * - `src/geo/generated/world.topo.json`: world-atlas countries-110m without Antarctica, with
 *   a `markers` object: one point for each UN member state that 110m has no shape for (Bahrain,
 *   Malta, Singapore, the Maldives …), placed at the centroid of its largest polygon at 10m.
 *   In longitude and latitude: the benchmark's floor draws it with d3-geo.
 * - `src/geo/generated/world.planar.json`: the same, already projected (Equal Earth, centred
 *   10° east, cut at 170° E): what the app draws. The page then only scales and moves it, and
 *   ships no projection code: the projection is done once, here, not on every reader's phone.
 *   Its arcs are packed as text (src/geo/packed-arcs.ts): 4.2 KB less to download, gzipped.
 * - `src/geo/generated/regions.ts`: each region's box, projected: what the map fits to its size.
 *
 * Run with `npm run generate:geo`. The outputs are committed; `test/geo/generated.test.ts` fails
 * when they are stale.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoCentroid, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { packArcs } from '../src/geo/packed-arcs.ts';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Geometry } from 'geojson';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as {
  getAlpha3Codes(): Record<string, string>;
  alpha3ToNumeric(a3: string): string | undefined;
};
const worldCountries = require('world-countries') as {
  cca2: string;
  cca3: string;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
}[];

const root = new URL('..', import.meta.url);
const readJson = <T>(path: string): T =>
  JSON.parse(readFileSync(require.resolve(path), 'utf8')) as T;

/** world-countries flags the Holy See as a UN member; it is a permanent observer state. */
const NOT_UN_MEMBERS = new Set(['VAT']);
/** Not UN members, but drawn as markers too so that they can be found on the map. */
const EXTRA_MARKERS = new Set(['VAT']);
/** Shapes world-atlas draws without an id, keyed for the interface's name catalogue. */
const ID_LESS_KEYS: Record<string, string> = {
  Kosovo: 'kosovo',
  'N. Cyprus': 'northern-cyprus',
  Somaliland: 'somaliland',
};
/** Antarctica takes a sixth of the map's height and no state is there to colour. */
const DROPPED = new Set(['010']);
/**
 * Grid of 10,000 steps per axis: 0.036° of longitude, a tenth of a pixel on a 4K-wide world map.
 * world-atlas uses 1e5, ten times finer than any screen shows, at 10 % more bytes gzipped.
 */
const QUANTIZATION = 1e4;

export function countryTable() {
  const alpha3ToAlpha2 = isoCountries.getAlpha3Codes();
  const un = new Set(worldCountries.filter((c) => c.unMember).map((c) => c.cca3));
  for (const a3 of NOT_UN_MEMBERS) un.delete(a3);
  return Object.entries(alpha3ToAlpha2)
    .map(([a3, a2]) => {
      const numeric = isoCountries.alpha3ToNumeric(a3);
      if (!numeric) throw new Error(`no numeric code for ${a3}`);
      return { a3, a2, numeric: numeric.padStart(3, '0'), un: un.has(a3) };
    })
    .sort((a, b) => a.a3.localeCompare(b.a3));
}

/**
 * The map's projection: Equal Earth keeps areas true, so no country looks bigger than it is;
 * centred 10° east, so the cut falls in the Pacific, clear of every state the map is about. Its
 * world is about 1,000 units wide; resampled to a tenth of a unit (a 4K-wide map's tenth of a
 * pixel is 0.025 unit, so curves are finer than any screen shows).
 */
export function mapProjection(): GeoProjection {
  return geoEqualEarth()
    .rotate([-10, 0])
    .scale(1000 / (2 * 2.7066))
    .translate([0, 0])
    .precision(0.1);
}

/** Longitude/latitude box each region fits, as [west, south, east, north]. */
export const REGION_BOXES = {
  // Everything but Antarctica (which the map leaves out).
  world: [-180, -56, 180, 84],
  // The Middle East with Central and South Asia: from Türkiye and Egypt to western China,
  // Kazakhstan to the Arabian Sea, so the Gulf states and Afghanistan's neighbours can be read.
  asia: [26, 10, 90, 53],
} as const satisfies Record<string, readonly [number, number, number, number]>;

/** A ring around a lon/lat box, densified so it stays a box after projection. */
function boxPolygon([w, s, e, n]: readonly [number, number, number, number]): Polygon {
  const ring: [number, number][] = [];
  for (let x = w; x <= e; x += (e - w) / 16) ring.push([x, s]);
  for (let x = e; x >= w; x -= (e - w) / 16) ring.push([x, n]);
  ring.push([w, s]);
  return { type: 'Polygon', coordinates: [ring.reverse()] };
}

/** Each region's projected bounds, rounded to a hundredth of a unit. */
export function regionBounds(): Record<
  keyof typeof REGION_BOXES,
  [[number, number], [number, number]]
> {
  const path = geoPath(mapProjection());
  const round = (x: number) => Math.round(x * 100) / 100;
  return Object.fromEntries(
    Object.entries(REGION_BOXES).map(([region, box]) => {
      const [[x0, y0], [x1, y1]] = path.bounds(boxPolygon(box));
      return [
        region,
        [
          [round(x0), round(y0)],
          [round(x1), round(y1)],
        ],
      ];
    }),
  ) as Record<keyof typeof REGION_BOXES, [[number, number], [number, number]]>;
}

export function regionsModule(): string {
  return [
    "// Generated by scripts/generate-geo.ts (regionBounds): each region's box, projected as the",
    '// planar world is. Do not edit.',
    `export const REGION_BOUNDS = ${JSON.stringify(regionBounds())} as const;`,
    '',
  ].join('\n');
}

/** The world topology, projected: the same shapes and markers, in the map's planar units. */
export function planarTopology(table: ReturnType<typeof countryTable>) {
  const world = worldTopology(table);
  const projection = mapProjection();
  const project = (name: 'countries' | 'markers') =>
    geoProject(
      feature(world, world.objects[name] as GeometryCollection) as FeatureCollection,
      projection,
    );
  return topology({ countries: project('countries'), markers: project('markers') }, QUANTIZATION);
}

/**
 * The topology as the page downloads it: its arcs packed as text (src/geo/packed-arcs.ts), and
 * without the bounding box, which nothing reads (the regions' boxes are in regions.ts).
 */
export function packedTopology<T extends { arcs: number[][][]; bbox?: unknown }>(t: T) {
  const { bbox: _unread, ...rest } = t;
  return { ...rest, arcs: packArcs(t.arcs) };
}

function largestPolygon(geometry: Geometry): Polygon {
  if (geometry.type === 'Polygon') return geometry;
  if (geometry.type !== 'MultiPolygon') throw new Error(`unexpected ${geometry.type}`);
  const polygons = (geometry as MultiPolygon).coordinates.map((coordinates): Polygon => ({
    type: 'Polygon',
    coordinates,
  }));
  return polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

export function worldTopology(table: ReturnType<typeof countryTable>) {
  const t110 = readJson<Topology>('world-atlas/countries-110m.json');
  const t10 = readJson<Topology>('world-atlas/countries-10m.json');
  const countries110 = feature(t110, t110.objects.countries as GeometryCollection).features;
  const countries10 = feature(t10, t10.objects.countries as GeometryCollection).features;
  const ids110 = new Set(countries110.map((f) => f.id));

  const shapes: Feature[] = countries110
    .filter((f) => !DROPPED.has(String(f.id)))
    .map((f) => {
      const name = (f.properties as { name: string }).name;
      const key = f.id === undefined ? ID_LESS_KEYS[name] : undefined;
      if (f.id === undefined && !key) throw new Error(`unknown id-less shape ${name}`);
      return { type: 'Feature', id: f.id, properties: key ? { key } : {}, geometry: f.geometry };
    });

  const markers: Feature[] = table
    .filter((c) => (c.un || EXTRA_MARKERS.has(c.a3)) && !ids110.has(c.numeric))
    .map((c) => {
      const shape = countries10.find((f) => f.id === c.numeric);
      if (!shape) throw new Error(`${c.a3} (${c.numeric}) has no shape at 10m`);
      const [lon, lat] = geoCentroid(largestPolygon(shape.geometry));
      const round = (x: number) => Math.round(x * 100) / 100;
      return {
        type: 'Feature',
        id: c.numeric,
        properties: {},
        geometry: { type: 'Point', coordinates: [round(lon), round(lat)] },
      };
    });

  // topojson-server re-derives the shared arcs and quantises (see QUANTIZATION).
  return topology(
    {
      countries: { type: 'FeatureCollection', features: shapes } as FeatureCollection,
      markers: { type: 'FeatureCollection', features: markers } as FeatureCollection,
    },
    QUANTIZATION,
  );
}

/**
 * Other names people search for (UAE, UK, Ivory Coast, Turkey), from world-countries'
 * common and official names and alternative spellings. Loaded when the search box is first used.
 */
export function searchAliases(): Record<string, string[]> {
  return Object.fromEntries(
    worldCountries
      .map(
        (c) =>
          [
            c.cca3,
            [...new Set([c.name.common, c.name.official, ...c.altSpellings])].filter(
              (a) => a !== c.cca2,
            ),
          ] as const,
      )
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/**
 * The ISO table as the app reads it: nine characters a country (alpha-3, alpha-2, zero-padded
 * numeric, 1 for a UN member state), packed in one string because it is part of the first view.
 */
export function countriesModule(table = countryTable()): string {
  const packed = table.map((c) => `${c.a3}${c.a2}${c.numeric}${c.un ? 1 : 0}`).join('');
  if (packed.length !== table.length * 9) throw new Error('a code of unexpected length');
  const lines = packed.match(/.{1,90}/g)!.map((line) => `  '${line}' +`);
  lines[lines.length - 1] = lines.at(-1)!.slice(0, -2) + ';';
  return [
    '// Generated by scripts/generate-geo.ts from i18n-iso-countries and world-countries. Do not edit.',
    '// Nine characters a country: alpha-3, alpha-2, numeric (zero-padded as world-atlas writes it),',
    '// 1 for a UN member state.',
    'export const ISO_TABLE =',
    ...lines,
    '',
  ].join('\n');
}

function main() {
  const table = countryTable();
  const ts = countriesModule(table);
  writeFileSync(new URL('src/model/countries.generated.ts', root), ts);
  mkdirSync(new URL('src/geo/generated/', root), { recursive: true });
  writeFileSync(
    new URL('src/geo/generated/world.topo.json', root),
    JSON.stringify(worldTopology(table)),
  );
  writeFileSync(
    new URL('src/geo/generated/world.planar.json', root),
    JSON.stringify(packedTopology(planarTopology(table))),
  );
  writeFileSync(new URL('src/geo/generated/regions.ts', root), regionsModule());
  writeFileSync(new URL('src/geo/generated/aliases.json', root), JSON.stringify(searchAliases()));
  console.log(`${table.length} countries, ${table.filter((c) => c.un).length} UN members`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
