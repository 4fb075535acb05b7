import { expect, open, test } from './fixtures.ts';

// The one test that lets the service worker run: a worker's answers bypass request interception,
// so every other test blocks it.
test.use({ serviceWorkers: 'allow' });

test('after one visit the map works offline, says so, and shows fresh data again online', async ({
  page,
  context,
}) => {
  await open(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await expect(page.locator('rm-map [data-iso3="RUS"]')).toHaveAttribute(
    'data-status',
    'recognized',
  );

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('rm-map [data-iso3="RUS"]')).toHaveAttribute(
    'data-status',
    'recognized',
  );
  await expect(page.locator('rm-app .notice')).toContainText('You are offline');
  await expect(page.locator('rm-app footer')).toContainText('Data checked 27 November 2026');
  // The slider, legend and panels work offline too (their code was saved).
  await page.locator('rm-map [data-iso3="RUS"]').focus();
  await page.keyboard.press('Enter');
  await expect(
    page.locator('rm-country-panel').getByRole('heading', { name: 'Russia' }),
  ).toBeVisible();

  await context.setOffline(false);
  await page.goto('./');
  await expect(page.locator('rm-map [data-iso3="RUS"]')).toHaveAttribute(
    'data-status',
    'recognized',
  );
  await expect(page.locator('rm-app .notice')).toHaveCount(0);
});
