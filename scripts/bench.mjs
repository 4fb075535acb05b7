#!/usr/bin/env node
/**
 * `npm run bench`: builds the site and a floor page (the same topology drawn with d3-geo alone),
 * measures both side by side in headless Chromium — alternating, never against a remembered
 * number — prints the app's figures beside the floor's with the ratio, and exits non-zero when a
 * budget is missed.
 *
 *   node scripts/bench.mjs [--runs 7] [--no-lighthouse] [--port 4391] [--floor-port 4392]
 *
 * The ports are options because two checkouts may run the bench at once on one machine: each
 * then serves its own build on its own ports.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { load, scrubApp, scrubFloor, transfer } from './bench/desktop.mjs';
import { kb, longest, markdownTable, median, ms, percentile, ratio } from './bench/report.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    lighthouse: { type: 'boolean', default: true },
    'no-lighthouse': { type: 'boolean', default: false },
    port: { type: 'string', default: '4391' },
    'floor-port': { type: 'string' },
  },
});
const RUNS = Math.max(7, Number(values.runs));
const LIGHTHOUSE = values.lighthouse && !values['no-lighthouse'];
const APP_PORT = Number(values.port);
const FLOOR_PORT = Number(values['floor-port'] ?? APP_PORT + 1);
const PREFIX = '/recognition-map/';
const APP = `http://127.0.0.1:${APP_PORT}${PREFIX}`;
const FLOOR = `http://127.0.0.1:${FLOOR_PORT}/`;
/** A diagnostic, not a budget: the app's data, checks and projection without the page around the map. */
const MAP_ALONE = `${FLOOR}map-alone.html`;

const BUDGET = {
  firstViewKb: 100,
  paintRatio: 1.3,
  recolourP95Ms: 4,
  longTaskMs: 50,
  lighthousePerformance: 0.95,
  lighthouseAccessibility: 1,
  lighthouseBestPractices: 1,
};

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

console.log('Building the site and the floor page…');
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--config', 'bench/vite.floor.config.ts']);

const servers = [];
process.on('exit', () => servers.forEach((s) => s.kill()));
/**
 * Starts a static server and resolves once it listens. If its port is taken it exits, and the
 * bench stops: measuring whatever else answers on that port would report another build's figures.
 */
