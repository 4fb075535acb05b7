/**
 * The bench's arithmetic and printing: medians, percentiles, number formats and Markdown tables
 * (printed, and pasted into README as they are).
 */

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

export const kb = (b) => (b / 1024).toFixed(1);
export const ms = (x) => x.toFixed(x < 10 ? 2 : 0);
export const ratio = (a, f) => (f > 0 ? `${(a / f).toFixed(2)}×` : '—');
export const longest = (xs) => (xs.length ? Math.max(...xs) : 0);

/** A Markdown table, columns padded. */
export function markdownTable(head, body) {
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}

/** The desktop figures, app beside floor. Only some are budgets: see the checks. */
export function desktopTable(d) {
  const rows = [];
  const row = (what, app, floor, r = '') => rows.push([what, app, floor, r]);
  for (const k of ['html', 'js', 'css', 'data', 'topology', 'other', 'total'])
    row(
      `first view, ${k} (KB gzip)`,
      kb(d.appTransfer[k]),
      kb(d.floorTransfer[k]),
      k === 'total' ? ratio(d.appTransfer.total, d.floorTransfer.total) : '',
    );
  const [ap, mp, fp] = [median(d.appPaint), median(d.alonePaint), median(d.floorPaint)];
  row(`map painted, whole page, median of ${d.runs} (ms)`, ms(ap), ms(fp), ratio(ap, fp));
  row("the app's map alone: data, checks, projection, no page (ms)", ms(mp), ms(fp), ratio(mp, fp));
  const [app, floor] = [d.appScrub, d.floorScrub];
  const [am, fm] = [median(app.times), median(floor.times)];
  const [a95, f95] = [percentile(app.times, 95), percentile(floor.times, 95)];
  row('per-date update, median (ms)', ms(am), ms(fm), ratio(am, fm));
  row('per-date update, p95 (ms)', ms(a95), ms(f95), ratio(a95, f95));
  const tasks = (xs) => `${xs.length}, ${ms(longest(xs))}`;
  row('long tasks while scrubbing (count, longest ms)', tasks(app.long), '—');
  row(
    'frames per second while playing',
    app.play.fps.toFixed(0),
    floor.fps.toFixed(0),
    ratio(app.play.fps, floor.fps),
  );
  row('long tasks while playing (count, longest ms)', tasks(app.play.long), tasks(floor.long));
  row(
    'JS heap after load (MB)',
    (d.appHeap / 1048576).toFixed(1),
    (d.floorHeap / 1048576).toFixed(1),
    ratio(d.appHeap, d.floorHeap),
  );
  return markdownTable(['desktop, 1280×800', 'app', 'floor', 'app ÷ floor'], rows);
}

// Where the time to the first map goes: each page's milestones (src/first-view-marks.ts) in the
// same loads. Not budgets: they show which step a change made faster or slower.
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

/** `milestones`: per load, [app, map alone, floor], each milestone name → ms after navigation. */
export function milestonesTable(milestones) {
  const at = (page, name) => {
    const times = milestones.map((m) => m[page][name]).filter((t) => t !== undefined);
    return times.length === milestones.length ? ms(median(times)) : '—';
  };
  return markdownTable(
    ['milestone, median ms after navigation', 'app', 'map alone', 'floor'],
    MILESTONES.map(([name, what]) => [what, at(0, name), at(1, name), at(2, name)]),
  );
}

const whole = (x) => x.toFixed(0);
const LIGHTHOUSE_ROWS = [
  ['performance', 'performance score', (x) => x.toFixed(2)],
  ['fcp', 'first contentful paint (ms)', whole],
  ['lcp', 'largest contentful paint (ms)', whole],
  ['tbt', 'total blocking time (ms)', whole],
  ['speedIndex', 'Speed Index (ms)', whole],
  ['cls', 'cumulative layout shift', (x) => x.toFixed(3)],
  ['accessibility', 'accessibility score', (x) => x.toFixed(2)],
  ['bestPractices', 'best practices score', (x) => x.toFixed(2)],
];

/**
 * Each figure as its median, then each run's value in the order they ran ("failed" for a run left
 * out); "—" for a figure Lighthouse gave in no run.
 */
function lighthouseTable(lh) {
  const numbers = Array.from({ length: lh.runsWanted }, (_, i) => i + 1);
  const cell = (page, key, format) => {
    const { runs, medians } = lh[page];
    if (medians[key] === null) return '—';
    const values = numbers.map((n) => {
      const r = runs.find((run) => run.run === n);
      return !r ? 'failed' : r[key] === null ? '—' : format(r[key]);
    });
    return `${format(medians[key])} (${values.join(' / ')})`;
  };
  const rows = LIGHTHOUSE_ROWS.map(([key, what, format]) => [
    what,
    cell('app', key, format),
    // The floor is there for its paints; it has no accessibility or best-practices budget.
    ['accessibility', 'bestPractices'].includes(key) ? '' : cell('floor', key, format),
    key === 'speedIndex' && lh.speedIndexRatio !== null ? `${lh.speedIndexRatio.toFixed(2)}×` : '',
  ]);
  return markdownTable(
    [`Lighthouse mobile: median (run ${numbers.join(' / ')})`, 'app', 'floor', 'app ÷ floor'],
    rows,
  );
}

