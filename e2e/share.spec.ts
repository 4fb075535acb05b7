import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { country, expect, open, test } from './fixtures.ts';

async function openShare(page: Page) {
  await page.getByRole('button', { name: 'Share' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Share, embed or download' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function downloadOf(
  page: Page,
  name: string,
): Promise<{ download: Download; text: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  const bytes = readFileSync((await download.path())!);
  return { download, text: bytes.toString('utf8'), bytes };
}

test.describe('share panel', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies a link to this exact view', async ({ page }) => {
    await open(page, '?date=2025-07-03&country=RUS&region=asia');
    const dialog = await openShare(page);
    const link = dialog.getByRole('textbox', { name: 'Link to this view' });
    await expect(link).toHaveValue(/\?date=2025-07-03&country=RUS&region=asia$/);
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect(dialog.getByRole('status')).toHaveText('The link is copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /\/recognition-map\/\?date=2025-07-03&country=RUS&region=asia$/,
    );
  });

  test('embed code: pinned to this date and data release, or live', async ({ page }) => {
    await open(page, '?date=2025-07-03');
    const dialog = await openShare(page);
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    await expect(code).toHaveValue(
      /<iframe id="datawrapper-chart-recognition-map" src="[^"]+\?date=2025-07-03&amp;embed=1&amp;release=2026-11-28&amp;lang=en"/,
    );
    await expect(code).toHaveValue(/title="Map: who recognises the Taliban government"/);
    await expect(code).toHaveValue(/allow="fullscreen"/);
    await expect(code).toHaveValue(/<script>.*datawrapper-height.*<\/script>/s);
    await dialog.getByRole('radio', { name: /Live/ }).check();
    await expect(code).toHaveValue(/src="[^"]+\?embed=1&amp;lang=en"/);
    await dialog.getByRole('checkbox', { name: 'Still map (no slider)' }).check();
    await dialog.getByRole('combobox', { name: 'Colours' }).selectOption('dark');
    await expect(code).toHaveValue(
      /src="[^"]+\?embed=1&amp;controls=0&amp;theme=dark&amp;lang=en"/,
    );
    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<iframe');
  });

  for (const width of [375, 1280])
    test(`at ${width} px the embed code box stays inside the panel's column`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await open(page);
      const dialog = await openShare(page);
      const overflow = await dialog.getByRole('textbox', { name: 'Embed code' }).evaluate((box) => {
        // Against the end of the parent's content box, inside its padding.
        const parent = box.parentElement!;
        const end = parent.getBoundingClientRect().right;
        return (
          box.getBoundingClientRect().right -
          (end - parseFloat(getComputedStyle(parent).paddingRight))
        );
      });
      expect(overflow).toBeLessThanOrEqual(0.5);
    });

  test('a QR code of the link, and the Web Share API where the browser has it', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      (navigator as unknown as { share: (d: ShareData) => Promise<void> }).share = async (d) => {
        (window as unknown as { shared: ShareData }).shared = d;
      };
    });
    await open(page, '?date=2025-07-03');
    const dialog = await openShare(page);
    await dialog.getByRole('button', { name: 'QR code' }).click();
    await expect(
      dialog.getByRole('img', { name: 'QR code of the link to this view' }),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Share…' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared?.url))
      .toMatch(/date=2025-07-03/);
  });

  test('a report-a-correction link from the config', async ({ page }) => {
    await open(page);
    const dialog = await openShare(page);
    const link = dialog.getByRole('link', { name: 'Report a correction' });
    await expect(link).toHaveAttribute('href', /^https:\/\//);
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});

test.describe('downloads', () => {
  test('statuses on the selected date as CSV and JSON, with citation and licence', async ({
    page,
  }) => {
    await open(page, '?date=2025-07-04');
    await openShare(page);
    const csv = await downloadOf(page, 'Statuses on this date (CSV)');
    expect(csv.download.suggestedFilename()).toBe('recognition-statuses-2025-07-04.csv');
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'date,iso3,country,un_member,status,status_label,since,since_precision,approximate,confidence,uncertain_from,event_id,event_description,source_urls,data_release,data_checked,licence,cite',
    );
    const russia = lines.find((l) => l.includes(',RUS,'))!;
    expect(russia).toContain(
      '2025-07-04,RUS,Russia,true,recognized,Recognises,2025-07-03,day,false,high',
    );
    expect(russia).toContain('CC BY 4.0');
    expect(lines.filter((l) => l.length > 0).length).toBeGreaterThan(193);
    const json = await downloadOf(page, 'Statuses on this date (JSON)');
    expect(json.download.suggestedFilename()).toBe('recognition-statuses-2025-07-04.json');
    const doc = JSON.parse(json.text);
    expect(doc).toMatchObject({
      date: '2025-07-04',
      release: '2026-11-28',
      licence: { name: 'CC BY 4.0' },
    });
    expect(doc.cite).toContain('Recognition Map');
    expect(doc.statuses.find((s: { iso3: string }) => s.iso3 === 'CHN')).toMatchObject({
      status: 'ambassador',
      since: '2024-01-30',
    });
  });

  test('all events with their sources as CSV and JSON', async ({ page }) => {
    await open(page, '?date=2025-07-04');
    await openShare(page);
    const csv = await downloadOf(page, 'All events with sources (CSV)');
    expect(csv.download.suggestedFilename()).toBe('recognition-events-2025-07-04.csv');
    expect(csv.text).toContain('2025-07-03-rus-formal-recognition');
    expect(csv.text).toContain(
      'https://www.ariananews.af/russia-officially-recognizes-islamic-emirate-afghan-foreign-ministry-says/',
    );
    // Descriptions that begin like a formula would be neutralised; none may start with "=" unescaped.
    expect(csv.text.split('\r\n').some((l) => /(^|,)[=+@]/.test(l))).toBe(false);
    const json = await downloadOf(page, 'All events with sources (JSON)');
    expect(json.download.suggestedFilename()).toBe('recognition-events-2025-07-04.json');
    expect(JSON.parse(json.text).events).toHaveLength(76);
  });

  test('the map as SVG and PNG (1× and 2×) with title, date, legend and source drawn in', async ({
    page,
  }) => {
    await open(page, '?date=2025-07-04');
    await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'recognized');
    await openShare(page);
    const svg = await downloadOf(page, 'Image (SVG)');
    expect(svg.download.suggestedFilename()).toBe('recognition-map-2025-07-04.svg');
    for (const text of [
      'Who recognises the Taliban government?',
      '4 July 2025',
      'Recognises',
      '1 of 193',
      // The legend counts Afghanistan too, so its counts add up to 193.
      'Afghanistan <tspan font-weight="700">1 of 193</tspan>',
      'Source: Recognition Map, data release 2026-11-28',
      'CC BY 4.0',
    ])
      expect(svg.text).toContain(text);
    expect(svg.text.match(/<path /g)!.length).toBeGreaterThan(170);
    const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];
    const png = await downloadOf(page, 'Image (PNG)');
    expect(png.download.suggestedFilename()).toBe('recognition-map-2025-07-04.png');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    const [w1, h1] = size(png.bytes);
    expect(w1).toBe(1200);
    const png2 = await downloadOf(page, 'Image, double size (PNG)');
    expect(png2.download.suggestedFilename()).toBe('recognition-map-2025-07-04@2x.png');
    expect(size(png2.bytes)).toEqual([2400, h1! * 2]);
  });

  test('the image is in the light palette, named literally, whatever the page’s theme', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, '?date=2025-07-04&contrast=high');
    await openShare(page);
    const svg = await downloadOf(page, 'Image (SVG)');
    expect(svg.text).not.toContain('var(');
    // Russia recognises: the light theme's darkest blue, not the dark theme's lightest.
    expect(svg.text).toMatch(/fill="rgb\(8, 29, 88\)"/);
    expect(svg.text).not.toMatch(/fill="rgb\(219, 234, 254\)"/);
    // The page itself is still dark and in high contrast.
    expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
  });
});

