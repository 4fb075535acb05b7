import { UN_MEMBERS } from '../src/model/countries.ts';
import {
  clickCountry,
  country,
  expect,
  hoverCountry,
  mapSettled,
  open,
  panel,
  test,
  tooltip,
} from './fixtures.ts';

test.describe('the map', () => {
  test('opens on today: Russia recognises, four accept an ambassador, Afghanistan distinct', async ({
    page,
  }) => {
    await open(page);
    await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'recognized');
    for (const iso3 of ['CHN', 'ARE', 'UZB', 'PAK'])
      await expect(country(page, iso3)).toHaveAttribute('data-status', 'ambassador');
    await expect(country(page, 'IRN')).toHaveAttribute('data-status', 'charge');
    await expect(country(page, 'USA')).toHaveAttribute('data-status', 'none');
    await expect(country(page, 'AFG')).toHaveAttribute('data-status', 'afghanistan');
    await expect(page.locator('rm-time-slider .current .date')).toHaveText('28 November 2026');
  });

  test('draws every UN member state exactly once, microstates as markers, with the DOM contract', async ({
    page,
  }) => {
    await open(page);
    const codes = await page
      .locator('rm-map .country[data-iso3]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-iso3')));
    expect(new Set(codes).size).toBe(codes.length);
    expect(UN_MEMBERS.filter((iso3) => !codes.includes(iso3))).toEqual([]);
    expect(UN_MEMBERS).toHaveLength(193);
    const statuses = await page
      .locator('rm-map .country')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    const allowed = [
      'recognized',
      'ambassador',
      'charge',
      'contact',
      'none',
      'withdrawn',
      'afghanistan',
      'no-data',
    ];
    expect(statuses.every((s) => allowed.includes(s!))).toBe(true);
    await expect(page.locator('rm-map .country[data-status="no-data"]')).toHaveCount(3);
    await expect(page.locator('rm-map .country[data-status="no-data"][data-iso3]')).toHaveCount(0);
    await expect(country(page, 'BHR')).toHaveJSProperty('tagName', 'circle');
    await expect(country(page, 'BHR')).toBeVisible();
  });

  test('a microstate marker is hoverable and clickable', async ({ page }) => {
    await open(page, '?date=2025-07-03');
    await hoverCountry(page, 'MLT');
    await expect(tooltip(page)).toContainText('Malta');
    await clickCountry(page, 'MLT');
    await expect(panel(page).getByRole('heading', { name: 'Malta' })).toBeVisible();
  });

  test('withdrawn is drawn with a pattern, unlike no relations', async ({ page }) => {
    await open(page, '?date=2001-10-01');
    await expect(country(page, 'SAU')).toHaveAttribute('data-status', 'withdrawn');
    const fill = (iso3: string) => country(page, iso3).evaluate((e) => getComputedStyle(e).fill);
    expect(await fill('SAU')).toMatch(/url\(/);
    expect(await fill('FRA')).toMatch(/rgb/);
    expect(await fill('FRA')).not.toBe(await fill('SAU'));
  });

  test('approximate and unconfirmed statuses are outlined dotted and said in the tooltip', async ({
    page,
  }) => {
    await open(page, '?date=1997-06-01');
    await expect(page.locator('rm-map .outline.uncertain')).not.toHaveCount(0);
    await country(page, 'ARE').focus();
    await expect(tooltip(page)).toContainText('Recognises since around May 1997');
    await expect(tooltip(page)).toContainText('The exact day is not known');
    await page.goto('./?date=2024-01-01');
    await country(page, 'KGZ').focus();
    await expect(tooltip(page)).toContainText('Unconfirmed');
    await expect(tooltip(page)).toContainText('by 27 Feb 2023');
  });

  test('hovering Russia says “Recognises since 3 Jul 2025” and describes the event', async ({
    page,
  }) => {
    await open(page);
    await hoverCountry(page, 'RUS');
    await expect(tooltip(page)).toContainText('Russia');
    await expect(tooltip(page)).toContainText('Recognises since 3 Jul 2025');
    await expect(tooltip(page)).toContainText('Russia formally recognises the Islamic Emirate');
  });

  test('the region preset re-fits the map so the Gulf is large enough to click', async ({
    page,
  }) => {
    await open(page);
    const box = async () => (await country(page, 'QAT').boundingBox())!;
    const before = await box();
    await page.getByRole('button', { name: 'Middle East and Asia' }).click();
    await expect(page.getByRole('button', { name: 'Middle East and Asia' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await mapSettled(page);
    expect((await box()).width).toBeGreaterThan(before.width * 2.5);
    expect(new URL(page.url()).searchParams.get('region')).toBe('asia');
    await clickCountry(page, 'QAT');
    await expect(panel(page).getByRole('heading', { name: 'Qatar' })).toBeVisible();
  });

  test('the region change eases, unless the reader asks for reduced motion', async ({ page }) => {
    await open(page);
    // Count the transitions the map starts, however quickly they end.
    await page.locator('rm-map .zoom').evaluate((g) => {
      const animate = g.animate.bind(g);
      (window as unknown as { zooms: number }).zooms = 0;
      g.animate = (...args: Parameters<Element['animate']>) => {
        (window as unknown as { zooms: number }).zooms++;
        return animate(...args);
      };
    });
    const zooms = () => page.evaluate(() => (window as unknown as { zooms: number }).zooms);
    await page.getByRole('button', { name: 'Middle East and Asia' }).click();
    await expect.poll(zooms).toBe(1);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'World' }).click();
    await expect(page.getByRole('button', { name: 'World' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(country(page, 'RUS')).toBeVisible();
    expect(await zooms()).toBe(1);
  });

  test('the search box finds a country by its name or an alias and opens it', async ({ page }) => {
    await open(page);
    const search = page.getByRole('combobox', { name: 'Find a country' });
    const options = page.locator('rm-country-search').getByRole('option');
    await search.fill('turk');
    await expect(options).toHaveCount(2);
    await search.fill('UAE');
    await expect(options.first()).toHaveText('United Arab Emirates');
    await search.press('Enter');
    await expect(panel(page).getByRole('heading', { name: 'United Arab Emirates' })).toBeVisible();
    await search.fill('zzzz');
    await expect(options).toHaveText('No country found');
  });
});

test.describe('the legend', () => {
  test('counts UN member states per status on the selected day', async ({ page }) => {
    await open(page, '?date=2025-07-03');
    const entry = (name: string) =>
      page.locator('rm-legend button', {
        has: page.locator('.name', { hasText: new RegExp(`^${name}$`) }),
      });
    await expect(entry('Recognises')).toContainText('1 of 193');
    await expect(entry('Accepts a Taliban ambassador')).toContainText('4 of 193');
    await expect(entry('Taliban-run mission')).toContainText('9 of 193');
    await expect(entry('Withdrew recognition')).toContainText('0 of 193');
    await expect(entry('Withdrew recognition')).toHaveClass(/empty/);
    await expect(entry('Recognises')).toContainText('Formal (de jure) recognition');
    // Afghanistan is counted too: every UN member state once, on any day of either period.
    for (const date of ['2025-07-03', '1998-06-27']) {
      await open(page, `?date=${date}`);
      // The legend loads just after the map.
      await expect(page.locator('rm-legend .count')).toHaveCount(7);
      const counts = await page
        .locator('rm-legend .count')
        .evaluateAll((els) => els.map((e) => Number(e.textContent!.trim().split(' ')[0])));
      expect(counts).toHaveLength(7);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(193);
    }
  });

  test('hovering or focusing an entry highlights its countries', async ({ page }) => {
    await open(page, '?date=2025-07-03');
    const opacity = (iso3: string) =>
      country(page, iso3).evaluate((e) => getComputedStyle(e).opacity);
    expect(await opacity('FRA')).toBe('1');
    await page.locator('rm-legend button', { hasText: 'Accepts a Taliban ambassador' }).hover();
    await expect.poll(() => opacity('FRA')).not.toBe('1');
    expect(await opacity('CHN')).toBe('1');
    await page.locator('rm-legend button', { hasText: 'Recognises' }).focus();
    await expect.poll(() => opacity('CHN')).not.toBe('1');
    expect(await opacity('RUS')).toBe('1');
  });
});

test.describe('the first view', () => {
  test('marks the steps to its first map once each, in order (npm run bench reads them)', async ({
    page,
  }) => {
    // The tests' fixed clock makes performance.mark a no-op: record the calls instead.
    await page.addInitScript(() => {
      const names: string[] = [];
      (window as unknown as { marks: string[] }).marks = names;
      const mark = performance.mark.bind(performance);
      performance.mark = (name, options) => (names.push(name), mark(name, options));
    });
    await open(page);
    const marked = () => page.evaluate(() => (window as unknown as { marks: string[] }).marks);
    await expect.poll(marked).toContain('rm-map-painted');
    const marks = (await marked()).filter((name) => name.startsWith('rm-'));
    expect(marks).toEqual([
      'rm-app-started',
      'rm-data-ready',
      'rm-page-drawn',
      'rm-map-projected',
      'rm-map-drawn',
      'rm-map-painted',
    ]);
  });
});
