import type { Page } from '@playwright/test';
import {
  clickCountry,
  country,
  expect,
  open,
  panel,
  scriptsRequested,
  test,
  tooltip,
} from './fixtures.ts';

/** The reader's zoom, as the map's view layer has it (`scale(1)` unzoomed). */
const scale = (page: Page) =>
  page.locator('rm-map .view').evaluate((g) => {
    const m = /scale\(([\d.]+)\)/.exec((g as SVGGElement).style.transform);
    return m ? Number(m[1]) : 1;
  });

/** Every country's code and status, in document order: the DOM contract. */
const contract = (page: Page) =>
  page
    .locator('rm-map .country')
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-iso3') ?? '-'}:${e.getAttribute('data-status')}`),
    );

const openedCountry = (page: Page) => new URL(page.url()).searchParams.get('country');

/** The element focused inside the map, by its code. */
const focusedInMap = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('rm-app')!
        .shadowRoot!.querySelector('rm-map')!
        .shadowRoot!.activeElement?.getAttribute('data-iso3') ?? null,
  );

/**
 * Points on screen inside a country's drawn shape (`isPointInFill`), `margin` px from its edge
 * at least, whatever is drawn over them.
 */
async function pointsInside(page: Page, iso3: string, margin = 0.5) {
  return country(page, iso3).evaluate((element, margin) => {
    const shape = element as SVGGeometryElement;
    const box = shape.getBBox();
    const ctm = shape.getScreenCTM()!;
    const m = margin / ctm.a;
    const inside = (x: number, y: number) =>
      [
        [0, 0],
        [m, 0],
        [-m, 0],
        [0, m],
        [0, -m],
      ].every(([dx, dy]) => shape.isPointInFill(new DOMPoint(x + dx!, y + dy!)));
    const points: { x: number; y: number }[] = [];
    for (let i = 1; i < 80; i++)
      for (let j = 1; j < 80; j++) {
        const x = box.x + (box.width * i) / 80;
        const y = box.y + (box.height * j) / 80;
        if (!inside(x, y)) continue;
        const p = new DOMPoint(x, y).matrixTransform(ctm);
        points.push({ x: p.x, y: p.y });
      }
    return points;
  }, margin);
}

