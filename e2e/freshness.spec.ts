/**
 * A returning reader sees the newest data on the first visit after a deploy, whatever caching
 * headers the host sends, with or without the service worker, on the page and in an embed; a
 * page left open is told when a newer version is published.
 */
import { TODAY, country, open } from './fixtures.ts';
import { expect, seen, test, withAddedEvent } from './host-fixtures.ts';
import type { TestHost } from './hosts/test-host.ts';

const DATA = 'data/recognition.json';

/** A deploy that adds an event: Belarus recognises (test data). */
const dataDeploy = (host: TestHost) => host.deploy({ [DATA]: withAddedEvent(host.read(DATA)) });

for (const style of ['legacy', 'max-age'] as const)
  test.describe(`a host sending ${style === 'legacy' ? 'an old Last-Modified and no Cache-Control' : 'max-age=40 on the data'}`, () => {
    test.use({ headerStyle: style });

    for (const query of ['', '?embed=1'])
      test(`the next visit after a deploy shows the new data${query ? ' (embed)' : ''}`, async ({
        page,
        host,
      }) => {
        await open(page, query);
        await expect(country(page, 'BLR')).toHaveAttribute('data-status', 'none');
        dataDeploy(host);
        const from = host.requests.length;
        await open(page, query);
        await expect(country(page, 'BLR')).toHaveAttribute('data-status', 'recognized');
        // The browser asked the server, which the host's headers would not have made it do.
        expect(seen(host, DATA, from)).toHaveLength(1);
      });
  });

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a deploy of data and code: the next visit shows the new data, offline too', async ({
    page,
    host,
    context,
  }) => {
    await open(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await open(page);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    dataDeploy(host);
    host.deployCode();
    await open(page);
    await expect(country(page, 'BLR')).toHaveAttribute('data-status', 'recognized');
    // The page keeps the new data as its copy.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const store = await caches.open('recognition-map-last-good');
          const kept = await store.match(new URL('data/recognition.json', document.baseURI).href);
          return (await kept?.text())?.includes('2026-11-20-blr-test-recognition');
        }),
      )
      .toBe(true);
    // The new worker takes over; offline, the page still has the new data.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    // The new worker has installed (its files are kept) and taken over.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          const settled =
            registration?.active?.state === 'activated' &&
            !registration.installing &&
            !registration.waiting;
          return settled ? (await caches.keys()).filter((k) => k.includes('-sw-next')).length : 0;
        }),
      )
      .toBe(1);
    await context.setOffline(true);
    await open(page);
    await expect(country(page, 'BLR')).toHaveAttribute('data-status', 'recognized');
    await expect(page.locator('rm-app .notice')).toContainText('You are offline');
  });

  test('a page left open is told a newer version is published, and reloads into it', async ({
    page,
    host,
  }) => {
    await open(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await open(page);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const next = host.deployCode();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const notice = page.locator('rm-app .notice').filter({ hasText: 'A newer version' });
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'recognized');
    await expect(page.locator('rm-app .notice')).toHaveCount(0);
    // The reloaded page runs the new build.
    expect(
      await page.evaluate(() => document.querySelector('script[type=module]')?.getAttribute('src')),
    ).toBe(`./${next}`);
  });
});

test('a page left open without a worker is told when newer data is published', async ({
  page,
  host,
}) => {
  await open(page);
  dataDeploy(host);
  // The tab comes back after a long while hidden (the page checks then).
  await page.evaluate(() => {
    const hidden = (value: boolean) =>
      Object.defineProperty(document, 'hidden', { value, configurable: true });
    hidden(true);
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.clock.setFixedTime(new Date(`${TODAY}T22:00:00Z`));
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: false, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(page.locator('rm-app .notice')).toContainText(
    'A newer version of the map has been published.',
  );
});
