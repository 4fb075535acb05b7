import type { Frame, Page } from '@playwright/test';
import { embedSnippet, resizeScript, siteOf } from '../src/embed/snippet.ts';
import { HOST_ORIGIN, expect, open, scriptsRequested, test } from './fixtures.ts';

/** Settled: the controls, which come after the map, are drawn (the frame then has its height). */
async function controlsDrawn(frame: Frame) {
  await expect(frame.locator('rm-time-slider .thumb')).toBeAttached();
}

/** Open a page on another origin that embeds the map: a news article with `body` in it. */
async function host(page: Page, body: string) {
  await page.goto(`${HOST_ORIGIN}/e2e/hosts/blank.html`);
  await page.setContent(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Article</title><style>body{margin:0 auto;max-width:700px;font-family:serif}</style></head><body><h1>News article</h1><p>Text before the map.</p>${body}<p id="after">Text after the map.</p></body></html>`,
  );
}

const mapUrl = (baseURL: string, query: string) => `${baseURL}?embed=1${query}`;

/** The embedded page's own content height. */
const frameContentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

async function embeddedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').elementHandle();
  const frame = (await handle!.contentFrame())!;
  await expect(frame.locator('rm-map [data-iso3="RUS"]')).toHaveCount(1);
  return frame;
}

const iframeHeight = (page: Page) =>
  page.locator('iframe').evaluate((f) => Math.round(f.getBoundingClientRect().height));

test.describe('embed mode', () => {
  test('the code that sizes the frame loads in an embed, never on the page on its own', async ({
    page,
  }) => {
    const scripts = scriptsRequested(page);
    const resizeCode = (path: string) => /\/resize-[\w-]+\.js$/.test(path);
    await open(page);
    await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
    expect(scripts.filter(resizeCode)).toEqual([]);
    await open(page, '?embed=1');
    await expect.poll(() => scripts.filter(resizeCode)).toHaveLength(1);
  });

  test('shows map, legend and slider with a one-line credit, and no page header', async ({
    page,
  }) => {
    await open(page, '?embed=1&date=2025-07-03');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
    await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
    await expect(page.locator('rm-legend')).toBeVisible();
    await expect(page.locator('rm-changes')).toHaveCount(0);
    const credit = page.locator('rm-app footer.credit');
    await expect(credit).toContainText('Who recognises the Taliban government?');
    await expect(credit).toContainText('Data checked 27 Nov 2026');
    const full = credit.getByRole('link', { name: 'Full map ↗' });
    await expect(full).toHaveAttribute('target', '_blank');
    await expect(full).toHaveAttribute('rel', 'noopener noreferrer');
    expect(new URL((await full.getAttribute('href'))!, page.url()).search).toBe('?date=2025-07-03');
    await expect(credit.getByRole('link', { name: 'Report a correction' })).toHaveAttribute(
      'href',
      /^https:/,
    );
  });

  test('controls=0 gives a still map of the chosen date', async ({ page }) => {
    await open(page, '?embed=1&controls=0&date=1997-06-01');
    await expect(page.getByRole('slider')).toHaveCount(0);
    await expect(page.locator('rm-app .still-date')).toHaveText('1 June 1997');
    await expect(page.locator('rm-map [data-iso3="PAK"]')).toHaveAttribute(
      'data-status',
      'recognized',
    );
  });

  test('theme=dark and theme=light set the colours; embeds default to light', async ({ page }) => {
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, '?embed=1');
    expect(await background()).toBe('rgb(255, 255, 255)');
    await open(page, '?embed=1&theme=dark');
    expect(await background()).toBe('rgb(18, 21, 24)');
    await open(page, '?embed=1&theme=auto');
    expect(await background()).toBe('rgb(18, 21, 24)');
    await open(page, '');
    expect(await background()).toBe('rgb(18, 21, 24)');
  });

  test('fits 300 px', async ({ page }) => {
    await page.setViewportSize({ width: 300, height: 600 });
    await open(page, '?embed=1');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('self-sizing iframe on another origin', () => {
  test('the copy-paste snippet sizes the iframe at phone width; a country opens inside it, without growing it', async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await host(page, embedSnippet({ src: mapUrl(baseURL!, '&date=2025-07-03'), title: 'Map' }));
    const frame = await embeddedFrame(page);
    await controlsDrawn(frame);
    await expect
      .poll(async () => Math.abs((await iframeHeight(page)) - (await frameContentHeight(frame))))
      .toBeLessThanOrEqual(1);
    const closed = await iframeHeight(page);
    // The frame never scrolls: everything it shows is inside its height.
    expect(
      await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1),
    ).toBe(true);
    await frame.locator('rm-map [data-iso3="PAK"]').focus();
    await page.keyboard.press('Enter');
    const heading = frame.locator('rm-country-panel').getByRole('heading', { name: 'Pakistan' });
    await expect(heading).toBeVisible();
    // A sheet over the map inside the frame: the frame keeps its height.
    const sheet = (await frame.locator('rm-country-panel').boundingBox())!;
    const iframe = (await page.locator('iframe').boundingBox())!;
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(iframe.y + iframe.height + 2);
    expect(await iframeHeight(page)).toBe(closed);
  });

  test('an older Datawrapper script finds the iframe by its id', async ({ page, baseURL }) => {
    // Only the id: this script ignores the message's source window.
    const legacy = `<script>addEventListener("message",function(e){var d=e.data["datawrapper-height"];if(!d)return;for(var k in d){var f=document.getElementById("datawrapper-chart-"+k);if(f)f.style.height=d[k]+"px"}})</script>`;
    await host(
      page,
      `<iframe id="datawrapper-chart-recognition-map" src="${mapUrl(baseURL!, '')}" title="Map" style="width:100%;border:0" height="300"></iframe>${legacy}`,
    );
    const frame = await embeddedFrame(page);
    await expect
      .poll(async () => Math.abs((await iframeHeight(page)) - (await frameContentHeight(frame))))
      .toBeLessThanOrEqual(1);
  });

  test('the snippet script finds an iframe by the window that sent the message, whatever its id', async ({
    page,
    baseURL,
  }) => {
    await host(
      page,
      `<iframe id="something-else" src="${mapUrl(baseURL!, '')}" title="Map" style="width:100%;border:0" height="300"></iframe><script>${resizeScript(siteOf(baseURL!))}</script>`,
    );
    const frame = await embeddedFrame(page);
    await expect
      .poll(async () => Math.abs((await iframeHeight(page)) - (await frameContentHeight(frame))))
      .toBeLessThanOrEqual(1);
  });

  test('another frame on the article page can neither collapse nor explode the map', async ({
    page,
    baseURL,
  }) => {
    // An ad or a widget in its own frame, speaking Datawrapper's dialect with the map's key.
    await host(
      page,
      `${embedSnippet({ src: mapUrl(baseURL!, '&date=2025-07-03'), title: 'Map' })}<iframe id="rogue" title="Ad" srcdoc="ad"></iframe>`,
    );
    const map = page.locator('iframe[title="Map"]');
    const frame = (await (await map.elementHandle())!.contentFrame())!;
    await expect(frame.locator('rm-map [data-iso3="RUS"]')).toHaveCount(1);
    await controlsDrawn(frame);
    const mapHeight = () => map.evaluate((f) => Math.round(f.getBoundingClientRect().height));
    await expect
      .poll(async () => Math.abs((await mapHeight()) - (await frameContentHeight(frame))))
      .toBeLessThanOrEqual(1);
    const sized = await mapHeight();
    for (const height of [3, 5_000_000])
      await page.evaluate((height) => {
        const rogue = (document.getElementById('rogue') as HTMLIFrameElement).contentWindow!;
        // Run in the rogue frame's own realm, so that it is the message's source.
        new (rogue as unknown as { Function: FunctionConstructor }).Function(
          `parent.postMessage({ 'datawrapper-height': { 'recognition-map': ${height} } }, '*')`,
        )();
      }, height);
    await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
    expect(await mapHeight()).toBe(sized);
    expect(await page.evaluate(() => document.body.scrollHeight)).toBeLessThan(5000);
  });

  test('a pinned embed loads one data file, and warns of nothing unused', async ({
    page,
    baseURL,
  }) => {
    const data: string[] = [];
    const warnings: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/data/')) data.push(new URL(r.url()).pathname);
    });
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    });
    await host(
      page,
      embedSnippet({
        src: mapUrl(baseURL!, '&date=2025-07-03&release=2026-11-27&lang=en'),
        title: 'Map',
      }),
    );
    const frame = await embeddedFrame(page);
    await expect(frame.locator('rm-app footer.credit')).toContainText('Data as published on');
    await page.waitForTimeout(0);
    expect(data).toEqual(['/recognition-map/data/releases/2026-11-27.json']);
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
  });

  test('AMP: the page sends embed-size messages an amp-iframe marked resizable understands', async ({
    page,
    baseURL,
  }) => {
    // AMP's runtime comes from a CDN; this host records what an amp-iframe would receive and
    // resizes the same way.
    const amp = `<script>window.ampMessages=[];addEventListener("message",function(e){var d=e.data;if(d&&d.sentinel==="amp"&&d.type==="embed-size"){ampMessages.push(d.height);document.querySelector("iframe").style.height=d.height+"px"}})</script>`;
    await host(
      page,
      `<iframe src="${mapUrl(baseURL!, '')}" title="Map" style="width:100%;border:0" height="300"></iframe>${amp}`,
    );
    const frame = await embeddedFrame(page);
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { ampMessages: number[] }).ampMessages.length),
      )
      .toBeGreaterThan(0);
    await expect
      .poll(async () => Math.abs((await iframeHeight(page)) - (await frameContentHeight(frame))))
      .toBeLessThanOrEqual(1);
  });

  test('Pym.js: pym.Parent sizes the iframe, with the childId it passes', async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 480, height: 800 });
    await host(
      page,
      `<div id="map-container"></div><script src="/node_modules/pym.js/dist/pym.v1.min.js"></script><script>window.pymParent=new pym.Parent("map-container",${JSON.stringify(mapUrl(baseURL!, ''))},{title:"Map"});</script>`,
    );
    const frame = await embeddedFrame(page);
    expect(new URL(frame.url()).searchParams.get('childId')).toBe('map-container');
    await expect
      .poll(async () =>
        Math.abs(
          (await page
            .locator('iframe')
            .evaluate((f) => parseInt(f.getAttribute('height') ?? '0'))) -
            (await frameContentHeight(frame)),
        ),
      )
      .toBeLessThanOrEqual(1);
    // Pym's own parameters are ignored quietly: no notice in the frame.
    await expect(frame.locator('rm-app .notice')).toHaveCount(0);
  });

  test('the embed listens to no inbound message', async ({ page, baseURL }) => {
    await host(
      page,
      `<iframe src="${mapUrl(baseURL!, '&date=2025-07-03')}" title="Map" style="width:100%;border:0" height="900"></iframe>`,
    );
    const frame = await embeddedFrame(page);
    await page.evaluate(() => {
      const w = document.querySelector('iframe')!.contentWindow!;
      for (const m of [
        'pymxPYMxmapxPYMxnavigateToxPYMxjavascript:alert(1)',
        { date: '2001-01-01' },
        { 'datawrapper-height': {} },
      ])
        w.postMessage(m, '*');
    });
    await expect(frame.locator('rm-time-slider .current .date')).toHaveText('3 July 2025');
  });
});