test.describe('print', () => {
  test('gives a clean page: map, legend, date, what changed and its sources; no controls', async ({
    page,
  }) => {
    await open(page, '?date=2025-07-03');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('rm-map svg[role="group"]')).toBeVisible();
    await expect(page.locator('rm-legend')).toBeVisible();
    await expect(page.locator('rm-time-slider .current .date')).toHaveText('3 July 2025');
    for (const control of [
      page.getByRole('combobox', { name: 'Find a country' }),
      page.getByRole('button', { name: 'Play' }),
      page.getByRole('slider'),
      page.getByRole('button', { name: 'World' }),
      page.getByRole('button', { name: 'Zoom in' }),
      page.getByRole('button', { name: 'Share' }).first(),
      page.getByRole('button', { name: 'Table' }),
      page.getByRole('button', { name: 'Guided lesson' }),
    ])
      await expect(control).toBeHidden();
    await expect(page.locator('rm-changes .print-sources').first()).toBeVisible();
    await expect(page.locator('rm-changes')).toContainText('https://www.ariananews.af/');
    // The list is not cut off by its scroll box on paper.
    const clipped = await page
      .locator('rm-changes ol')
      .evaluate((ol) => ol.scrollHeight > ol.clientHeight + 1);
    expect(clipped).toBe(false);
  });
});

