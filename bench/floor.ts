/**
 * The floor the benchmark compares the app with: the same topology, fetched the same way and
 * drawn with d3-geo alone (no app, no framework), coloured, and a recolour function. Whatever the
 * app spends beyond this is the app's own cost.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldUrl from '../src/geo/generated/world.topo.json?url';

const COLOURS = ['#081d58', '#225ea8', '#41b6c4', '#c7e9b4', '#ffffff', '#fbe0d8'];

const svg = document.getElementById('map') as unknown as SVGSVGElement;
const width = document.documentElement.clientWidth;
const height = Math.round(width * 0.45);
svg.setAttribute('viewBox', `0 0 ${width} ${height}`);

const topology = (await (await fetch(worldUrl)).json()) as Topology;
const shapes = feature(topology, topology.objects.countries as GeometryCollection).features;
// The app's milestone names (src/first-view-marks.ts), so the bench can set the pages side by side.
performance.mark('rm-data-ready');
const projection = geoEqualEarth().fitSize([width, height], { type: 'Sphere' });
const path = geoPath(projection).digits(1);
const elements: SVGPathElement[] = [];
for (const [i, f] of shapes.entries()) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  el.setAttribute('d', path(f) ?? '');
  el.setAttribute('fill', COLOURS[i % COLOURS.length]!);
  el.setAttribute('stroke', '#8a96a3');
  el.setAttribute('stroke-width', '0.5');
  svg.append(el);
  elements.push(el);
}
performance.mark('rm-map-drawn');
requestAnimationFrame(() => setTimeout(() => performance.mark('rm-map-painted')));

/** Recolour every country (the floor's "date change"). */
(window as unknown as { recolour(step: number): void }).recolour = (step: number) => {
  for (const [i, el] of elements.entries())
    el.setAttribute('fill', COLOURS[(i + step) % COLOURS.length]!);
};
