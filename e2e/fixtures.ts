/**
 * Shared test fixtures. Every page sees the same "today" (28 Nov 2026, noon in Los Angeles) so
 * no test depends on the real clock, and any request to another origin, or any uncaught error in
 * the page, fails the test.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const TODAY = '2026-11-28';

/**
 * Another origin, for pages that embed the map: `localhost` where the site is `127.0.0.1`.
 * A second static server (see playwright.config.ts) serves e2e/hosts there.
 */
export const HOST_ORIGIN = `http://localhost:${Number(process.env.RM_TEST_PORT ?? 4173) + 1}`;

export const test = base.extend<{ foreignRequests: string[]; fakeTimers: boolean }>({
  /** `true`: the page's timers only run when a test moves the clock (page.clock.runFor). */
  fakeTimers: [false, { option: true }],
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.protocol.startsWith('http') && url.origin !== origin && url.origin !== HOST_ORIGIN)
          foreign.push(r.url());
      });
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
  page: async ({ page, fakeTimers }, use) => {
    if (fakeTimers) await page.clock.install({ time: new Date(`${TODAY}T20:00:00Z`) });
    else await page.clock.setFixedTime(new Date(`${TODAY}T20:00:00Z`));
    // Every Content-Security-Policy violation in any frame fails the test.
    await page.addInitScript(() => {
      addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error' && m.text().startsWith('CSP violation')) errors.push(m.text());
    });
    await use(page);
    expect(errors, 'uncaught errors or CSP violations in the page').toEqual([]);
  },
});

export { expect };

/** Open the site (optionally with a query string) and wait for the map to be drawn. */
export async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  // Drawn: the map (one or two, then and now), or the table.
  await expect(
    page
      .locator(
        'rm-map [data-iso3="RUS"], rm-data-table tr[data-iso3="RUS"], rm-timeline tr[data-iso3="RUS"]',
      )
      .first(),
  ).toBeAttached();
}

/** The paths of the scripts the page requests from now on (to tell what loads when). */
export function scriptsRequested(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  return scripts;
}

/** The one element that draws a country (its shape or its marker). */
export const country = (page: Page, iso3: string): Locator =>
  page.locator(`rm-map [data-iso3="${iso3}"]`);

export const slider = (page: Page): Locator => page.getByRole('slider', { name: 'Date' });

/** The big date above the slider. */
export const shownDate = (page: Page): Locator => page.locator('rm-time-slider .current .date');

export const tooltip = (page: Page): Locator => page.locator('rm-map [role="tooltip"]');

export const panel = (page: Page): Locator => page.locator('rm-country-panel [role="dialog"]');

/** The date in the page's URL. */
export const urlDate = (page: Page): string | null => new URL(page.url()).searchParams.get('date');

/**
 * A point inside a country's shape where it is the topmost element: the centre of a country's
 * box can lie outside it (Russia, the UAE), where Playwright's own hover would miss.
 */
export async function pointIn(page: Page, iso3: string): Promise<{ x: number; y: number }> {
  const point = await country(page, iso3).evaluate((element) => {
    const shape = element as SVGGeometryElement;
    const box = shape.getBBox();
    const ctm = shape.getScreenCTM()!;
    const root = shape.getRootNode() as ShadowRoot;
    for (let n = 2; n <= 64; n *= 2)
      for (let i = 1; i < n; i++)
        for (let j = 1; j < n; j++) {
          const p = new DOMPoint(box.x + (box.width * i) / n, box.y + (box.height * j) / n);
          if (!shape.isPointInFill(p)) continue;
          const screen = p.matrixTransform(ctm);
          if (root.elementFromPoint(screen.x, screen.y) === shape)
            return { x: screen.x, y: screen.y };
        }
    return null;
  });
  if (!point) throw new Error(`no visible point inside ${iso3}`);
  return point;
}

export async function hoverCountry(page: Page, iso3: string): Promise<void> {
  const { x, y } = await pointIn(page, iso3);
  await page.mouse.move(x, y);
}

export async function clickCountry(page: Page, iso3: string): Promise<void> {
  const { x, y } = await pointIn(page, iso3);
  await page.mouse.click(x, y);
}

/** Wait until the map stops moving (its zoom transition, any re-fit): Afghanistan stays put. */
export async function mapSettled(page: Page): Promise<void> {
  const box = async () => JSON.stringify(await country(page, 'AFG').boundingBox());
  let previous = '';
  await expect
    .poll(
      async () => {
        const now = await box();
        const still = now === previous;
        previous = now;
        return still;
      },
      { intervals: [100] },
    )
    .toBe(true);
}
