/**
 * The bench's desktop part: fresh loads of the app, its map alone and the floor in headless
 * Chromium at 1280×800 (time to the painted map, milestones, files, heap), the first view's
 * transfer, and scrubbing and playing (per-date update time, long tasks, frames per second).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const VIEWPORT = { width: 1280, height: 800 };

/**
 * One fresh load: time to the map painted, the files fetched, the heap afterwards. Nothing is
 * evaluated in the page while it loads (Playwright's polling would run script there every frame,
 * slowing whichever page is still busy): a mark observer, installed before the page's own
 * scripts, reports the time through a binding.
 */
export async function load(browser, url, { heap = false } = {}) {
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
export function transfer(files, root, prefix) {
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
          : /world\.(topo|planar)/.test(file)
            ? 'topology'
            : /\/data\//.test(file)
              ? 'data'
              : 'other';
    kinds[kind] += size;
  }
  return { ...kinds, total: Object.values(kinds).reduce((a, b) => a + b, 0) };
}

/** Scrub across 250 dates: per-date update time (input event → every component updated). */
export async function scrubApp(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
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

export async function scrubFloor(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
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
