import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, panel, test, urlDate } from './fixtures.ts';

const row = (page: Page, iso3: string) => page.locator(`rm-timeline tr[data-iso3="${iso3}"]`);
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

test.describe('the timeline', () => {
  test('is a tab beside the others, with a row per state and its periods written out', async ({
    page,
  }) => {
    await open(page, '?date=2025-07-03');
    await page.getByRole('button', { name: 'Timeline' }).click();
    await expect(row(page, 'RUS')).toBeVisible();
    expect(param(page, 'view')).toBe('timeline');
    await expect(page.locator('rm-timeline caption')).toHaveText(
      'Each state’s relations with the Taliban government, period by period',
    );
    await expect(row(page, 'RUS').locator('th')).toHaveText('Russia');
    await expect(row(page, 'RUS').locator('.periods')).toContainText(
      'Recognises, 3 Jul 2025 – today',
    );
    // An approximate start says so, and is drawn faded.
    await expect(row(page, 'ARE').locator('.periods')).toContainText(
      'Recognises, around May 1997 – 21 Sep 2001',
    );
    await expect(row(page, 'ARE').locator('rect.fade').first()).toBeAttached();
    // The date shown is a rule across every row.
    await expect(page.locator('rm-timeline')).toContainText('Date shown: 3 July 2025');
    await expect(row(page, 'PAK').locator('line.rule')).toBeAttached();
    // Never a state with no relations in either period, nor Afghanistan.
    await expect(row(page, 'FRA')).toHaveCount(0);
    await expect(row(page, 'AFG')).toHaveCount(0);
  });

  test('a segment clicked, or a period chosen with Enter, shows its day and the state', async ({
    page,
  }) => {
    await open(page, '?view=timeline&date=2025-07-03');
    await row(page, 'PAK').locator('rect.seg[data-status="recognized"]').click();
    await expect(panel(page)).toBeVisible();
    expect(urlDate(page)).toBe('1997-05-25');
    expect(param(page, 'country')).toBe('PAK');
    await expect(page.locator('rm-timeline')).toContainText('Date shown: 25 May 1997');
    await page.keyboard.press('Escape');

    const saudi = row(page, 'SAU').getByRole('button', { name: /Withdrew recognition/ });
    await saudi.focus();
    await page.keyboard.press('Enter');
    await expect(panel(page)).toBeVisible();
    expect(urlDate(page)).toBe('2001-09-25');
    expect(param(page, 'country')).toBe('SAU');
  });

  test('orders by first relations or by today’s status, kept in the link', async ({ page }) => {
    await open(page, '?view=timeline');
    const first = page.locator('rm-timeline tbody tr').first();
    await expect(first).toHaveAttribute('data-iso3', 'TKM');
    await page.getByLabel('Order').selectOption({ label: 'Status today' });
    await expect(first).toHaveAttribute('data-iso3', 'RUS');
    await expect.poll(() => param(page, 'sort')).toBe('status');
    await page.reload();
    await expect(page.locator('rm-timeline tbody tr').first()).toHaveAttribute('data-iso3', 'RUS');
  });

  test('mirrors in Dari: time runs right to left', async ({ page }) => {
    await open(page, '?view=timeline&lang=fa');
    const x = (status: string) =>
      row(page, 'PAK')
        .locator(`rect.seg[data-status="${status}"]`)
        .first()
        .evaluate((r) => Number(r.getAttribute('x')));
    // 1997's recognition sits to the right of 2021's mission.
    expect(await x('recognized')).toBeGreaterThan(await x('charge'));
    await expect(row(page, 'RUS').locator('th')).toHaveText('روسیه');
  });

  for (const lang of ['en', 'fa']) {
    test(`axe finds nothing to fix (${lang})`, async ({ page }) => {
      test.setTimeout(60_000);
      await open(page, `?view=timeline&date=2025-07-03&lang=${lang}`);
      await expect(row(page, 'RUS').locator('rect.seg').first()).toBeAttached();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
    });
  }
});

test.describe('the timeline on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('fits the screen (no sideways scroll) and a tap on a segment opens the state', async ({
    page,
  }) => {
    await open(page, '?view=timeline&date=2025-07-03');
    await expect(row(page, 'RUS').locator('rect.seg').first()).toBeAttached();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await row(page, 'RUS').locator('rect.seg[data-status="recognized"]').tap();
    await expect(panel(page)).toBeVisible();
    expect(urlDate(page)).toBe('2025-07-03');
    expect(param(page, 'country')).toBe('RUS');
  });
});

test.describe('then and now, what changed', () => {
  test('lists the states whose status differs, with the event, and counts both days', async ({
    page,
  }) => {
    await open(page, '?compare=1998-06-01&date=2025-07-04');
    const changes = page.locator('rm-compare-changes');
    await expect(changes.getByRole('heading')).toHaveText('What changed between the two dates');
    const russia = changes.locator('li[data-iso3="RUS"]');
    await expect(russia).toContainText('Russia: No relations → Recognises');
    await expect(russia).toContainText('3 Jul 2025');
    await expect(changes.locator('li[data-iso3="PAK"]')).toContainText('Pakistan: Recognises →');
    const recognised = changes.getByRole('row', { name: /^Recognises/ });
    await expect(recognised.getByRole('cell')).toHaveText(['3', '1']);
    await expect(page.locator('.compare .counts').first()).toContainText('3 states recognise');
    await expect(page.locator('.compare .counts').last()).toContainText('1 state recognises');
  });
});
