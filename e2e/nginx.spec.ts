/**
 * The nginx recipe (deploy/nginx/default.conf) as a host runs it, serving the fresh build: its
 * headers, the map under its CSP, and an embed on another origin's page.
 */
import type { APIResponse } from '@playwright/test';
import { embedSnippet } from '../src/embed/snippet.ts';
import { CSP_HEADER } from '../build/publish-policy.ts';
import { HOST_ORIGIN, country, expect, open, test } from './fixtures.ts';
import { NGINX_PORT } from '../playwright.config.ts';

const NGINX = `http://127.0.0.1:${NGINX_PORT}/`;
test.use({ baseURL: NGINX });

const gzip = { 'Accept-Encoding': 'gzip' };

async function headersOf(response: APIResponse) {
  expect(response.status()).toBe(200);
  return response.headers();
}

test.describe('the nginx recipe', () => {
  test('sends the policy’s headers: CSP with frame-ancestors, caching, types, gzip', async ({
    request,
  }) => {
    const page = await headersOf(await request.get(NGINX, { headers: gzip }));
    expect(page['content-security-policy']).toBe(CSP_HEADER);
    expect(page['cache-control']).toBe('no-cache');
    expect(page['content-type']).toBe('text/html; charset=utf-8');
    expect(page['content-encoding']).toBe('gzip');
    expect(page['x-content-type-options']).toBe('nosniff');

    const html = await (await request.get(NGINX)).text();
    const script = /assets\/index-[\w-]+\.js/.exec(html)![0];
    const code = await headersOf(await request.get(NGINX + script, { headers: gzip }));
    expect(code['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(code['content-type']).toMatch(/^(application|text)\/javascript; charset=utf-8$/);
    expect(code['content-encoding']).toBe('gzip');

    const data = await headersOf(
      await request.get(`${NGINX}data/recognition.json`, { headers: gzip }),
    );
    expect(data['cache-control']).toBe('no-cache');
    expect(data['content-type']).toBe('application/json; charset=utf-8');
    expect(data['content-encoding']).toBe('gzip');
    expect(data['access-control-allow-origin']).toBe('*');

    const worker = await headersOf(await request.get(`${NGINX}sw.js`));
    expect(worker['cache-control']).toBe('no-cache');

    const shapes = /assets\/world\.planar-[\w-]+\.json/.exec(html)![0];
    expect((await headersOf(await request.get(NGINX + shapes)))['content-type']).toBe(
      'application/json; charset=utf-8',
    );
    expect((await headersOf(await request.get(`${NGINX}favicon.svg`)))['content-type']).toBe(
      'image/svg+xml; charset=utf-8',
    );
    // A missing file is a plain 404, with the same security headers.
    const missing = await request.get(`${NGINX}nothing-here`);
    expect(missing.status()).toBe(404);
    expect(missing.headers()['content-security-policy']).toBe(CSP_HEADER);
  });

  test('the map renders under the header CSP, with no violation', async ({ page }) => {
    await open(page, '?date=2025-07-03');
    await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'recognized');
    await page.getByRole('button', { name: 'Table' }).click();
    await expect(page.locator('rm-data-table tr[data-iso3="RUS"]')).toBeVisible();
  });

  test('an embed on another origin’s article sizes itself', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${HOST_ORIGIN}/e2e/hosts/blank.html`);
    await page.setContent(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body><h1>Article</h1>${embedSnippet({ src: `${NGINX}?embed=1&date=2025-07-03`, title: 'Map' })}<p>After.</p></body></html>`,
    );
    const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    await expect(frame.locator('rm-map [data-iso3="RUS"]')).toHaveAttribute(
      'data-status',
      'recognized',
    );
    await expect
      .poll(async () => {
        const outer = await page
          .locator('iframe')
          .evaluate((f) => Math.round(f.getBoundingClientRect().height));
        const inner = await frame.evaluate(() =>
          Math.ceil(document.body.getBoundingClientRect().height),
        );
        return Math.abs(outer - inner) <= 1 && outer !== 640;
      })
      .toBe(true);
  });
});
