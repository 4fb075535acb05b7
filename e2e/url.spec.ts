import { country, expect, open, panel, shownDate, slider, test, urlDate } from './fixtures.ts';

const notices = (page: import('@playwright/test').Page) => page.locator('rm-app .notice');

test.describe('deep links and history', () => {
  test('?date=&country=&region= opens that view', async ({ page }) => {
    await open(page, '?date=2025-07-03&country=RUS&region=asia');
    await expect(shownDate(page)).toHaveText('3 July 2025');
    await expect(panel(page).getByRole('heading', { name: 'Russia' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Middle East and Asia' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(notices(page)).toHaveCount(0);
  });

  test('no date means today', async ({ page }) => {
    await open(page);
    await expect(shownDate(page)).toHaveText('28 November 2026');
  });

  test('a committed change is pushed, so Back returns to the previous view', async ({ page }) => {
    await open(page, '?date=2025-07-02');
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => urlDate(page)).toBe('2025-07-03');
    await page.waitForTimeout(1100); // past the coalescing window for key bursts
    await page.locator('rm-changes ol > li').first().getByRole('button').click();
    await page.goBack();
    await expect(shownDate(page)).toHaveText('2 July 2025');
    await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'charge');
    await page.goForward();
    await expect(shownDate(page)).toHaveText('3 July 2025');
  });

  test('opening and closing a country are history steps', async ({ page }) => {
    await open(page, '?date=2025-07-03');
    await page.getByRole('combobox', { name: 'Find a country' }).fill('China');
    await page.keyboard.press('Enter');
    await expect(panel(page)).toBeVisible();
    expect(new URL(page.url()).searchParams.get('country')).toBe('CHN');
    await page.goBack();
    await expect(panel(page)).toBeHidden();
  });

  test('a drag is one history entry, replaced as it moves, not one per move', async ({ page }) => {
    await open(page, '?date=2025-07-03');
    const before = await page.evaluate(() => history.length);
    const box = (await slider(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x - i * 8, box.y + box.height / 2);
    await page.mouse.up();
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    const dragged = urlDate(page);
    expect(dragged).not.toBe('2025-07-03');
    await page.goBack();
    await expect(shownDate(page)).toHaveText('3 July 2025');
  });
  for (const query of ['?view=table', '?compare=1998-01-01'])
    test(`a link straight to ${query} draws its words from the start, none blank`, async ({
      page,
    }) => {
      const missing: string[] = [];
      page.on('console', (m) => {
        if (m.text().includes('missing message')) missing.push(m.text());
      });
      await open(page, query);
      await expect(page.locator('rm-data-table th, rm-app .compare h2').first()).not.toBeEmpty();
      expect(missing).toEqual([]);
    });
});

test.describe('bad input in the URL gets a notice, never a broken page', () => {
  test('a malformed date is ignored with a notice', async ({ page }) => {
    await open(page, '?date=2025-13-45');
    await expect(shownDate(page)).toHaveText('28 November 2026');
    await expect(notices(page)).toContainText('“2025-13-45” in the link is not a date');
    await notices(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(notices(page)).toHaveCount(0);
  });

  test('a date in the gap snaps to the nearer era edge and says so', async ({ page }) => {
    await open(page, '?date=2005-06-01');
    await expect(shownDate(page)).toHaveText('7 December 2001');
    await expect(notices(page)).toContainText('There was no Taliban government on 1 June 2005');
    await page.goto('./?date=2019-06-01');
    await expect(shownDate(page)).toHaveText('15 August 2021');
    await expect(notices(page)).toContainText('the first day of the second period');
  });

  test('a future date snaps to today', async ({ page }) => {
    await open(page, '?date=2031-01-01');
    await expect(shownDate(page)).toHaveText('28 November 2026');
    await expect(notices(page)).toContainText('is in the future');
  });

  test('an unknown country is ignored with a notice', async ({ page }) => {
    await open(page, '?country=XYZ');
    await expect(panel(page)).toHaveCount(0);
    await expect(notices(page)).toContainText('“XYZ” is not a country on this map');
  });

  test('hostile or unknown values do not break the page', async ({ page }) => {
    await open(page, '?country=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&date=%00&region=%E2%80%AE');
    await expect(notices(page)).toHaveCount(3);
    await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'recognized');
  });

  for (const value of ['0099-06-01', '0001-01-01'])
    test(`an ancient date (${value}) is quoted as written and the map starts at the first period`, async ({
      page,
    }) => {
      await open(page, `?date=${value}`);
      await expect(shownDate(page)).toHaveText('27 September 1996');
      await expect(notices(page)).toContainText(
        `The map starts on 27 September 1996, when the Taliban took Kabul; ${value} is earlier.`,
      );
      await expect(notices(page)).not.toContainText(/19(?!96)\d\d/);
    });

  for (const query of [
    '?lang=constructor',
    '?lang=constructor-af',
    '?lang=__proto__&cal=toString',
    '?embed=1&lang=constructor',
    '?embed=1&lang=hasOwnProperty&theme=valueOf&region=__proto__&view=constructor',
    '?country=constructor&lesson=__proto__&step=toString&release=valueOf&compare=constructor',
  ])
    test(`names every object inherits are ignored with a notice: ${query}`, async ({ page }) => {
      await open(page, query);
      await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'recognized');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(notices(page).first()).toBeVisible();
    });

  test('parameters it does not know are ignored silently and kept', async ({ page }) => {
    await open(page, '?initialWidth=640&childId=map-1&parentTitle=News&date=2025-07-03');
    await expect(notices(page)).toHaveCount(0);
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('childId')).toBe('map-1');
  });
});
