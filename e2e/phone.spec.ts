/**
 * Phone first (issue 15): the map above the fold, one menu for the secondary actions, a country
 * as a bottom sheet, "Show on the map" that shows it, an embed that keeps to its 640 px, focus
 * that returns to the country, and icons drawn the same on every machine.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { country, expect, open, panel, shownDate, test } from './fixtures.ts';

const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };

/** The element a finger at (x, y) would touch, looking inside shadow roots. */
async function topmostAt(page: Page, x: number, y: number): Promise<string> {
  return page.evaluate(
    ([px, py]) => {
      let el: Element | null = document.elementFromPoint(px!, py!);
      while (el?.shadowRoot) {
        const inner = el.shadowRoot.elementFromPoint(px!, py!);
        if (!inner || inner === el) break;
        el = inner;
      }
      return (el?.closest('button, a') ?? el)?.textContent?.trim() ?? '';
    },
    [x, y],
  );
}

/** A finger's swipe, as touch events (the sheet's header takes them: touch-action none). */
async function swipe(page: Page, x: number, from: number, to: number) {
  const cdp = await page.context().newCDPSession(page);
  const at = (y: number) => [{ x, y }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(from) });
  for (let i = 1; i <= 6; i++)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: at(from + ((to - from) * i) / 6),
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

const sheet = (page: Page) => page.locator('rm-country-panel');
/** The date slider, in any language. */
const slider = (page: Page) => page.locator('rm-time-slider [role="slider"]');

