/**
 * The legend answers "who?": choosing a status lists its states under the entry, where the reader
 * is looking, on a desktop and on a phone; a name opens its country.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { country, expect, open, panel, test } from './fixtures.ts';

// Most tests here run axe with a list open: on a loaded machine it takes a good part of the
// default 30 s.
test.describe.configure({ timeout: 60_000 });

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const AMBASSADOR = 'Accepts a Taliban ambassador';

const entry = (page: Page, name: string): Locator =>
  page.locator('rm-legend button.entry', {
    has: page.locator('.name', { hasText: new RegExp(`^${name}$`) }),
  });
const list = (page: Page, status: string): Locator => page.locator(`rm-legend #members-${status}`);
const names = (page: Page, status: string): Locator => list(page, status).locator('button.member');

/** axe's findings on the page, or only in the legend (faster: a long list is many nodes). */
async function violations(page: Page, scope: 'page' | 'legend' = 'page') {
  const axe = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  if (scope === 'legend') axe.include({ fromShadowDom: ['rm-app', 'rm-legend'] });
  const results = await axe.analyze();
  expect(results.passes.length, 'axe checked something').toBeGreaterThan(0);
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

/** Each box lies inside the viewport. */
async function inViewport(page: Page, items: Locator) {
  const { width, height } = page.viewportSize()!;
  const boxes = await items.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
    }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  for (const b of boxes) {
    expect(b.top).toBeGreaterThanOrEqual(0);
    expect(b.left).toBeGreaterThanOrEqual(0);
    expect(b.bottom).toBeLessThanOrEqual(height + 1);
    expect(b.right).toBeLessThanOrEqual(width + 1);
  }
  return boxes;
}

