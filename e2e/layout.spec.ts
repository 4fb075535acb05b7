import { country, expect, open, slider, test } from './fixtures.ts';

test.describe('layout', () => {
  test('while the data downloads, the header, its tools and the views are already there', async ({
    page,
  }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/data\/recognition\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    await expect(page.getByRole('status')).toContainText('Loading the map');
    await expect(page.getByRole('button', { name: 'Table' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Guided lesson' })).toBeVisible();
    release();
    await expect(country(page, 'RUS')).toBeAttached();
  });

  test('fits a 320 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(slider(page)).toBeVisible();
  });

  test('on a phone the region buttons sit under the map, hiding none of it', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await open(page);
    const map = (await page.locator('rm-map svg[role="group"]').boundingBox())!;
    const regions = (await page.getByRole('group', { name: 'Map view' }).boundingBox())!;
    expect(regions.y).toBeGreaterThanOrEqual(map.y + map.height);
  });

  for (const [query, width] of [
    ['', 1280],
    ['', 1241],
    // (On a phone the subtitle gives way to the map: phone.spec.ts.)
    ['?lang=fr', 700],
    ['?lang=ur', 1280],
  ] as const)
    test(`the subtitle's 1996–2001 stays on one line (${query || 'English'}, ${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await open(page, query);
      await expect(page.locator('html')).toHaveAttribute('lang', query ? /^(fr|ur)/ : 'en');
      const lines = await page.evaluate(() => {
        const app = document.querySelector('rm-app')!;
        // English shows the page's own HTML title; other languages, the app's.
        const p = [
          document.querySelector('[slot="title"] p'),
          app.shadowRoot!.querySelector('rm-header')!.shadowRoot!.querySelector('.subtitle'),
        ].find((el) => el && el.getClientRects().length > 0)!;
        // Lit's markers are comments: the text is the first text node.
        const text = [...p.childNodes].find(
          (n): n is Text => n.nodeType === Node.TEXT_NODE && /\d/.test((n as Text).data),
        )!;
        const start = text.data.search(/1996|۱۹۹۶/);
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, text.data.search(/2001|۲۰۰۱/) + 4);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size;
      });
      expect(lines).toBe(1);
    });

  test('nothing moves when the date changes', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, '?date=2001-12-07');
    // The controls that load just after the map are drawn (this test is about the date).
    await page.waitForFunction(
      () => customElements.get('rm-legend') && customElements.get('rm-changes'),
    );
    const boxes = () =>
      page.evaluate(() => {
        const root = document.querySelector('rm-app')!.shadowRoot!;
        return ['rm-map', 'rm-time-slider', 'rm-legend', 'rm-changes', 'rm-footer'].map((s) => {
          const r = root.querySelector(s)!.getBoundingClientRect();
          return [s, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
        });
      });
    const before = await boxes();
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(country(page, 'PAK')).toHaveAttribute('data-status', 'none');
    expect(await boxes()).toEqual(before);
    await page.keyboard.press('End');
    expect(await boxes()).toEqual(before);
  });

  test('a 4K projector gets the same page, larger', async ({ page }) => {
    await page.setViewportSize({ width: 3840, height: 2160 });
    await open(page);
    const width = await page
      .locator('rm-map svg[role="group"]')
      .evaluate((e) => e.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(1200);
  });
});

test.describe('about the data', () => {
  test('explains the statuses, rules, uncertainties, citation, licence and corrections', async ({
    page,
  }) => {
    await open(page);
    await page.getByRole('button', { name: 'About the data' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'About the data' });
    await expect(dialog).toBeVisible();
    for (const text of [
      'What the colours mean',
      'Formal (de jure) recognition of the Islamic Emirate',
      'How to read the map',
      'What could not be confirmed',
      'UAE 1997 recognition exact day',
      'How to cite',
      'CC BY 4.0',
      'Natural Earth',
      'Corrections log',
      '2026-11-27',
    ])
      await expect(dialog).toContainText(text);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('the page has a favicon and a link-preview card', async ({ page }) => {
    await open(page);
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /favicon\.svg$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Taliban/);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
      'content',
      /.{40,}/,
    );
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const response = await page.request.get(new URL(image!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const favicon = await page.request.get(new URL('favicon.svg', page.url()).href);
    expect(favicon.status()).toBe(200);
  });
});

test.describe('reader preferences', () => {
  test('Windows high contrast (forced colours): statuses stay distinguishable', async ({
    page,
  }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await open(page, '?date=2025-07-03');
    const fill = (iso3: string) => country(page, iso3).evaluate((e) => getComputedStyle(e).fill);
    const fills = new Set([
      await fill('RUS'),
      await fill('CHN'),
      await fill('IRN'),
      await fill('SAU'),
      await fill('FRA'),
    ]);
    expect(fills.size).toBe(5);
  });

  test('200 % zoom on a 1280 px screen reflows without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 400 });
    await open(page, '?date=2025-07-03');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(slider(page)).toBeVisible();
  });

  test('dark colour scheme is followed on the page', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page);
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(background).toBe('rgb(18, 21, 24)');
  });
});
