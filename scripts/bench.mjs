#!/usr/bin/env node
/**
 * `npm run bench`: builds the site and a floor page (the same topology drawn with d3-geo alone),
 * measures both side by side — alternating, never against a remembered number — prints the app's
 * figures beside the floor's with the ratio, and exits non-zero when a budget is missed.
 *
 * Two parts, each with its budgets (README, "Performance"):
 * - the reader's phone: Lighthouse's mobile profile, three runs of each page
 *   (scripts/bench/lighthouse.mjs);
 * - desktop, headless Chromium at 1280×800: first view, map paint, scrubbing and playing
 *   (scripts/bench/desktop.mjs).
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
import {
  desktopTable,
  kb,
  lighthouseReport,
  longest,
  median,
  milestonesTable,
  ms,
  percentile,
  ratio,
} from './bench/report.mjs';

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
  // The reader's phone (Lighthouse mobile, medians of 3 runs).
  phonePerformance: 0.98,
  phoneBlockingMs: 100,
  phoneSpeedIndexRatio: 1.1,
  /** Nothing moves once drawn (CONTRIBUTING: "No layout shift"). */
  phoneLayoutShift: 0.01,
  phoneAccessibility: 1,
  phoneBestPractices: 1,
  // Desktop.
  mapAloneRatio: 1.3,
  firstViewKb: 100,
  longTaskMs: 50,
  recolourP95Ms: 4,
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
// Every budget assumes both pages are served compressed, as any real host serves them.
for (const url of [APP, FLOOR]) {
  const response = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
  if (response.headers.get('content-encoding') !== 'gzip') {
    console.error(`${url} is not served gzipped: the figures would not be a reader's.`);
    process.exit(1);
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();

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
  console.log('Lighthouse, mobile, three runs of each page, alternating app and floor…');
  const { runLighthouse } = await import('./bench/lighthouse.mjs');
  lighthouse = await runLighthouse({ app: APP, floor: FLOOR, log: console.log });
}

const desktop = {
  runs: RUNS,
  ...{ appTransfer, floorTransfer, appPaint, alonePaint, floorPaint },
  ...{ appScrub, floorScrub, appHeap, floorHeap },
};
console.log(`\nChromium ${chromiumVersion}, headless, no throttling.\n`);
console.log(`${desktopTable(desktop)}\n`);
console.log(`${milestonesTable(milestones)}\n`);
if (lighthouse) console.log(lighthouseReport(lighthouse));

// ── budgets ─────────────────────────────────────────────────────────────────────────────────
/** A budget: met, missed, or skipped (not measured: never counted as met). */
const checks = [];
const check = (name, ok, value) => checks.push({ name, state: ok ? 'met' : 'missed', value });
const skip = (name, why) => checks.push({ name, state: 'skipped', value: why });

const score = (x) => x.toFixed(2);
const m = lighthouse?.app.medians ?? {};
/** [budget, figure, met?, format]: the app's medians, and its Speed Index over the floor's. */
const phone = [
  [
    `phone: performance ≥ ${BUDGET.phonePerformance}`,
    m.performance,
    (x) => x >= BUDGET.phonePerformance,
    score,
  ],
  [
    `phone: total blocking time ≤ ${BUDGET.phoneBlockingMs} ms`,
    m.tbt,
    (x) => x <= BUDGET.phoneBlockingMs,
    (x) => `${x.toFixed(0)} ms`,
  ],
  [
    `phone: Speed Index ≤ ${BUDGET.phoneSpeedIndexRatio} × floor`,
    lighthouse?.speedIndexRatio,
    (x) => x <= BUDGET.phoneSpeedIndexRatio,
    (x) => `${x.toFixed(2)}×`,
  ],
  [
    `phone: layout shift ≤ ${BUDGET.phoneLayoutShift}`,
    m.cls,
    (x) => x <= BUDGET.phoneLayoutShift,
    (x) => x.toFixed(3),
  ],
  [
    `phone: accessibility = ${BUDGET.phoneAccessibility}`,
    m.accessibility,
    (x) => x >= BUDGET.phoneAccessibility,
    score,
  ],
  [
    `phone: best practices = ${BUDGET.phoneBestPractices}`,
    m.bestPractices,
    (x) => x >= BUDGET.phoneBestPractices,
    score,
  ],
];
if (lighthouse) {
  // A figure no run gave (null) is a miss: a budget is met only by a figure.
  for (const [name, x, ok, format] of phone)
    if (x === null) check(name, false, 'no figure');
    else check(name, ok(x), format(x));
  const leftOut = lighthouse.failures.filter((f) => f.leftOut).length;
  const retried = lighthouse.failures.length - 2 * leftOut;
  check(
    'phone: every Lighthouse run gave its figures',
    leftOut === 0,
    `${leftOut} left out, ${retried} retried`,
  );
} else {
  for (const [name] of phone) skip(name, '--no-lighthouse');
  skip('phone: every Lighthouse run gave its figures', '--no-lighthouse');
}

const [mapAlone, floorPainted] = [median(alonePaint), median(floorPaint)];
const p95 = percentile(appScrub.times, 95);
check(
  `desktop: the app's map alone ≤ ${BUDGET.mapAloneRatio} × floor`,
  mapAlone <= BUDGET.mapAloneRatio * floorPainted,
  ratio(mapAlone, floorPainted),
);
check(
  `desktop: first view ≤ ${BUDGET.firstViewKb} KB gzip`,
  appTransfer.total / 1024 <= BUDGET.firstViewKb,
  `${kb(appTransfer.total)} KB`,
);
for (const [what, long] of [
  ['scrubbing', appScrub.long],
  ['playing', appScrub.play.long],
])
  check(
    `desktop: no long task > ${BUDGET.longTaskMs} ms while ${what}`,
    longest(long) <= BUDGET.longTaskMs,
    `${ms(longest(long))} ms`,
  );
check(
  `desktop: per-date update p95 ≤ ${BUDGET.recolourP95Ms} ms`,
  p95 <= BUDGET.recolourP95Ms,
  `${ms(p95)} ms`,
);

const MARK = { met: '✓', missed: '✗', skipped: '–' };
for (const c of checks) console.log(`${MARK[c.state]} ${c.name} (${c.value})`);

mkdirSync('.bench', { recursive: true });
writeFileSync(
  '.bench/results.json',
  JSON.stringify(
    { chromiumVersion, ...desktop, milestones, lighthouse, budget: BUDGET, checks },
    null,
    2,
  ),
);
const missed = checks.filter((c) => c.state === 'missed').length;
const skipped = checks.filter((c) => c.state === 'skipped').length;
console.log(
  missed
    ? `\n${missed} budget(s) missed.`
    : skipped
      ? `\nEvery budget measured was met; ${skipped} skipped, so neither met nor missed.`
      : '\nAll budgets met.',
);
process.exit(missed ? 1 : 0);
