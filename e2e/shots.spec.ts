import { open, test } from './fixtures.ts';

test('shots', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, '?view=timeline&date=2025-07-03');
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/wt17/tl-1280.png', fullPage: false });
  await open(page, '?view=timeline&date=1998-06-01&lang=fa');
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/wt17/tl-fa.png', fullPage: false });
});
test.describe('phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
  test('shots phone', async ({ page }) => {
    await open(page, '?view=timeline&date=2025-07-03');
    await page.waitForTimeout(800);
    await page.screenshot({ path: '/tmp/wt17/tl-375.png', fullPage: false });
    await page.screenshot({ path: '/tmp/wt17/tl-375-full.png', fullPage: true });
  });
});
