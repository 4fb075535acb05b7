/**
 * Shared test fixtures. Every page sees the same "today" (28 Nov 2026, noon in Los Angeles) so
 * no test depends on the real clock, and any request to another origin fails the test.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const TODAY = '2026-11-28';

export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(r.url());
      });
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
  page: async ({ page }, use) => {
    await page.clock.setFixedTime(new Date(`${TODAY}T20:00:00Z`));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await use(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };

/** Open the site (optionally with a query string) and wait for the map to be ready. */
export async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
}
