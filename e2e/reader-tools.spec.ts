import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, open, shownDate, slider, test, urlDate } from './fixtures.ts';

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

test.describe('play a class can follow', () => {
  test('from 1 Sep 2001 it stops on the withdrawals and is far from 7 Dec 2001 after a second', async ({
    page,
  }) => {
    await open(page, '?date=2001-09-01');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(shownDate(page)).toHaveText('22 September 2001');
    await page.waitForTimeout(1000);
    await expect(shownDate(page)).not.toHaveText('7 December 2001');
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(urlDate(page)! < '2001-11-01').toBe(true);
  });

  test('a speed control, kept in the link', async ({ page }) => {
    await open(page, '?date=1997-01-01');
    const speed = page.getByRole('combobox', { name: 'Play speed' });
    await expect(speed).toHaveValue('1');
    await speed.selectOption({ label: '2×' });
    await expect.poll(() => param(page, 'speed')).toBe('2');
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Play speed' })).toHaveValue('2');
  });
});

test.describe('the table’s filter and order in the link', () => {
  test('status= and sort= choose the rows and their order, and the CSV holds the same', async ({
    page,
  }) => {
    // Russia is not in the list: wait for the table's rows themselves.
    await page.goto('./?view=table&date=2025-07-04&status=charge&sort=country-desc');
    const rows = page.locator('rm-data-table tbody tr');
    await expect(rows.first()).toHaveAttribute('data-status', 'charge');
    const names = await rows.locator('th').allTextContents();
    expect(names.length).toBeGreaterThan(3);
    expect([...names].sort((a, b) => b.localeCompare(a, 'en'))).toEqual(names);
    await expect(page.locator('rm-data-table .count')).toContainText(
      `${names.length} of 202 countries and territories. UN member states among them: ${names.length}`,
    );

    await page.getByRole('button', { name: 'Share' }).first().click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Statuses on this date (CSV)', exact: true }).click(),
    ]);
    const lines = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(names.length + 1);
    expect(lines.slice(1).every((l) => l.includes(',charge,'))).toBe(true);
  });

  test('choosing a status and a column writes them into the link; a bad value is a notice', async ({
    page,
  }) => {
    await open(page, '?view=table&date=2025-07-04');
    await page.locator('rm-data-table select').selectOption({ label: 'Recognises' });
    await expect.poll(() => param(page, 'status')).toBe('recognized');
    await page.getByRole('button', { name: /^Since/ }).click();
    await expect.poll(() => param(page, 'sort')).toBe('since');
    await expect(page.locator('rm-data-table tbody tr')).toHaveCount(1);

    await open(page, '?view=table&status=__proto__&sort=constructor');
    await expect(page.locator('rm-notices')).toContainText('status “__proto__”');
    await expect(page.locator('rm-notices')).toContainText('sort “constructor”');
    await expect(page.locator('rm-data-table tbody tr')).toHaveCount(202);
  });
});

test.describe('lesson keys', () => {
  test('in an open lesson, → and Page Up step; not on the slider', async ({ page }) => {
    await open(page, '?lesson=1&step=2');
    const card = page.locator('rm-lesson-card');
    await expect(card).toContainText('Step 2 of 12');
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('ArrowRight');
    await expect(card).toContainText('Step 3 of 12');
    await page.keyboard.press('PageUp');
    await expect(card).toContainText('Step 2 of 12');
    await slider(page).focus();
    const before = urlDate(page);
    await page.keyboard.press('ArrowRight');
    await expect(card).toContainText('Step 2 of 12');
    await expect.poll(() => urlDate(page)).not.toBe(before);
  });
});

test.describe('words that count right', () => {
  test('a year-only event’s day is said as its year', async ({ page }) => {
    await open(page, '?date=1998-01-01');
    await expect(shownDate(page)).toHaveText('1998, year only');
  });

  test('the legend’s “of 193” says whose 193 it is, and leaves room for the changes', async ({
    page,
  }) => {
    await open(page, '?date=1998-06-01');
    const note = 'Counts are of the 193 states that are UN members today.';
    await expect(page.locator('rm-legend .count').first()).toHaveAttribute('title', note);
    await expect(page.locator('rm-footer')).toContainText(note);
    // In a longer language too, nothing covers the list of changes beside the map.
    await open(page, '?lang=fa&date=2001-09-25');
    await page
      .locator('rm-changes')
      .getByRole('button', { name: 'نمایش متن اصلی انگلیسی' })
      .click({ trial: true, timeout: 5000 });
  });
});

test.describe('the printout', () => {
  const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;

  for (const query of ['?date=2025-07-03', '?date=2001-12-07', '?region=asia', '?date=1999-06-01'])
    test(`the map view (${query}) prints on at most two A4 pages`, async ({ page }) => {
      await open(page, query);
      await expect(page.locator('rm-changes')).toBeAttached();
      await expect(page.locator('rm-footer')).toBeAttached();
      expect(pages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
    });

  test('a lesson prints without its buttons, and its sources with their addresses', async ({
    page,
  }) => {
    await open(page, '?lesson=1&step=6');
    const card = page.locator('rm-lesson-card');
    await expect(card.getByRole('button', { name: 'Next step' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(card.getByRole('button', { name: 'Next step' })).toBeHidden();
    const source = card.locator('.sources a').first();
    const after = await source.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
    await expect(page.locator('rm-footer .actions')).toBeHidden();
  });
});
