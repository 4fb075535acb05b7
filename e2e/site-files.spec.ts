/**
 * The files the map travels as, read from the built site (built with SITE_URL set to the test
 * server's address, playwright.config.ts) as the outside world reads them: a link-preview
 * unfurler, oEmbed discovery, the feed, the data package and the citation file. Every address
 * they name on the site must answer.
 */
import { readFileSync } from 'node:fs';
import { unfurl } from 'unfurl.js';
import { XMLParser } from 'fast-xml-parser';
import { expect, open, panel, test } from './fixtures.ts';

const asArray = <T>(v: T | T[] | undefined): T[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

/** Every address on `site` that the page's head and noscript, the oEmbed answer, the feed and
 * the data package name (the sources' own addresses, on other sites, are not ours to check). */
async function namedAddresses(site: string, get: (url: string) => Promise<string>) {
  const html = await get(site);
  const urls = new Set<string>();
  const add = (href: string) => urls.add(new URL(href.replace(/&amp;/g, '&'), site).href);
  const head = html.slice(0, html.indexOf('</head>'));
  for (const [, value] of head.matchAll(
    /<(?:meta property="og:(?:image|url)"|link rel="(?:canonical|alternate|icon)")[^>]*?(?:content|href)="([^"]+)"/g,
  ))
    add(value!);
  const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
  for (const [, value] of noscript.matchAll(/(?:src|href)="([^"]+)"/g)) add(value!);
  const oembed = JSON.parse(await get(`${site}oembed.json`));
  add(oembed.provider_url);
  add(oembed.thumbnail_url);
  add(/<iframe[^>]* src="([^"]+)"/.exec(oembed.html)![1]!);
  const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
    await get(`${site}events.atom`),
  ).feed;
  for (const link of [
    ...asArray(feed.link),
    ...asArray(feed.entry).flatMap((e: { link: unknown }) => asArray(e.link)),
  ] as { '@href': string; '@rel': string }[])
    if (link['@rel'] !== 'related') add(link['@href']);
  const pkg = JSON.parse(await get(`${site}datapackage.json`));
  add(pkg.homepage);
  for (const r of pkg.resources) add(new URL(r.path, `${site}datapackage.json`).href);
  return [...urls];
}

test.describe('the site beyond its page', () => {
  test("a link preview shows the title, description and today's map; oEmbed is discovered", async ({
    baseURL,
  }) => {
    const site = baseURL!;
    const preview = await unfurl(site, { oembed: true });
    expect(preview.open_graph.title).toBe(
      'Recognition Map: who recognises the Taliban government?',
    );
    expect(preview.open_graph.description).toMatch(/^Day by day, 1996–2001 and 2021 to today/);
    expect(preview.open_graph.url).toBe(site);
    const image = preview.open_graph.images![0]!;
    expect(image.url).toBe(`${site}map.png`);
    expect(Number(image.width)).toBeGreaterThanOrEqual(1200);
    expect(preview.twitter_card.card).toBe('summary_large_image');
    const oembed = preview.oEmbed;
    if (oembed?.type !== 'rich') throw new Error('no rich oEmbed found');
    // (the unfurler hands it over with its entities decoded)
    expect(oembed.html).toContain(`src="${site}?embed=1&lang=en"`);
    expect(oembed.thumbnails?.[0]?.url).toBe(`${site}map.png`);
    expect(oembed.thumbnails?.[0]?.width).toBeGreaterThanOrEqual(1200);
    expect(Number.isInteger(oembed.width) && Number.isInteger(oembed.height)).toBe(true);
  });

  test('every address the page, oEmbed, the feed and the data package name answers', async ({
    baseURL,
    request,
  }) => {
    const site = baseURL!;
    const get = async (url: string) => {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      return response.text();
    };
    const urls = await namedAddresses(site, get);
    for (const path of [
      'map.png',
      'oembed.json',
      'events.atom',
      'recognition-events.csv',
      'recognition-statuses.csv',
      'data/recognition.json',
    ])
      expect(urls).toContain(`${site}${path}`);
    expect(urls.length).toBeGreaterThan(80);
    for (const url of urls) {
      expect(url.startsWith(site), url).toBe(true);
      const response = await request.head(url);
      expect(response.status(), url).toBe(200);
    }
    for (const [path, type] of [
      ['map.png', 'image/png'],
      ['events.atom', 'application/atom+xml; charset=utf-8'],
      ['recognition-events.csv', 'text/csv; charset=utf-8'],
    ])
      expect((await request.head(`${site}${path}`)).headers()['content-type'], path).toBe(type);
    // The citation file is published beside the data.
    expect(await get(`${site}CITATION.cff`)).toBe(readFileSync('CITATION.cff', 'utf8'));
  });

  test('a feed entry opens the map on that day with its country', async ({
    page,
    baseURL,
    request,
  }) => {
    const feed = await (await request.get(`${baseURL}events.atom`)).text();
    const russia =
      /<title>Russia: Formal recognition<\/title>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"/
        .exec(feed)![1]!
        .replace(/&amp;/g, '&');
    await open(page, new URL(russia).search);
    await expect(panel(page)).toContainText('Russia');
    await expect(page.locator('rm-map [data-iso3="RUS"]')).toHaveAttribute(
      'data-status',
      'recognized',
    );
  });

  test("without JavaScript the page shows today's map and links its data", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseURL!);
    const image = page.locator('noscript img, img[src="./map.png"]').first();
    await expect(image).toBeVisible();
    expect(await image.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThanOrEqual(
      1200,
    );
    await expect(
      page.getByRole('link', { name: 'every event with its sources (CSV)' }),
    ).toBeVisible();
    await context.close();
  });
});

test.describe("the embed's files", () => {
  test("the live embed offers the data and today's picture, in a new tab", async ({
    page,
    request,
  }) => {
    await open(page, '?embed=1');
    const credit = page.locator('rm-app footer.credit');
    for (const [name, href] of [
      ['Get the data ↗', 'recognition-events.csv'],
      ['Download image ↗', 'map.png'],
    ] as const) {
      const link = credit.getByRole('link', { name });
      await expect(link).toHaveAttribute('href', href);
      await expect(link).toHaveAttribute('target', '_blank');
      expect((await request.get(new URL(href, page.url()).href)).status()).toBe(200);
    }
  });

  test("a pinned embed offers its release's data, and no picture of another day", async ({
    page,
    request,
  }) => {
    await open(page, '?embed=1&date=2025-07-03&release=2026-11-28');
    const credit = page.locator('rm-app footer.credit');
    const data = credit.getByRole('link', { name: 'Get the data ↗' });
    await expect(data).toHaveAttribute('href', 'data/releases/2026-11-28.json');
    expect(
      (await request.get(new URL('data/releases/2026-11-28.json', page.url()).href)).status(),
    ).toBe(200);
    await expect(credit.getByRole('link', { name: 'Download image ↗' })).toHaveCount(0);
  });
});
