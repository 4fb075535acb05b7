/**
 * A diagnostic beside the floor: the app's own first-map pipeline — the dataset fetched and
 * validated, statuses worked out for today, the shapes projected as the app projects them — drawn
 * with plain DOM calls, without the page around the map (no lit, no header, no controls, no
 * text). `npm run bench` prints its paint time between the floor's and the app's, so the gap
 * can be split: what our data and geometry cost, and what the page around the map costs.
 */
import { DATASET_PATH, NO_COPIES, loadDataset, loadWorld } from '../src/load/sources.ts';
import { statusAt, statusOf } from '../src/model/index.ts';
import { fitRegion, projectShapes, regionAspect } from '../src/geo/projection.ts';
import { localToday } from '../src/today.ts';
import { markFirstView } from '../src/first-view-marks.ts';
import '../src/styles/tokens.css';

const SVG = 'http://www.w3.org/2000/svg';

const [{ value: dataset }, { value: world }] = await Promise.all([
  loadDataset(DATASET_PATH, { store: NO_COPIES }),
  loadWorld({ store: NO_COPIES }),
]);
markFirstView('rm-data-ready');
const today = localToday();
const snapshot = statusAt(dataset, today, today);
const width = document.documentElement.clientWidth;
const height = Math.round(width * regionAspect('world'));
const svg = document.getElementById('map') as unknown as SVGSVGElement;
svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
const projected = projectShapes(world, fitRegion({ width, height }, 'world'));
markFirstView('rm-map-projected');
for (const p of projected) {
  const iso3 = p.shape.iso3;
  const status = !iso3
    ? 'no-data'
    : iso3 === 'AFG'
      ? 'afghanistan'
      : snapshot.kind === 'era'
        ? statusOf(snapshot, iso3).status
        : 'none';
  const el = document.createElementNS(SVG, p.point ? 'circle' : 'path');
  if (p.point) {
    el.setAttribute('cx', String(p.point[0]));
    el.setAttribute('cy', String(p.point[1]));
    el.setAttribute('r', '4');
  } else el.setAttribute('d', p.d);
  // The app's own status colours (tokens.css).
  el.setAttribute('style', `fill: var(--rm-status-${status}); stroke: var(--rm-country-stroke)`);
  el.setAttribute('stroke-width', '0.5');
  svg.append(el);
}
markFirstView('rm-map-drawn');
requestAnimationFrame(() => setTimeout(() => markFirstView('rm-map-painted')));
