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
    if (lang === 'ur') expect(stack.trim()).toMatch(/^["']RM Nastaliq["']/);
    // Pashto ۍ and Urdu ہ, which a device without Arabic fonts drew as boxes.
    const loaded = await page.evaluate(async () => {
      const faces = await document.fonts.load('700 16px "RM Arabic"', 'ۍہ');
      return faces.map((f) => f.status);
    });
    expect(loaded).toEqual(['loaded']);
    // Where the device has none of the named faces, the site's own file: it loads from the site
    // under the CSP (font-src 'self'), whatever this machine has installed.
    const own = await page.evaluate(async () => {
      const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
      const urls = rules
        .filter((r): r is CSSFontFaceRule => r instanceof CSSFontFaceRule)
        .filter((r) => r.style.getPropertyValue('font-family').includes('RM Arabic'))
        .map((r) => {
          const src = /url\("?([^")]+)"?\)/.exec(r.style.getPropertyValue('src'))![1]!;
          return new URL(src, r.parentStyleSheet?.href ?? location.href).href;
        });
      return Promise.all(
        urls.map(async (url) => {
          const face = new FontFace('RM own face', `url(${url})`);
          await face.load().catch(() => undefined);
          return {
            url: new URL(url, location.href).origin === location.origin,
            status: face.status,
          };
        }),
      );
    });
    expect(own).toEqual([
      { url: true, status: 'loaded' },
      { url: true, status: 'loaded' },
    ]);
  });
}
