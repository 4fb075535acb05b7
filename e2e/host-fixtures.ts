/**
 * Tests against the test host (e2e/hosts/test-host.ts): the site as a real host serves it, with
 * its caching headers, deploys and faults. `baseURL` is the host's address for these tests.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { startTestHost, type HeaderStyle, type TestHost } from './hosts/test-host.ts';
import { test as base, expect } from './fixtures.ts';

export const test = base.extend<{ headerStyle: HeaderStyle; host: TestHost }>({
  headerStyle: ['legacy', { option: true }],
  host: async ({ headerStyle }, use) => {
    const host = await startTestHost(headerStyle);
    await use(host);
    await host.close();
  },
  baseURL: async ({ host }, use) => use(host.url),
});

export { expect };

/** The dataset with one more event: Belarus recognises, on 20 Nov 2026 (a test event). */
export function withAddedEvent(dataset: Buffer): string {
  const json = JSON.parse(dataset.toString('utf8'));
  const template = json.events.find(
    (e: { country?: { iso3: string }; status: string }) =>
      e.country?.iso3 === 'RUS' && e.status === 'recognized',
  );
  json.events.push({
    ...template,
    id: '2026-11-20-blr-test-recognition',
    date: '2026-11-20',
    country: { iso3: 'BLR', numeric: '112' },
    description: 'A test event: Belarus recognises the Islamic Emirate.',
  });
  return JSON.stringify(json);
}

/** Requests the host saw for a path ending in `suffix`, since `from`. */
export const seen = (host: TestHost, suffix: string, from = 0) =>
  host.requests.slice(from).filter((r) => r.path.endsWith(suffix));

/**
 * Wait until the page has kept its last good copy of each file (ending in one of `suffixes`): a
 * reader who leaves at once could leave before the copy is written.
 */
export async function copiesKept(page: Page, ...suffixes: string[]): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async (wanted) => {
        const store = await caches.open('recognition-map-last-good');
        const kept = (await store.keys()).map((r) => r.url);
        return wanted.every((w) => kept.some((k) => k.endsWith(w)));
      }, suffixes),
    )
    .toBe(true);
}

/** A returning reader's next visit: a new tab in the same browser profile. */
export async function revisit(context: BrowserContext, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`./${query}`);
  return page;
}

export type { Browser };
