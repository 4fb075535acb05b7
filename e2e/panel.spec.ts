import {
  clickCountry,
  country,
  expect,
  open,
  panel,
  scriptsRequested,
  shownDate,
  test,
} from './fixtures.ts';

test.describe('the country panel', () => {
  test('a click opens the history with sources; choosing an event moves the slider; Esc closes', async ({
    page,
  }) => {
    await open(page);
    await clickCountry(page, 'RUS');
    const dialog = panel(page);
    await expect(dialog.getByRole('heading', { name: 'Russia' })).toBeFocused();
    await expect(dialog).toContainText('Recognises since 3 Jul 2025');
    // Newest first, across both eras.
    const dates = await dialog.locator('article time').allTextContents();
    expect(dates[0]).toBe('15 Jan 2026');
    expect(dates.at(-1)).toBe('Feb 2022');
    const recognition = dialog.locator('article[data-event="2025-07-03-rus-formal-recognition"]');
    await expect(recognition).toContainText('High confidence');
    const source = recognition.getByRole('link', { name: 'Ariana News' });
    await expect(source).toHaveAttribute(
      'href',
      'https://www.ariananews.af/russia-officially-recognizes-islamic-emirate-afghan-foreign-ministry-says/',
    );
    await expect(source).toHaveAttribute('target', '_blank');
    await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    const first = dialog.locator('article[data-event="2022-02-rus-taliban-mission-accepted"]');
    await expect(first).toContainText('(month only)');
    await first.getByRole('button', { name: 'Show on the map' }).click();
    // Russia's first step is known to its month only: the heading says so, not a day.
    await expect(shownDate(page)).toHaveText('Feb 2022, month only');
    await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'charge');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(new URL(page.url()).searchParams.get('country')).toBeNull();
  });

  test('Afghanistan: governed by the Taliban on a day of either period, never "no government"', async ({
    page,
  }) => {
    for (const [date, first] of [
      ['2000-01-01', 'First Taliban rule'],
      ['2024-03-01', 'Second Taliban rule'],
    ] as const) {
      await open(page, `?country=AFG&date=${date}`);
      const dialog = panel(page);
      await expect(dialog.locator('.now .status')).toHaveText('governed by the Taliban');
      await expect(dialog.locator('.now .status .swatch')).toHaveAttribute(
        'data-status',
        'afghanistan',
      );
      await expect(dialog).not.toContainText('No Taliban government');
      // The selected day's period comes first.
      await expect(dialog.locator('h3').first()).toHaveText(first);
    }
  });

  test('"Show on the map" in the other period keeps the list, and focus, where they are', async ({
    page,
  }) => {
    await open(page, '?country=PAK&date=2024-03-01');
    const dialog = panel(page);
    await expect(dialog.locator('h3').first()).toHaveText('Second Taliban rule');
    const recognition = dialog.locator('article[data-event="1997-05-25-pak-formal-recognition"]');
    await recognition.getByRole('button', { name: 'Show on the map' }).focus();
    await page.keyboard.press('Enter');
    await expect(shownDate(page)).toHaveText('25 May 1997');
    await expect(dialog.locator('h3').first()).toHaveText('Second Taliban rule');
    await expect(recognition.getByRole('button', { name: 'Show on the map' })).toBeFocused();
  });

  test('its code loads when a country is first opened, not with the first view', async ({
    page,
  }) => {
    const scripts = scriptsRequested(page);
    await open(page);
    // The first view is complete: the deferred controls are drawn.
    await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
    const panelCode = (path: string) => /\/rm-country-panel\.define-[\w-]+\.js$/.test(path);
    expect(scripts.filter(panelCode)).toEqual([]);
    await clickCountry(page, 'CHN');
    await expect(panel(page).getByRole('heading', { name: 'China' })).toBeFocused();
    expect(scripts.filter(panelCode)).toHaveLength(1);
  });

  test('Enter on a focused country opens it, and focus returns there on close', async ({
    page,
  }) => {
    await open(page);
    await country(page, 'AFG').focus();
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() =>
      document
        .querySelector('rm-app')!
        .shadowRoot!.querySelector('rm-map')!
        .shadowRoot!.activeElement?.getAttribute('data-iso3'),
    );
    expect(focused).toBeTruthy();
    await page.keyboard.press('Enter');
    await expect(panel(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await expect(country(page, focused!)).toBeFocused();
  });

  test('a country with no events says so', async ({ page }) => {
    await open(page, '?country=FRA');
    await expect(panel(page)).toContainText('No recorded events');
  });
});

test.describe('what changed', () => {
  test('lists the era so far, newest first, context included; choosing one moves the slider', async ({
    page,
  }) => {
    await open(page, '?date=1997-05-27');
    const items = page.locator('rm-changes ol > li');
    await expect(items.first()).toContainText('United Arab Emirates');
    await expect(items.last()).toContainText('Taliban forces take Kabul');
    await expect(items.last()).toContainText('Context');
    await items.filter({ hasText: '25 May 1997' }).getByRole('button').click();
    await expect(shownDate(page)).toHaveText('25 May 1997');
    await expect(items.first()).toContainText('Pakistan');
  });

  test('focus stays on the chosen event as the list changes under it', async ({ page }) => {
    await open(page, '?date=1997-05-27');
    const items = page.locator('rm-changes ol > li');
    const chosen = items.filter({ hasText: '25 May 1997' }).getByRole('button');
    await chosen.focus();
    await page.keyboard.press('Enter');
    await expect(shownDate(page)).toHaveText('25 May 1997');
    // Now first in the list: the keyboard reader is still on the event chosen.
    await expect(items.first().getByRole('button')).toBeFocused();
    await expect(items.first()).toContainText('Pakistan');
  });

  test('a long era is listed in full: the newest first at once, the rest as the page idles', async ({
    page,
  }) => {
    await open(page);
    const items = page.locator('rm-changes ol > li');
    await expect(items.first()).toContainText('2026');
    await expect(items.last()).toContainText('Taliban forces enter Kabul');
    expect(await items.count()).toBeGreaterThan(40);
  });

  test('starts again in era 2 with only that day’s events', async ({ page }) => {
    await open(page, '?date=2021-08-15');
    await expect(page.locator('rm-changes ol > li')).toHaveCount(2);
    await expect(
      page.locator('rm-changes ol > li', { hasText: 'Taliban forces enter Kabul' }),
    ).toHaveCount(1);
    await expect(page.locator('rm-changes ol > li', { hasText: 'Tajikistan' })).toHaveCount(1);
  });
});
