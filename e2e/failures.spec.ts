import type { Page, Route } from '@playwright/test';
import { expect, open, test } from './fixtures.ts';

const DATA = '**/data/recognition.json';
const TOPOLOGY = '**/assets/world.planar-*.json';
const alert = (page: Page) => page.getByRole('alert');

/** A failed load says what happened and offers a retry that works once the server recovers. */
async function retryRecovers(page: Page, pattern: string) {
  await page.unroute(pattern);
  await alert(page).getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('rm-map [data-iso3="RUS"]')).toHaveAttribute(
    'data-status',
    'recognized',
  );
}

test.describe('failed loads get a clear message and a Retry button, never a blank page', () => {
  test('the data cannot be fetched', async ({ page }) => {
    await page.route(DATA, (route) => route.abort('connectionrefused'));
    await page.goto('./');
    await expect(alert(page)).toContainText('The map could not load its data.');
    await expect(alert(page)).toContainText('could not be fetched');
    await retryRecovers(page, DATA);
  });

  test('the server answers 500 for the data', async ({ page }) => {
    await page.route(DATA, (route) => route.fulfill({ status: 500, body: 'oops' }));
    await page.goto('./');
    await expect(alert(page)).toContainText('The server answered 500');
    await retryRecovers(page, DATA);
  });

  test('the data file is corrupted', async ({ page }) => {
    await page.route(DATA, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"meta": {"title": "x", "asOf',
      }),
    );
    await page.goto('./');
    await expect(alert(page)).toContainText('The data file data/recognition.json is damaged');
    await retryRecovers(page, DATA);
  });

  test('the data file fails its checks, naming the event and the field', async ({ page }) => {
    await page.route(DATA, async (route: Route) => {
      const response = await route.fetch();
      const json = await response.json();
      json.events[3].status = 'friendly';
      await route.fulfill({ response, json });
    });
    await page.goto('./');
    await expect(alert(page)).toContainText('failed its checks');
    await expect(alert(page)).toContainText('field "status": unknown status "friendly"');
    await retryRecovers(page, DATA);
  });

  test('the map shapes cannot be fetched, or are corrupted', async ({ page }) => {
    await page.route(TOPOLOGY, (route) => route.abort('failed'));
    await page.goto('./');
    await expect(alert(page)).toContainText('could not be fetched');
    await page.unroute(TOPOLOGY);
    await page.route(TOPOLOGY, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"type":"Topology","objects":{}}',
      }),
    );
    await alert(page).getByRole('button', { name: 'Try again' }).click();
    await expect(alert(page)).toContainText('damaged');
    await retryRecovers(page, TOPOLOGY);
  });
});

test.describe('a slow load', () => {
  test.use({ fakeTimers: true });

  test('says it is still loading and offers Retry', async ({ page }) => {
    // Requests for the data hang until the test lets them through.
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route(DATA, async (route) => {
      await gate;
      await route.continue().catch(() => undefined);
    });
    await page.goto('./');
    await expect(page.getByRole('status').filter({ hasText: 'Loading the map' })).toBeVisible();
    await page.clock.runFor(7000);
    await expect(page.getByText('Still loading: the connection may be slow.')).toBeVisible();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText('Loading the map…')).toBeVisible();
    release();
    await expect(page.locator('rm-map [data-iso3="RUS"]')).toHaveAttribute(
      'data-status',
      'recognized',
    );
  });
});

test('a wrong base path still finds everything relative to the page', async ({ page, baseURL }) => {
  // Served under /recognition-map/ (not /): every request stays under it.
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await open(page);
  expect(requests.filter((p) => !p.startsWith(new URL(baseURL!).pathname))).toEqual([]);
  // Asset names carry a content hash, so a new build never serves a stale cached file.
  expect(
    requests
      .filter((p) => p.includes('/assets/'))
      .every((p) => /-[\w-]{8}\.(js|css|json)$/.test(p)),
  ).toBe(true);
});
