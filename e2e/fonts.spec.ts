/**
 * Type for Arabic script: Dari, Pashto, Arabic and Urdu name faces that have their letters, with
 * the site's own face last (from its own origin, under its CSP), and an English reader never
 * downloads it, nor does the offline cache keep it for everyone.
 */
import { expect, open, test } from './fixtures.ts';

test('an English reader downloads no font, and the offline worker does not precache one', async ({
  page,
}) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font' || /\.woff2?$/.test(r.url())) fonts.push(r.url());
  });
  await open(page);
  await page.getByLabel('About the data').click();
  await page.waitForLoadState('networkidle');
  expect(fonts).toEqual([]);
  const worker = await (await page.request.get('./sw.js')).text();
  expect(worker).toContain('__PRECACHE');
  expect(worker).not.toMatch(/\.woff2/);
});

for (const lang of ['fa', 'ps', 'ar', 'ur']) {
  test(`${lang}: the page's faces cover Arabic script, the site's own face loads where needed`, async ({
    page,
  }) => {
    await open(page, `?lang=${lang}`);
    const stack = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--rm-font'),
    );
    expect(stack).toContain('Noto Naskh Arabic');
    expect(stack).toContain('RM Arabic');
    if (lang === 'ur')
      expect(stack.trim()).toMatch(/^["']RM Nastaliq["'], ["']Noto Nastaliq Urdu["']/);
    // Pashto ۍ and Urdu ہ, which a device without Arabic fonts drew as boxes.
    const loaded = await page.evaluate(async () => {
      const faces = await document.fonts.load('700 16px "RM Arabic"', 'ۍہ');
      return faces.map((f) => f.status);
    });
    expect(loaded).toEqual(['loaded']);
  });
}
