import { expect, open, test } from './fixtures.ts';

test('the page shows the title, the data date and today’s states with their status', async ({
  page,
}) => {
  await open(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /recognises the Taliban government/,
  );
  await expect(page.getByText('Data checked 27 November 2026')).toBeVisible();
  const russia = page.locator('tr[data-iso3="RUS"]');
  await expect(russia).toContainText('Recognises');
  await expect(russia).toContainText('3 Jul 2025');
  await expect(page.locator('tr[data-iso3="CHN"]')).toContainText('Accepts a Taliban ambassador');
});

test('a failed data load shows a message and a retry button that works', async ({ page }) => {
  await page.route('**/data/recognition.json', (route) => route.abort());
  await open(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not load its data');
  await page.unroute('**/data/recognition.json');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('tr[data-iso3="RUS"]')).toBeVisible();
});