function serve(args) {
  const server = spawn('node', ['scripts/serve-static.mjs', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  servers.push(server);
  return new Promise((resolve, reject) => {
    server.stdout.once('data', () => resolve(server));
    server.once('exit', (code) =>
      reject(new Error(`serve-static ${args.join(' ')} exited (${code}) before listening`)),
    );
  });
}
await Promise.all([
  serve(['--root', 'dist', '--port', String(APP_PORT), '--prefix', PREFIX]),
  serve(['--root', '.bench/floor', '--port', String(FLOOR_PORT)]),
]);

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

console.log(`Loading each page ${RUNS} times, alternating app, its map alone and floor…`);
const appPaint = [];
const alonePaint = [];
const floorPaint = [];
/** Per load: [app, map alone, floor], each milestone name → ms after navigation. */
const milestones = [];
let appFiles = [];
let floorFiles = [];
let appHeap = 0;
let floorHeap = 0;
for (let i = 0; i < RUNS; i++) {
  const a = await load(browser, APP, { heap: i === 0 });
  const m = await load(browser, MAP_ALONE);
  const f = await load(browser, FLOOR, { heap: i === 0 });
  appPaint.push(a.painted);
  alonePaint.push(m.painted);
  floorPaint.push(f.painted);
  milestones.push([a.milestones, m.milestones, f.milestones]);
  if (i === 0) {
    [appFiles, floorFiles, appHeap, floorHeap] = [a.files, f.files, a.heapBytes, f.heapBytes];
  }
}
const appTransfer = transfer(appFiles, 'dist', PREFIX);
const floorTransfer = transfer(floorFiles, '.bench/floor', '/');

console.log('Scrubbing and playing…');
const appScrub = await scrubApp(browser, APP);
const floorScrub = await scrubFloor(browser, FLOOR);
await browser.close();

let lighthouse;
if (LIGHTHOUSE) {
  console.log('Lighthouse, mobile, three runs…');
  const { default: lh } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    try {
      const result = await lh(APP, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const c = result.lhr.categories;
      runs.push({
        performance: c.performance.score,
        accessibility: c.accessibility.score,
        bestPractices: c['best-practices'].score,
        tbt: result.lhr.audits['total-blocking-time'].numericValue,
        lcp: result.lhr.audits['largest-contentful-paint'].numericValue,
      });
    } finally {
      await chrome.kill();
    }
  }
  lighthouse = {
    runs,
    performance: median(runs.map((r) => r.performance)),
    accessibility: Math.min(...runs.map((r) => r.accessibility)),
    bestPractices: Math.min(...runs.map((r) => r.bestPractices)),
  };
}

const rows = [];
const row = (what, app, floor, r = '') => rows.push([what, app, floor, r]);
for (const k of ['html', 'js', 'css', 'data', 'topology', 'other', 'total'])
  row(
    `first view, ${k} (KB gzip)`,
    kb(appTransfer[k]),
    kb(floorTransfer[k]),
    k === 'total' ? ratio(appTransfer.total, floorTransfer.total) : '',
  );
const [ap, fp] = [median(appPaint), median(floorPaint)];
row(`map painted, median of ${RUNS} (ms)`, ms(ap), ms(fp), ratio(ap, fp));
const mp = median(alonePaint);
row("…the app's map alone: data, checks, projection, no page (ms)", ms(mp), ms(fp), ratio(mp, fp));
const [am, fm] = [median(appScrub.times), median(floorScrub.times)];
const [a95, f95] = [percentile(appScrub.times, 95), percentile(floorScrub.times, 95)];
row('per-date update, median (ms)', ms(am), ms(fm), ratio(am, fm));
row('per-date update, p95 (ms)', ms(a95), ms(f95), ratio(a95, f95));
row(
  'long tasks while scrubbing (count, longest ms)',
  `${appScrub.long.length}, ${ms(longest(appScrub.long))}`,
  '—',
);
row(
  'frames per second while playing',
  appScrub.play.fps.toFixed(0),
  floorScrub.fps.toFixed(0),
  ratio(appScrub.play.fps, floorScrub.fps),
);
row(
  'long tasks while playing (count, longest ms)',
  `${appScrub.play.long.length}, ${ms(longest(appScrub.play.long))}`,
  `${floorScrub.long.length}, ${ms(longest(floorScrub.long))}`,
);
row(
  'JS heap after load (MB)',
  (appHeap / 1048576).toFixed(1),
  (floorHeap / 1048576).toFixed(1),
  ratio(appHeap, floorHeap),
);
if (lighthouse) {
  row(
    'Lighthouse mobile performance (median of 3)',
    lighthouse.performance.toFixed(2),
    '—',
    lighthouse.runs.map((r) => r.performance).join(' / '),
  );
  row('Lighthouse accessibility', lighthouse.accessibility.toFixed(2), '—');
  row('Lighthouse best practices', lighthouse.bestPractices.toFixed(2), '—');
  row(
    'Lighthouse total blocking time, median (ms)',
    ms(median(lighthouse.runs.map((r) => r.tbt))),
    '—',
  );
}

console.log(`\n${markdownTable(['measure', 'app', 'floor', 'app ÷ floor'], rows)}\n`);

// Where the time to the first map goes: each page's milestones (src/first-view-marks.ts) in the
// same loads as above. Not budgets: they show which step a change made faster or slower.
const MILESTONES = [
  ['files-downloaded', "the page's files downloaded (before the map painted)"],
  ['first-contentful-paint', 'first paint of anything'],
  ['rm-app-started', "the app's code has run"],
  ['rm-data-ready', 'data and shapes parsed and checked'],
  ['rm-page-drawn', 'the page around the map rendered'],
  ['rm-map-projected', 'shapes projected'],
  ['rm-map-drawn', 'map in the DOM'],
  ['rm-map-painted', 'map painted'],
];
const at = (page, name) => {
  const times = milestones.map((m) => m[page][name]).filter((t) => t !== undefined);
  return times.length === milestones.length ? ms(median(times)) : '—';
};
console.log(
  `${markdownTable(
    ['milestone, median ms after navigation', 'app', 'map alone', 'floor'],
    MILESTONES.map(([name, what]) => [what, at(0, name), at(1, name), at(2, name)]),
  )}\n`,
);

const checks = [
  [
    `first view ≤ ${BUDGET.firstViewKb} KB gzip`,
    appTransfer.total / 1024 <= BUDGET.firstViewKb,
    `${kb(appTransfer.total)} KB`,
  ],
  [`map painted ≤ ${BUDGET.paintRatio} × floor`, ap <= BUDGET.paintRatio * fp, ratio(ap, fp)],
  [`recolour p95 ≤ ${BUDGET.recolourP95Ms} ms`, a95 <= BUDGET.recolourP95Ms, `${ms(a95)} ms`],
  [
    `no long task > ${BUDGET.longTaskMs} ms while scrubbing`,
    longest(appScrub.long) <= BUDGET.longTaskMs,
    `${ms(longest(appScrub.long))} ms`,
  ],
  [
    `no long task > ${BUDGET.longTaskMs} ms while playing`,
    longest(appScrub.play.long) <= BUDGET.longTaskMs,
    `${ms(longest(appScrub.play.long))} ms`,
  ],
];
if (lighthouse)
  checks.push(
    [
      `Lighthouse performance ≥ ${BUDGET.lighthousePerformance}`,
      lighthouse.performance >= BUDGET.lighthousePerformance,
      lighthouse.performance.toFixed(2),
    ],
    [
      `Lighthouse accessibility = 1`,
      lighthouse.accessibility >= BUDGET.lighthouseAccessibility,
      lighthouse.accessibility.toFixed(2),
    ],
    [
      `Lighthouse best practices = 1`,
      lighthouse.bestPractices >= BUDGET.lighthouseBestPractices,
      lighthouse.bestPractices.toFixed(2),
    ],
  );
for (const [name, ok, value] of checks) console.log(`${ok ? '✓' : '✗'} ${name} (${value})`);
mkdirSync('.bench', { recursive: true });
writeFileSync(
  '.bench/results.json',
  JSON.stringify(
    {
      appTransfer,
      floorTransfer,
      appPaint,
      alonePaint,
      floorPaint,
      milestones,
      appScrub,
      floorScrub,
      appHeap,
      floorHeap,
      lighthouse,
    },
    null,
    2,
  ),
);
const failed = checks.filter(([, ok]) => !ok);
console.log(failed.length ? `\n${failed.length} budget(s) missed.` : '\nAll budgets met.');
process.exit(failed.length ? 1 : 0);
