/**
 * The bench's phone part: Lighthouse's mobile profile as it ships (a phone's screen, its default
 * simulated throttling: slow 4G and a CPU four times slower than this machine's), on the app and
 * on the floor, both served gzipped by scripts/serve-static.mjs as a real host serves them.
 *
 * The two pages are loaded alternately (app, floor, app, floor…) so that whatever else the
 * machine is doing weighs on both alike: the app's Speed Index is compared with the floor's of the
 * same minutes, never with a remembered number.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { median } from './report.mjs';

/** A figure a run must give, or it failed: the app's budgets need all; the floor's, its paints. */
const NEEDED = {
  app: ['performance', 'accessibility', 'bestPractices', 'fcp', 'lcp', 'tbt', 'speedIndex', 'cls'],
  floor: ['fcp', 'speedIndex'],
};

/** Audit id for each timing figure. */
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  speedIndex: 'speed-index',
  cls: 'cumulative-layout-shift',
};

/** The figures of one report; null where Lighthouse could not compute one, with its reason. */
function figures(lhr) {
  const c = lhr.categories;
  const f = {
    performance: c.performance?.score ?? null,
    accessibility: c.accessibility?.score ?? null,
    bestPractices: c['best-practices']?.score ?? null,
  };
  const why = {};
  for (const key of Object.keys(f))
    // A category has no score when one of its audits failed (the floor's largest paint, say).
    if (f[key] === null) why[key] = 'Lighthouse scores none when an audit of it fails';
  for (const [key, id] of Object.entries(METRICS)) {
    const audit = lhr.audits[id];
    f[key] = audit?.numericValue ?? null;
    if (f[key] === null) why[key] = `Lighthouse: ${audit?.errorMessage ?? 'no value'}`;
  }
  // Lighthouse's own list (up to 20, longest first), in simulated phone milliseconds.
  const longTasks = (lhr.audits['long-tasks']?.details?.items ?? []).map((t) => ({
    url: t.url,
    startTime: t.startTime,
    duration: t.duration,
  }));
  return { ...f, why, longTasks, warnings: lhr.runWarnings ?? [] };
}

/**
 * One Lighthouse run in a Chromium of its own, started for it and ended after it: no cache,
 * storage or compiled code left by the run before. Throws when the run gives no usable figures.
 */
async function once(url, needed) {
  // Lighthouse's trace engine prints the stack of each metric it cannot compute. The floor has no
  // largest contentful paint (its map is SVG paths, which are no candidate): that one is expected
  // and shown in the table as "—", so it is kept out of the output; anything else goes through.
  const consoleError = console.error;
  console.error = (...args) => {
    if (args[0]?.message !== 'NO_LCP') consoleError(...args);
  };
  let chrome;
  try {
    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const run = figures(lhr);
    const missing = needed.filter((k) => run[k] === null);
    if (missing.length)
      throw new Error(`no ${missing.map((k) => `${k} (${run.why[k]})`).join(', ')}`);
    const s = lhr.configSettings;
    // Lighthouse's measure of this machine's speed during the run: simulated throttling scales
    // the tasks it observed, so a busy machine (another bench, a test run) shows here first.
    run.benchmarkIndex = lhr.environment?.benchmarkIndex ?? null;
    run.settings = {
      lighthouse: lhr.lighthouseVersion,
      formFactor: s.formFactor,
      throttlingMethod: s.throttlingMethod,
      throttling: s.throttling,
    };
    return run;
  } finally {
    console.error = consoleError;
    await chrome?.kill();
  }
}

/**
 * Three runs of each page, alternating. A run that fails is retried once, at once (so the
 * alternation holds); if the retry fails too the run is left out and reported, and the caller
 * counts it as a missed budget. Every failure, retried or not, is kept in `failures`.
 */
export async function runLighthouse({ app, floor, runs = 3, log = () => {} }) {
  const pages = { app: { url: app, runs: [] }, floor: { url: floor, runs: [] } };
  const failures = [];
  for (let i = 1; i <= runs; i++) {
    for (const [name, page] of Object.entries(pages)) {
      for (let attempt = 1; attempt <= 2; attempt++) {
        try {
          const run = await once(page.url, NEEDED[name]);
          page.runs.push({ run: i, ...run });
          log(`  ${name} ${i}: ${summary(run)}`);
          break;
        } catch (error) {
          const leftOut = attempt === 2;
          const message = error instanceof Error ? error.message : String(error);
          failures.push({ page: name, run: i, attempt, leftOut, error: message });
          log(`  ${name} ${i}: failed${leftOut ? ' twice, left out' : ', retrying'}: ${message}`);
        }
      }
    }
  }
  return { ...summarise(pages), failures, runsWanted: runs };
}

const summary = (r) =>
  [
    `performance ${r.performance ?? '—'}`,
    `blocking ${r.tbt === null ? '—' : `${Math.round(r.tbt)} ms`}`,
    `Speed Index ${Math.round(r.speedIndex)} ms`,
    `machine benchmark ${r.benchmarkIndex ?? '—'}`,
  ].join(', ');

/** Medians over the runs that gave the figure, and the app's run to read long tasks from. */
function summarise(pages) {
  const out = {};
  for (const [name, { url, runs }] of Object.entries(pages)) {
    const medians = {};
    for (const key of ['performance', 'accessibility', 'bestPractices', ...Object.keys(METRICS)]) {
      const xs = runs.map((r) => r[key]).filter((x) => x !== null);
      medians[key] = xs.length ? median(xs) : null;
    }
    out[name] = { url, runs, medians };
  }
  // The run whose blocking time is the median (with three runs, one of them): its long tasks are
  // what a blocking-time figure is made of.
  const tbt = out.app.medians.tbt;
  out.app.medianRun =
    tbt === null
      ? null
      : out.app.runs.reduce((a, b) => (Math.abs(b.tbt - tbt) < Math.abs(a.tbt - tbt) ? b : a)).run;
  const [a, f] = [out.app.medians.speedIndex, out.floor.medians.speedIndex];
  out.speedIndexRatio = a !== null && f ? a / f : null;
  out.settings = [...out.app.runs, ...out.floor.runs][0]?.settings ?? null;
  return out;
}