test.describe('pinned data releases', () => {
  test('release=YYYY-MM-DD loads that release and offers the latest data quietly', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await open(page, '?embed=1&date=2025-07-03&release=2026-11-27');
    // (The live file is preloaded for every first view; the page shows the pinned release.)
    expect(requests).toContain('/recognition-map/data/releases/2026-11-27.json');
    const note = page.locator('rm-app .release-note');
    await expect(note).toContainText('Data as published on 27 Nov 2026.');
    expect(
      new URL((await note.getByRole('link').getAttribute('href'))!, page.url()).searchParams.get(
        'release',
      ),
    ).toBeNull();
  });

  test('an unknown release falls back to the latest data with a notice', async ({ page }) => {
    await open(page, '?release=2020-01-01');
    await expect(page.locator('rm-app .notice')).toContainText('release “2020-01-01”');
    await expect(page.locator('rm-app .release-note')).toHaveCount(0);
  });
});

test.describe('security', () => {
  test('the built page carries a strict Content-Security-Policy', async ({ page }) => {
    await open(page);
    const policy = (await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content'))!;
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    const inlineScripts = await page.locator('script:not([src])').count();
    expect(inlineScripts).toBe(0);
  });

  test('everything works under it and nothing leaves the site: a full tour', async ({ page }) => {
    test.slow();
    // The fixtures fail this test on any CSP violation or request to another origin.
    await open(page, '?date=2025-07-03');
    await page.getByRole('button', { name: 'Middle East and Asia' }).click();
    await page.getByRole('combobox', { name: 'Find a country' }).fill('Pak');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'About the data' }).first().click();
    await expect(page.getByRole('dialog', { name: 'About the data' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'About the data' })).toBeHidden();
    await openShare(page);
    await page.getByRole('button', { name: 'QR code' }).click();
    await downloadOf(page, 'Image (PNG)');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByRole('button', { name: 'Pause' }).click();
  });

  test('external links open safely', async ({ page }) => {
    await open(page, '?country=RUS');
    // The panel opens once its words have loaded: count its links then.
    await expect(
      page.locator('rm-country-panel').getByRole('heading', { name: 'Russia' }),
    ).toBeVisible();
    const links = page.locator('rm-country-panel a[href^="http"]');
    expect(await links.count()).toBeGreaterThan(5);
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });
});
