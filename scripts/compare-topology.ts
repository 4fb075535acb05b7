/**
 * Topology by measurement: world-atlas 110m with microstate markers (what the map ships) against
 * finer 50m shapes simplified and quantised at build time with topojson-simplify and
 * topojson-server. Prints size, how many UN member states need a marker, and the time to
 * project every shape (Node, median of 15; relative, not a browser figure).
 *
 *   npx tsx scripts/compare-topology.ts
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { countryTable } from './generate-geo.ts';

const require = createRequire(import.meta.url);
const read = (p: string) => JSON.parse(readFileSync(require.resolve(p), 'utf8')) as Topology;
const un = countryTable().filter((c) => c.un);

function measure(name: string, t: Topology) {
  const text = JSON.stringify(t);
  const shapes = feature(t, t.objects.countries as GeometryCollection).features.filter(
    (f) => f.id !== '010',
  );
  const ids = new Set(shapes.map((f) => String(f.id)));
  const markers = un.filter((c) => !ids.has(c.numeric)).length;
  const path = geoPath(geoEqualEarth().fitSize([1280, 580], { type: 'Sphere' })).digits(1);
  const times: number[] = [];
  let chars = 0;
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    chars = shapes.reduce((n, f) => n + (path(f) ?? '').length, 0);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    raw: (text.length / 1024).toFixed(1),
    gzip: (gzipSync(text, { level: 6 }).length / 1024).toFixed(1),
    shapes: shapes.length,
    markers,
    projectMs: times[7]!.toFixed(1),
    pathKb: (chars / 1024).toFixed(0),
  };
}

/** Re-encode countries with topojson-server at a quantisation, after an optional simplification. */
function variant(source: Topology, keep: number | undefined, quantization: number): Topology {
  let t = source;
  if (keep !== undefined) {
    // topojson-simplify's types want properties of type {} where world-atlas has GeoJSON's.
    const pre = presimplify(source as Topology<Objects<object>>);
    t = simplify(pre, quantile(pre, keep)) as Topology;
  }
  const countries = feature(t, t.objects.countries as GeometryCollection) as FeatureCollection;
  return topology({ countries }, quantization);
}

const t110 = read('world-atlas/countries-110m.json');
const t50 = read('world-atlas/countries-50m.json');
const shipped = JSON.parse(
  readFileSync(new URL('../src/geo/generated/world.topo.json', import.meta.url), 'utf8'),
) as Topology;

const rows = [
  measure('shipped: 110m, 1e4 grid, + markers', shipped),
  measure('world-atlas 110m as published (1e5)', t110),
  measure('50m, 1e4 grid', variant(t50, undefined, 1e4)),
  measure('50m simplified (keep 10 %), 1e4', variant(t50, 0.1, 1e4)),
  measure('50m simplified (keep 4 %), 1e4', variant(t50, 0.04, 1e4)),
];
const header = [
  'topology',
  'raw KB',
  'gzip KB',
  'shapes',
  'UN markers needed',
  'project ms',
  'path KB',
];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const r of rows)
  console.log(
    `| ${[r.name, r.raw, r.gzip, r.shapes, r.markers, r.projectMs, r.pathKb].join(' | ')} |`,
  );