const centreOf = async (page: Page, iso3: string) => {
  const b = (await country(page, iso3).boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};

const nearest = (points: { x: number; y: number }[], to: { x: number; y: number }) => {
  const d = (p: { x: number; y: number }) => Math.hypot(p.x - to.x, p.y - to.y);
  const best = points.reduce((a, b) => (d(b) < d(a) ? b : a));
  return { ...best, distance: d(best) };
};

test.describe('zooming the map on a desktop', () => {
  test('the buttons zoom in, out and back; every country keeps its code and status; markers keep their size', async ({
    page,
  }) => {
    await open(page);
    const before = await contract(page);
    const marker = async () => (await country(page, 'BHR').boundingBox())!.width;
    const markerBefore = await marker();
    const france = async () => (await country(page, 'FRA').boundingBox())!.width;
    const franceBefore = await france();
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    await expect(zoomIn.locator('svg')).toBeAttached();
    await zoomIn.click();
    await expect.poll(() => scale(page)).toBe(2);
    await zoomIn.click();
    await expect.poll(() => scale(page)).toBe(4);
    expect(await contract(page)).toEqual(before);
    await expect.poll(france).toBeGreaterThan(franceBefore * 3.5);
    // The same size on screen, give or take the rounding of its outline (a pixel).
    expect(Math.abs((await marker()) - markerBefore)).toBeLessThan(1);
    expect(await country(page, 'FRA').evaluate((e) => getComputedStyle(e).vectorEffect)).toBe(
      'non-scaling-stroke',
    );
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(() => scale(page)).toBe(2);
    await page.getByRole('button', { name: 'Reset zoom' }).click();
    await expect.poll(() => scale(page)).toBe(1);
    await expect(page.getByRole('button', { name: 'Reset zoom' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(await contract(page)).toEqual(before);
  });

  test('+ and - zoom the focused map, 0 resets; arrow keys still move between countries', async ({
    page,
  }) => {
    await open(page);
    await country(page, 'AFG').focus();
    await page.keyboard.press('+');
    await expect.poll(() => scale(page)).toBe(2);
    await page.keyboard.press('+');
    await expect.poll(() => scale(page)).toBe(4);
    await page.keyboard.press('-');
    await expect.poll(() => scale(page)).toBe(2);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedInMap(page)).not.toBe('AFG');
    await page.keyboard.press('0');
    await expect.poll(() => scale(page)).toBe(1);
  });

  test('the keyboard’s focus is panned into sight when zoomed in', async ({ page }) => {
    await open(page);
    await country(page, 'AFG').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    await expect.poll(() => scale(page)).toBe(8);
    // Far to the west of Afghanistan, out of sight at 8×.
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowLeft');
    const focused = (await focusedInMap(page))!;
    const map = (await page.locator('rm-map svg[role="group"]').boundingBox())!;
    await expect
      .poll(async () => {
        const b = (await country(page, focused).boundingBox())!;
        const [x, y] = [b.x + b.width / 2, b.y + b.height / 2];
        return x > map.x && x < map.x + map.width && y > map.y && y < map.y + map.height;
      })
      .toBe(true);
  });

  test('a double click zooms in about the pointer; a plain wheel scrolls the page, Ctrl and the wheel zoom', async ({
    page,
  }) => {
    await open(page);
    const map = (await page.locator('rm-map svg[role="group"]').boundingBox())!;
    // The South Pacific, far from any state.
    const sea = { x: map.x + map.width * 0.08, y: map.y + map.height * 0.8 };
    await page.mouse.move(sea.x, sea.y);
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(300);
    expect(await scale(page)).toBe(1);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect.poll(() => scale(page)).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Reset zoom' }).click();
    await expect.poll(() => scale(page)).toBe(1);
    await page.mouse.dblclick(sea.x, sea.y);
    await expect.poll(() => scale(page)).toBe(2);
    await expect(panel(page)).toHaveCount(0);
  });

  test('a region preset resets the zoom to that region', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => scale(page)).toBe(2);
    await page.getByRole('button', { name: 'Middle East and Asia' }).click();
    await expect.poll(() => scale(page)).toBe(1);
    await expect(country(page, 'QAT')).toBeVisible();
  });

  test('d3-zoom is not part of the first view: it loads when the reader reaches for the map', async ({
    page,
  }) => {
    const scripts = scriptsRequested(page);
    await open(page);
    await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
    const zoomCode = (path: string) => /\/zoom-behaviour-[\w-]+\.js$/.test(path);
    expect(scripts.filter(zoomCode)).toEqual([]);
    await page.locator('rm-map svg[role="group"]').hover();
    await expect.poll(() => scripts.filter(zoomCode)).toHaveLength(1);
  });

  test('closing a country’s panel gives focus back to that country, with no tooltip', async ({
    page,
  }) => {
    await open(page);
    await clickCountry(page, 'DEU');
    await expect(panel(page).getByRole('heading', { name: 'Germany' })).toBeFocused();
    await panel(page).getByRole('button', { name: 'Close' }).click();
    await expect(panel(page)).toBeHidden();
    await expect(country(page, 'DEU')).toBeFocused();
    await expect(tooltip(page)).toHaveCount(0);
    // Opened from a link: the same, never Afghanistan.
    await open(page, '?country=NOR');
    await expect(panel(page).getByRole('heading', { name: 'Norway' })).toBeVisible();
    await panel(page).getByRole('button', { name: 'Close' }).click();
    await expect(country(page, 'NOR')).toBeFocused();
    await expect(tooltip(page)).toHaveCount(0);
    // From the keyboard, the focus shows its tooltip: the country the reader chose.
    await page.keyboard.press('Enter');
    await expect(panel(page).getByRole('heading', { name: 'Norway' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(country(page, 'NOR')).toBeFocused();
    await expect(tooltip(page)).toContainText('Norway');
  });
});

test.describe('the map on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  const tapOpens = async (page: Page, at: { x: number; y: number }, iso3: string, name: string) => {
    await page.touchscreen.tap(at.x, at.y);
    await expect(panel(page).getByRole('heading', { name })).toBeVisible();
    expect(openedCountry(page)).toBe(iso3);
    await expect(tooltip(page)).toHaveCount(0);
  };

  test('a tap inside the Emirates opens the Emirates, even on Bahrain’s dot', async ({ page }) => {
    await open(page);
    const bahrain = await centreOf(page, 'BHR');
    const onDot = nearest(await pointsInside(page, 'ARE'), bahrain);
    // Inside Bahrain's dot (3.2 px and its stroke), so the dot drawn over it used to win.
    expect(onDot.distance).toBeLessThan(3.6);
    await tapOpens(page, onDot, 'ARE', 'United Arab Emirates');
    await open(page);
    const box = (await country(page, 'ARE').boundingBox())!;
    const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await tapOpens(
      page,
      nearest(await pointsInside(page, 'ARE'), middle),
      'ARE',
      'United Arab Emirates',
    );
  });

  test('a tap inside Norway by Sweden opens Norway; Germany opens Germany', async ({ page }) => {
    await open(page);
    const sweden = await centreOf(page, 'SWE');
    await tapOpens(page, nearest(await pointsInside(page, 'NOR'), sweden), 'NOR', 'Norway');
    await open(page);
    const germany = await centreOf(page, 'DEU');
    await tapOpens(page, nearest(await pointsInside(page, 'DEU'), germany), 'DEU', 'Germany');
  });

  test('the Gulf: Qatar under Bahrain’s dot is Qatar; Bahrain’s dot is Bahrain; San Marino’s dot inside Italy is San Marino', async ({
    page,
  }) => {
    await open(page, '?region=asia');
    const bahrain = await centreOf(page, 'BHR');
    const qatar = nearest(await pointsInside(page, 'QAT'), bahrain);
    await tapOpens(page, qatar, 'QAT', 'Qatar');
    await open(page, '?region=asia');
    await tapOpens(page, await centreOf(page, 'BHR'), 'BHR', 'Bahrain');
    await open(page);
    await tapOpens(page, await centreOf(page, 'BHR'), 'BHR', 'Bahrain');
    await open(page);
    await tapOpens(page, await centreOf(page, 'SMR'), 'SMR', 'San Marino');
  });

  test('a one-finger swipe on the unzoomed map scrolls the page; zoomed in, it pans the map', async ({
    page,
  }) => {
    await open(page);
    const svg = page.locator('rm-map svg[role="group"]');
    await expect(svg).toHaveCSS('touch-action', 'pan-x pan-y');
    const map = (await svg.boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const [x, y] = [map.x + map.width * 0.3, map.y + map.height * 0.7];
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', dy = 0) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y: y - dy }],
      });
    const swipe = async () => {
      await touch('touchStart');
      for (let i = 1; i <= 8; i++) await touch('touchMove', i * 12);
      await touch('touchEnd');
    };
    const scrolled = () => page.evaluate(() => scrollY);
    /** Once the page has stopped moving (a swipe flings it on a little). */
    const settled = async () => {
      let last = -1;
      await expect
        .poll(async () => last === (last = await scrolled()), { intervals: [250] })
        .toBe(true);
      return last;
    };
    await swipe();
    expect(await settled()).toBeGreaterThan(50);
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
    await page.getByRole('button', { name: 'Zoom in' }).tap();
    await expect.poll(() => scale(page)).toBe(2);
    await expect(svg).toHaveCSS('touch-action', 'none');
    const view = () =>
      page.locator('rm-map .view').evaluate((g) => (g as SVGGElement).style.transform);
    const zoomed = await view();
    await swipe();
    await expect.poll(view).not.toBe(zoomed);
    expect(await settled()).toBe(0);
    expect(await scale(page)).toBe(2);
  });

  test('a pinch zooms the map, a double tap zooms in; the zoom buttons are 44 px targets', async ({
    page,
  }) => {
    await open(page);
    const map = (await page.locator('rm-map svg[role="group"]').boundingBox())!;
    for (const name of ['Zoom in', 'Zoom out', 'Reset zoom']) {
      const b = (await page.getByRole('button', { name }).boundingBox())!;
      expect(b.width).toBeGreaterThanOrEqual(44);
      expect(b.height).toBeGreaterThanOrEqual(44);
    }
    // The South Pacific: a tap there chooses nothing.
    const sea = { x: map.x + map.width * 0.08, y: map.y + map.height * 0.75 };
    await page.touchscreen.tap(sea.x, sea.y);
    await page.touchscreen.tap(sea.x, sea.y);
    await expect.poll(() => scale(page)).toBe(2);
    await expect(panel(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Reset zoom' }).tap();
    await expect.poll(() => scale(page)).toBe(1);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.synthesizePinchGesture', {
      x: Math.round(map.x + map.width / 2),
      y: Math.round(map.y + map.height / 2),
      scaleFactor: 3,
      gestureSourceType: 'touch',
      relativeSpeed: 400,
    });
    await expect.poll(() => scale(page)).toBeGreaterThan(1.5);
  });
});