test.describe('the legend lists the states of a chosen status (desktop)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a click lists them by name with their dates; a name opens the country', async ({
    page,
  }) => {
    await open(page, '?date=2025-07-03');
    const ambassador = entry(page, AMBASSADOR);
    await expect(ambassador).toHaveAttribute('aria-expanded', 'false');
    await expect(list(page, 'ambassador')).toHaveCount(0);
    await ambassador.click();
    await expect(ambassador).toHaveAttribute('aria-expanded', 'true');
    await expect(ambassador).toHaveAttribute('aria-controls', 'members-ambassador');
    await expect(names(page, 'ambassador').locator('.member-name')).toHaveText([
      'China',
      'Pakistan',
      'United Arab Emirates',
      'Uzbekistan',
    ]);
    await expect(names(page, 'ambassador').first()).toContainText(/since \d+ \w+ 20\d\d/);
    // The map keeps the same highlight: the status is pinned.
    await expect
      .poll(() => country(page, 'FRA').evaluate((e) => getComputedStyle(e).opacity))
      .not.toBe('1');
    await inViewport(page, names(page, 'ambassador'));
    expect(await violations(page)).toEqual([]);

    await names(page, 'ambassador').filter({ hasText: 'Pakistan' }).click();
    await expect(panel(page).getByRole('heading', { name: 'Pakistan' })).toBeFocused();
    expect(new URL(page.url()).searchParams.get('country')).toBe('PAK');
  });

  test('Escape closes the list and gives focus back to its entry; a second click closes it too', async ({
    page,
  }) => {
    await open(page, '?date=2025-07-03');
    const recognises = entry(page, 'Recognises');
    await recognises.click();
    await expect(names(page, 'recognized')).toHaveText(['Russia since 3 Jul 2025']);
    await names(page, 'recognized').focus();
    await page.keyboard.press('Escape');
    await expect(list(page, 'recognized')).toHaveCount(0);
    await expect(recognises).toHaveAttribute('aria-expanded', 'false');
    await expect(recognises).toBeFocused();

    await recognises.click();
    await expect(list(page, 'recognized')).toBeVisible();
    await recognises.click();
    await expect(list(page, 'recognized')).toHaveCount(0);
  });

  test('"No relations" says "all other UN member states", with the whole list behind "Show all"', async ({
    page,
  }) => {
    await open(page, '?date=2025-07-03');
    const count = Number(
      (await entry(page, 'No relations').locator('.count').textContent())!.split(' ')[0],
    );
    expect(count).toBeGreaterThan(150);
    await entry(page, 'No relations').click();
    await expect(list(page, 'none')).toContainText('All other UN member states');
    await expect(names(page, 'none')).toHaveCount(0);
    await list(page, 'none').getByText(`Show all ${count}`).click();
    await expect(names(page, 'none')).toHaveCount(count);
    // Sorted by name, with no dates (no relations has no "since").
    const shown = await names(page, 'none').allTextContents();
    expect(shown.map((s) => s.trim())).toEqual(
      [...shown.map((s) => s.trim())].sort((a, b) => a.localeCompare(b, 'en')),
    );
    await expect(names(page, 'none').locator('.member-since')).toHaveCount(0);
    expect(await violations(page, 'legend')).toEqual([]);
  });

  test('an empty status says no state holds it', async ({ page }) => {
    await open(page, '?date=2025-07-03');
    await entry(page, 'Withdrew recognition').click();
    await expect(list(page, 'withdrawn')).toHaveText(
      'No UN member state in this group on this day',
    );
  });

  test('the compact legend (an embed) lists the names inline, without dates', async ({ page }) => {
    await open(page, '?embed=1&date=2025-07-03');
    await entry(page, AMBASSADOR).click();
    await expect(names(page, 'ambassador')).toHaveText([
      'China',
      'Pakistan',
      'United Arab Emirates',
      'Uzbekistan',
    ]);
    const tops = await names(page, 'ambassador').evaluateAll((els) =>
      els.map((e) => Math.round(e.getBoundingClientRect().top)),
    );
    // Inline: at least two names share a line.
    expect(new Set(tops).size).toBeLessThan(tops.length);
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('the legend on a touch phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('tapping a status lists its states in view; tapping a name opens the country', async ({
    page,
  }) => {
    await open(page, '?date=2025-07-03');
    await entry(page, AMBASSADOR).tap();
    await expect(names(page, 'ambassador')).toHaveCount(4);
    const boxes = await inViewport(page, names(page, 'ambassador'));
    // Touch targets: at least 24 px (WCAG 2.5.8), 44 px rows on a coarse pointer.
    for (const b of boxes) expect(b.height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    expect(await violations(page)).toEqual([]);

    await names(page, 'ambassador').filter({ hasText: 'United Arab Emirates' }).tap();
    await expect(panel(page).getByRole('heading', { name: 'United Arab Emirates' })).toBeVisible();
  });

  test('in Dari, the names are localized and run right to left', async ({ page }) => {
    await open(page, '?date=2025-07-03&lang=fa');
    const ambassador = page.locator('rm-legend button.entry[data-status="ambassador"]');
    await expect(ambassador).toContainText('سفیر');
    await ambassador.tap();
    const shown = names(page, 'ambassador').locator('.member-name');
    await expect(shown).toHaveCount(4);
    const texts = await shown.allTextContents();
    expect(texts).toContain('پاکستان');
    expect(texts).toContain('چین');
    // Sorted as Dari sorts them, and every name written in Arabic script.
    expect(texts).toEqual([...texts].sort(new Intl.Collator('fa-AF').compare));
    for (const name of texts) expect(name).toMatch(/^[\u0600-\u06ff\s‌]+$/);
    await expect(list(page, 'ambassador')).toHaveCSS('direction', 'rtl');
    // Right to left: the first name sits to the right of the second, on the same row.
    const boxes = await inViewport(page, names(page, 'ambassador'));
    expect(Math.round(boxes[0]!.top)).toBe(Math.round(boxes[1]!.top));
    expect(boxes[0]!.left).toBeGreaterThan(boxes[1]!.left);
    expect(await violations(page)).toEqual([]);
  });
});