/** Why a figure is "—": what Lighthouse said, per page and reason, with the runs it said it in. */
function lighthouseGaps(lh) {
  const label = Object.fromEntries(LIGHTHOUSE_ROWS.map(([key, what]) => [key, what]));
  const gaps = new Map();
  for (const page of ['app', 'floor'])
    for (const run of lh[page].runs)
      for (const [key, why] of Object.entries(run.why)) {
        const id = `${page}\n${why}`;
        const gap = gaps.get(id) ?? { page, why, what: new Set(), runs: new Set() };
        gap.what.add(label[key].replace(/ \(ms\)$/, ''));
        gap.runs.add(run.run);
        gaps.set(id, gap);
      }
  return [...gaps.values()].map(
    (g) =>
      `${g.page}: no ${[...g.what].join(', ')} (${g.why}; ` +
      `run${g.runs.size > 1 ? 's' : ''} ${[...g.runs].join(', ')})`,
  );
}

/** A URL's last segment ("assets/x.js" → "x.js"), the page itself as its path; not a URL as is. */
function tail(url) {
  try {
    const { pathname } = new URL(url);
    return pathname.endsWith('/') ? pathname : pathname.slice(pathname.lastIndexOf('/') + 1);
  } catch {
    return url; // "Unattributable", "Browser", "Browser GC": Lighthouse's own names
  }
}

/**
 * The long tasks of the app's median run, in the order they started, each with what it adds to
 * the blocking time: Lighthouse counts a task's time over 50 ms from first contentful paint on, so
 * a task before that paint costs nothing, however long. (It also stops counting at interactive,
 * which its report here does not give: the sum can exceed its figure by a little.)
 */
function longTasksTable(lh) {
  const run = lh.app.runs.find((r) => r.run === lh.app.medianRun);
  if (!run) return 'No app run to read long tasks from.';
  const tasks = [...run.longTasks].sort((a, b) => a.startTime - b.startTime);
  const blocking = (t) =>
    Math.max(0, t.startTime + t.duration - Math.max(t.startTime, run.fcp) - 50);
  const rows = tasks.map((t) => [
    tail(t.url),
    whole(t.startTime),
    whole(t.duration),
    whole(blocking(t)),
  ]);
  rows.push(['sum', '', '', whole(tasks.reduce((sum, t) => sum + blocking(t), 0))]);
  const head = [
    `app's long tasks, run ${run.run} (first paint ${whole(run.fcp)} ms, blocking time ${whole(run.tbt)} ms)`,
    'start (ms)',
    'duration (ms)',
    'blocking (ms)',
  ];
  return tasks.length ? markdownTable(head, rows) : `${head[0]}: none.`;
}

/**
 * Lighthouse's documented threshold (docs/throttling.md): under it, the machine is slower than its
 * 4× CPU slowdown assumes. Here that means busy (another bench, a test run): such a run overstates
 * the phone's times, the app's more than the floor's, since it runs more code.
 */
const SLOW_BENCHMARK_INDEX = 1000;

/** The phone part, as printed: settings, the machine's speed, figures, gaps, failures, long tasks. */
export function lighthouseReport(lh) {
  const out = [];
  const s = lh.settings;
  if (s)
    out.push(
      `Lighthouse ${s.lighthouse}, ${s.formFactor}, ${s.throttlingMethod} throttling ` +
        `(CPU ${s.throttling.cpuSlowdownMultiplier}× slower, ${s.throttling.rttMs} ms RTT, ` +
        `${s.throttling.throughputKbps} kbit/s); times in simulated phone ms.`,
    );
  const runs = ['app', 'floor'].flatMap((page) => lh[page].runs.map((r) => ({ page, ...r })));
  const index = (page) => lh[page].runs.map((r) => r.benchmarkIndex ?? '—').join(' / ');
  out.push(
    `Lighthouse's benchmark of this machine, per run (higher is faster): ` +
      `app ${index('app')}, floor ${index('floor')}.`,
  );
  const slow = runs.filter(
    (r) => r.benchmarkIndex !== null && r.benchmarkIndex < SLOW_BENCHMARK_INDEX,
  );
  if (slow.length)
    out.push(
      `! benchmark under ${SLOW_BENCHMARK_INDEX} in ${slow.map((r) => `${r.page} run ${r.run}`).join(', ')}: ` +
        'the machine was slow or busy, and those runs overstate the times; run again when it is idle.',
    );
  for (const r of runs) for (const w of r.warnings) out.push(`! ${r.page} run ${r.run}: ${w}`);
  out.push('', lighthouseTable(lh), '');
  for (const gap of lighthouseGaps(lh)) out.push(`— ${gap}`);
  for (const f of lh.failures)
    out.push(`! ${f.page} run ${f.run}, attempt ${f.attempt} failed: ${f.error}`);
  out.push('', longTasksTable(lh), '');
  return out.join('\n');
}
