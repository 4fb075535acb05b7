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
import { readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

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

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

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
const VIEWPORT = { width: 1280, height: 800 };

/**
 * One fresh load: time to the map painted, the files fetched, the heap afterwards. Nothing is
 * evaluated in the page while it loads (Playwright's polling would run script there every frame,
 * slowing whichever page is still busy): a mark observer, installed before the page's own
 * scripts, reports the time through a binding.
 */
async function load(url, { heap = false } = {}) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    serviceWorkers: 'block',
    locale: 'en-GB',
  });
  const page = await context.newPage();
  const files = [];
  page.on('requestfinished', (r) => files.push(r.url()));
  let reportPaint;
  const paintReported = new Promise((resolve) => (reportPaint = resolve));
  await page.exposeBinding('__benchPainted', (_source, time) => reportPaint(time));
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      const mark = list.getEntriesByName('rm-map-painted')[0];
      if (mark) window.__benchPainted(mark.startTime);
    }).observe({ type: 'mark', buffered: true });
  });
  await page.goto(url, { waitUntil: 'commit' });
  let timer;
  const painted = await Promise.race([
    paintReported,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${url}: no map painted within 30 s`)), 30_000);
    }),
  ]).finally(() => clearTimeout(timer));
  // Read only now, after the paint: the milestones on the way to it (src/first-view-marks.ts).
  const milestones = await page.evaluate(async (paintedAt) => {
    const times = Object.fromEntries(
      performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
    );
    // The first paint's entry is queued once the frame is presented, which can be after the
    // pages' own paint mark (the floor's first paint is its map): wait for it, up to a second.
    const fcp = await new Promise((resolve) => {
      new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) resolve(entry);
      }).observe({ type: 'paint', buffered: true });
      setTimeout(resolve, 1000);
    });
    if (fcp) times['first-contentful-paint'] = fcp.startTime;
    // The code, styles and data the map waits for (not the favicon, which loads when it may).
    const ends = performance
      .getEntriesByType('resource')
      .filter((r) => /\.(js|css|json)$/.test(new URL(r.name).pathname))
      .map((r) => r.responseEnd)
      .filter((t) => t <= paintedAt);
    times['files-downloaded'] = Math.max(
      performance.getEntriesByType('navigation')[0].responseEnd,
      ...ends,
    );
    return times;
  }, painted);
  let heapBytes;
  if (heap) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    heapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  }
  await context.close();
  return { painted, files, heapBytes, milestones };
}

/** Gzip size of every file a first view fetched, by kind (as a static host would serve them). */
function transfer(files, root, prefix) {
  const kinds = { html: 0, js: 0, css: 0, data: 0, topology: 0, other: 0 };
  const seen = new Set();
  for (const url of files) {
    const path = new URL(url).pathname;
    if (seen.has(path)) continue;
    seen.add(path);
    let file = `${root}/${decodeURIComponent(path.slice(prefix.length)) || 'index.html'}`;
    if (file.endsWith('/')) file += 'index.html';
    if (!existsSync(file)) continue;
    const size = gzipSync(readFileSync(file), { level: 6 }).length;
    const kind = file.endsWith('.html')
      ? 'html'
      : file.endsWith('.js')
        ? 'js'
        : file.endsWith('.css')
          ? 'css'
          : /world\.topo/.test(file)
            ? 'topology'
            : /\/data\//.test(file)
              ? 'data'
              : 'other';
    kinds[kind] += size;
  }
  return { ...kinds, total: Object.values(kinds).reduce((a, b) => a + b, 0) };
}

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
  const a = await load(APP, { heap: i === 0 });
  const m = await load(MAP_ALONE);
  const f = await load(FLOOR, { heap: i === 0 });
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

/** Scrub across 250 dates: per-date update time (input event → every component updated). */
async function scrubApp() {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(APP);
  // Scrubbing starts once the whole page has loaded (slider, legend, list), as a reader's would.
  await page.waitForFunction(() =>
    document
      .querySelector('rm-app')
      ?.shadowRoot?.querySelector('rm-time-slider')
      ?.shadowRoot?.querySelector('.thumb'),
  );
  await page.waitForLoadState('networkidle');
  const result = await page.evaluate(async () => {
    const app = document.querySelector('rm-app');
    const root = app.shadowRoot;
    const slider = root.querySelector('rm-time-slider');
    const components = () => [
      app,
      ...root.querySelectorAll('rm-map, rm-time-slider, rm-legend, rm-changes'),
    ];
    // 250 dates spread over both eras.
    const dates = [];
    const day = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
    const iso = (t) => new Date(t).toISOString().slice(0, 10);
    for (const [a, b] of [
      ['1996-09-27', '2001-12-07'],
      ['2021-08-15', '2026-11-01'],
    ])
      for (let i = 0; i < 125; i++) dates.push(iso(day(a) + ((day(b) - day(a)) * i) / 124));
    const send = (date) =>
      slider.dispatchEvent(
        new CustomEvent('date-input', { detail: { date }, bubbles: true, composed: true }),
      );
    const times = [];
    for (const date of dates) {
      const t0 = performance.now();
      send(date);
      await app.updateComplete;
      await Promise.all(components().map((c) => c.updateComplete));
      times.push(performance.now() - t0);
    }
    // Paced like a drag (one date a frame), watching for long tasks. (The loop above ran in one
    // task of its own; let it end before watching.)
    await new Promise((r) => setTimeout(r, 50));
    const long = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => long.push(e.duration)),
    );
    observer.observe({ type: 'longtask' });
    for (const date of dates) {
      send(date);
      await new Promise((r) => requestAnimationFrame(r));
    }
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    return { times, long };
  });
  // Play: frames per second and long tasks over five seconds.
  const play = await page.evaluate(async () => {
    const root = document.querySelector('rm-app').shadowRoot;
    const slider = root.querySelector('rm-time-slider');
    slider.dispatchEvent(
      new CustomEvent('date-change', {
        detail: { date: '1996-09-27' },
        bubbles: true,
        composed: true,
      }),
    );
    await new Promise((r) => setTimeout(r, 200));
    const long = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => long.push(e.duration)),
    );
    observer.observe({ type: 'longtask' });
    slider.shadowRoot.querySelector('.play').click();
    let frames = 0;
    const start = performance.now();
    await new Promise((resolve) => {
      const tick = () => {
        frames++;
        if (performance.now() - start < 5000) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    observer.disconnect();
    return { fps: frames / ((performance.now() - start) / 1000), long };
  });
  await context.close();
  return { ...result, play };
}

async function scrubFloor() {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(FLOOR);
  await page.waitForFunction(() => performance.getEntriesByName('rm-map-painted').length > 0);
  const result = await page.evaluate(async () => {
    const times = [];
    for (let i = 0; i < 250; i++) {
      const t0 = performance.now();
      window.recolour(i);
      times.push(performance.now() - t0);
    }
    const long = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => long.push(e.duration)),
    );
    observer.observe({ type: 'longtask' });
    let frames = 0;
    const start = performance.now();
    await new Promise((resolve) => {
      const tick = () => {
        window.recolour(frames++);
        if (performance.now() - start < 5000) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    observer.disconnect();
    return { times, long, fps: frames / ((performance.now() - start) / 1000) };
  });
  await context.close();
  return result;
}

console.log('Scrubbing and playing…');
const appScrub = await scrubApp();
const floorScrub = await scrubFloor();
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

// ── report ──────────────────────────────────────────────────────────────────────────────────
const kb = (b) => (b / 1024).toFixed(1);
const ms = (x) => x.toFixed(x < 10 ? 2 : 0);
const ratio = (a, f) => (f > 0 ? `${(a / f).toFixed(2)}×` : '—');
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
const longest = (xs) => (xs.length ? Math.max(...xs) : 0);
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

/** A Markdown table, columns padded (it is printed, and pasted into README). */
function markdownTable(head, body) {
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
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
