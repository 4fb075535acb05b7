/**
 * A broken deploy never breaks a reader who had good data: a damaged, invalid, missing, failing
 * or stalled file is replaced by the last good copy, with a notice that says what failed and the
 * date the shown data was checked. Without a copy, the message names the file and offers Retry.
 */
import { country, open } from './fixtures.ts';
import { copiesKept, expect, test } from './host-fixtures.ts';
import type { Fault } from './hosts/test-host.ts';

const DATA = 'data/recognition.json';
const notice = (page: import('@playwright/test').Page) => page.locator('rm-app .notice');

const FAULTS: [Fault, string][] = [
  ['truncated', 'is damaged'],
  ['invalid', 'failed its checks'],
  [404, 'The server answered 404 for data/recognition.json.'],
  [503, 'The server answered 503 for data/recognition.json.'],
];

test.describe('the data file breaks after a good visit', () => {
  for (const [fault, words] of FAULTS)
    test(`${fault}: the last good copy, and a notice naming the file and the checked date`, async ({
      page,
      host,
    }) => {
      await open(page);
      await copiesKept(page, DATA);
      host.fault(DATA, fault);
      await open(page);
      await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'recognized');
      await expect(notice(page)).toContainText(words);
      await expect(notice(page)).toContainText('data/recognition.json');
      await expect(notice(page)).toContainText(
        'The map shows the copy saved on your last visit, with data checked on 27 November 2026.',
      );
      // Repaired: the next visit is fresh and says nothing.
      host.fault(DATA, null);
      await open(page);
      await expect(notice(page)).toHaveCount(0);
    });
});

test.describe('a stalled data file', () => {
  test.use({ fakeTimers: true });

  test('the copy after a few seconds, not a wait without end', async ({ page, host }) => {
    await open(page);
    await copiesKept(page, DATA);
    host.fault(DATA, 'stall');
    await page.goto('./');
    await expect(page.getByText('Loading the map…')).toBeVisible();
    await page.clock.runFor(5_500);
    // The map's own frames and timers run on from here.
    await page.clock.resume();
    await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'recognized');
    await expect(notice(page)).toContainText('did not arrive');
  });
});

test('without a good copy the message names the file, and Retry works once it is back', async ({
  page,
  host,
}) => {
  host.fault(DATA, 404);
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The map could not load its data.');
  await expect(alert).toContainText('The server answered 404 for data/recognition.json.');
  host.fault(DATA, null);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'recognized');
});

test('the map’s shapes, a pinned release and a language file keep their last good copies', async ({
  page,
  host,
}) => {
  const html = host.read('index.html').toString('utf8');
  const topology = /assets\/world\.planar-[\w-]+\.json/.exec(html)![0];
  const release = 'data/releases/2026-11-27.json';
  await open(page, '?release=2026-11-27&lang=fa');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa-AF');
  await copiesKept(page, release, 'world.planar.json', 'data/translations/fa.json');
  // Hashed files are kept by the browser for good; this one has been evicted since.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  host.fault(topology, 500);
  host.fault(release, 'truncated');
  host.fault('data/translations/fa.json', 404);
  await open(page, '?release=2026-11-27&lang=fa');
  await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'recognized');
  await expect(notice(page).filter({ hasText: release })).toHaveCount(1);
  await expect(notice(page).filter({ hasText: topology })).toHaveCount(1);
  await expect(notice(page).filter({ hasText: 'data/translations/fa.json' })).toHaveCount(1);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a damaged file does not replace the good copy, online or offline', async ({
    page,
    host,
    context,
  }) => {
    await open(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await copiesKept(page, DATA);
    host.fault(DATA, 'truncated');
    await open(page);
    await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'recognized');
    await expect(notice(page)).toContainText('is damaged');
    await context.setOffline(true);
    await open(page);
    await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'recognized');
    await expect(notice(page)).toContainText('You are offline');
    await expect(page.locator('rm-app footer')).toContainText('Data checked 27 November 2026');
  });

  test('a missing page (a broken deploy) is answered with the page saved on the last visit', async ({
    page,
    host,
  }) => {
    await open(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await open(page);
    host.fault('index.html', 404);
    await open(page);
    await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'recognized');
  });
});