test.describe('a phone held upright, with touch', () => {
  test.use(PHONE);

  for (const [query, width, height] of [
    ['', 375, 812],
    ['?lang=fa', 375, 812],
    ['?lang=ar', 375, 812],
    ['', 360, 640],
    ['?lang=fa', 360, 640],
  ] as const)
    test(`the map starts within 200 px, with the date and slider on the first screen (${query || 'English'}, ${width}×${height})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await open(page, query);
      const map = (await page.locator('rm-map svg[role="group"]').boundingBox())!;
      expect(map.y).toBeLessThanOrEqual(200);
      expect(map.height).toBeGreaterThan(140);
      await expect(slider(page)).toBeInViewport({ ratio: 0.95 });
      await expect(shownDate(page)).toBeInViewport({ ratio: 0.9 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });

  test('Share, About, the language, the lesson and Present fold into one menu', async ({
    page,
  }) => {
    await open(page);
    await expect(
      page.locator('rm-header').getByRole('button', { name: 'Share', exact: true }),
    ).toBeHidden();
    const more = page.getByRole('button', { name: 'More' });
    await more.tap();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    for (const name of ['Share', 'About the data', 'Guided lesson', 'Present'])
      await expect(
        page.locator('rm-header').getByRole('button', { name, exact: true }),
      ).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('combobox', { name: 'Language' })).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(more).toBeFocused();
    await more.tap();
    await page.locator('rm-header').getByRole('button', { name: 'About the data' }).tap();
    await expect(page.getByRole('dialog', { name: 'About the data' })).toBeVisible();
    await expect(more).toHaveAttribute('aria-expanded', 'false');
  });

  test('a country is a bottom sheet: inside the screen, its button not covered; details, swipe and close', async ({
    page,
  }) => {
    await open(page, '?country=DEU');
    await expect(panel(page).getByRole('heading', { name: 'Germany' })).toBeVisible();
    const box = (await sheet(page).boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(812 + 1);
    await expect(panel(page)).toContainText('Working contacts since');
    const details = panel(page).getByRole('button', { name: 'Show details' });
    await expect(details).toBeInViewport({ ratio: 1 });
    const d = (await details.boundingBox())!;
    expect(await topmostAt(page, d.x + d.width / 2, d.y + d.height / 2)).toContain('Show details');
    // The history is folded until asked for.
    await expect(panel(page).locator('article').first()).toBeHidden();
    await details.tap();
    await expect(panel(page).getByRole('button', { name: 'Hide details' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(panel(page).locator('article').first()).toBeVisible();
    // A swipe down on its header folds it, a second closes it.
    const head = (await panel(page).locator('header').boundingBox())!;
    await swipe(page, head.x + head.width / 2, head.y + 10, head.y + 160);
    await expect(panel(page).getByRole('button', { name: 'Show details' })).toBeVisible();
    const folded = (await panel(page).locator('header').boundingBox())!;
    await swipe(page, folded.x + folded.width / 2, folded.y + 10, folded.y + 160);
    await expect(sheet(page)).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get('country')).toBeNull();
  });

  test('Back closes a sheet opened from the page, and the close button closes it too', async ({
    page,
  }) => {
    await open(page);
    const search = page.getByRole('combobox', { name: 'Find a country' });
    await search.fill('Pakis');
    await page.keyboard.press('Enter');
    await expect(panel(page).getByRole('heading', { name: 'Pakistan' })).toBeVisible();
    await page.goBack();
    await expect(sheet(page)).toHaveCount(0);
    await page.goForward();
    await expect(panel(page).getByRole('heading', { name: 'Pakistan' })).toBeVisible();
    await panel(page).getByRole('button', { name: 'Close' }).tap();
    await expect(sheet(page)).toHaveCount(0);
  });

  test('"Show on the map" folds the sheet and shows the map on that day', async ({ page }) => {
    await open(page, '?country=SAU&date=2025-07-03');
    await panel(page).getByRole('button', { name: 'Show details' }).tap();
    const first = panel(page).locator('article[data-event]').last();
    await first.getByRole('button', { name: 'Show on the map' }).tap();
    await expect(panel(page).getByRole('button', { name: 'Show details' })).toBeVisible();
    expect(new URL(page.url()).searchParams.get('date')).toMatch(/^199/);
    const map = (await page.locator('rm-map svg[role="group"]').boundingBox())!;
    const folded = (await sheet(page).boundingBox())!;
    expect(map.y).toBeGreaterThanOrEqual(0);
    expect(map.y + map.height).toBeLessThanOrEqual(folded.y);
    await expect(country(page, 'SAU')).toHaveAttribute('data-status', 'recognized');
  });

  test('the table is a list of cards: no sideways scroll, each source reachable, two-calendar dates in two lines at most', async ({
    page,
  }) => {
    await open(page, '?view=table&date=2025-07-03&lang=fa&cal=persian');
    const russia = page.locator('rm-data-table tr[data-iso3="RUS"]');
    await expect(russia).toContainText('۱۴۰۴');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const wide: string[] = [];
          const walk = (root: Document | ShadowRoot) => {
            for (const el of root.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.right > innerWidth + 1 || r.left < -1)
                wide.push(`${el.tagName}.${el.className}`);
              if (el.shadowRoot) walk(el.shadowRoot);
            }
          };
          walk(document);
          return wide.slice(0, 5);
        }),
      )
      .toEqual([]);
    const source = russia.getByRole('link');
    await source.scrollIntoViewIfNeeded();
    await expect(source).toBeInViewport({ ratio: 1 });
    const since = russia.locator('td').nth(1);
    const lines = await since.evaluate((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBeLessThanOrEqual(2);
    const card = (await russia.boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(375);
  });

  test('axe finds no violation on the phone: the page, the menu, a sheet', async ({ page }) => {
    test.setTimeout(90_000);
    const check = async () => {
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual(
        [],
      );
    };
    await open(page, '?date=2025-07-03');
    await check();
    await page.getByRole('button', { name: 'More' }).tap();
    await check();
    await page.keyboard.press('Escape');
    await open(page, '?date=2025-07-03&country=RUS&lang=fa');
    await expect(panel(page)).toBeVisible();
    await check();
  });
});

test.describe('an embed without its script keeps to its 640 px', () => {
  for (const [query, width] of [
    ['', 320],
    ['', 360],
    ['', 700],
    ['', 1280],
    ['&lang=fa', 360],
    ['&lang=ar', 320],
  ] as const)
    test(`at ${width} px${query ? ` (${query.slice(6)})` : ''}: map, slider, key, credit and correction link inside; a country opens over it`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 640 });
      await open(page, `?embed=1${query}`);
      await expect(page.locator('rm-footer a').last()).toBeInViewport({ ratio: 1 });
      await expect(slider(page)).toBeInViewport({ ratio: 0.95 });
      const height = () => page.evaluate(() => document.documentElement.scrollHeight);
      expect(await height()).toBeLessThanOrEqual(640);
      const map = (await page.locator('rm-map svg[role="group"]').boundingBox())!;
      expect(map.height).toBeGreaterThanOrEqual(90);
      await country(page, 'PAK').focus();
      await page.keyboard.press('Enter');
      await expect(panel(page)).toBeVisible();
      const box = (await sheet(page).boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(641);
      expect(await height()).toBeLessThanOrEqual(640);
    });
});

test.describe('focus and icons', () => {
  test('closing a country gives focus back to it, opened by a link or from the map', async ({
    page,
  }) => {
    await open(page, '?country=DEU');
    await panel(page).getByRole('button', { name: 'Close' }).click();
    await expect(country(page, 'DEU')).toBeFocused();
    await country(page, 'PAK').focus();
    await page.keyboard.press('Enter');
    await expect(panel(page).getByRole('heading', { name: 'Pakistan' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(country(page, 'PAK')).toBeFocused();
  });

  test("at the lesson's last step the focus stays on Next", async ({ page }) => {
    await open(page, '?lesson=1&step=11');
    const card = page.locator('rm-lesson-card');
    await expect(card).toContainText('Step 11 of 12');
    const next = card.getByRole('button', { name: 'Next' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(card).toContainText('Step 12 of 12');
    await expect(next).toBeFocused();
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Enter');
    await expect(card).toContainText('Step 12 of 12');
  });

  test('icons are drawn as SVG, never as font glyphs', async ({ page }) => {
    await open(page);
    // The slider comes after the map: its three icons drawn, then every part is read.
    await expect(page.locator('rm-time-slider svg.icon')).toHaveCount(3);
    for (const part of ['rm-header', 'rm-time-slider', 'rm-language-menu'])
      await expect(page.locator(part).first()).not.toContainText(/[ⓘ⛶🌐⇪◀▶⌕✕❚]/u);
    expect(await page.locator('rm-header svg.icon').count()).toBeGreaterThanOrEqual(4);
  });
});
