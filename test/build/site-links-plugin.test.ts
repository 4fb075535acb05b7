import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { headLinks, relativeNotice, siteLinksPlugin } from '../../build/site-links-plugin.ts';
import { hook } from '../helpers/plugin-hooks.ts';

const page = readFileSync('index.html', 'utf8');
const today = '2026-11-28';
const TITLE = 'Recognition Map: who recognises the Taliban government?';

describe('headLinks(html, options, title)', () => {
  it("with the site's address: absolute og:image, og:url, canonical, oEmbed and the feed", () => {
    const html = headLinks(page, { site: 'https://example.org/map/', today }, TITLE);
    expect(html).toContain(
      '<meta property="og:image" content="https://example.org/map/map.png" />',
    );
    expect(html).toContain('<meta property="og:image:width" content="1200" />');
    expect(html).toMatch(/<meta property="og:image:height" content="\d{3,}" \/>/);
    expect(html).toMatch(
      /<meta property="og:image:alt" content="Who recognises the Taliban government\? 28 November 2026: Recognises 1 of 193;/,
    );
    expect(html).toContain('<meta property="og:url" content="https://example.org/map/" />');
    expect(html).toContain('<link rel="canonical" href="https://example.org/map/" />');
    expect(html).toContain(
      '<link rel="alternate" type="application/json+oembed" href="https://example.org/map/oembed.json"',
    );
    expect(html).toContain(
      '<link rel="alternate" type="application/atom+xml" href="https://example.org/map/events.atom"',
    );
    expect(html).not.toContain('og-card');
  });

  it('without it: relative og:image and feed; no canonical, og:url or oEmbed', () => {
    const html = headLinks(page, { today }, TITLE);
    expect(html).toContain('<meta property="og:image" content="./map.png" />');
    expect(html).toContain('type="application/atom+xml" href="./events.atom"');
    expect(html).not.toMatch(/og:url|canonical|json\+oembed/);
  });
});

describe('siteLinksPlugin()', () => {
  it('says what a build without SITE_URL leaves relative, and nothing with it', () => {
    expect(relativeNotice('https://example.org/map/')).toBeUndefined();
    const warn = vi.fn();
    hook(siteLinksPlugin({ today }), 'configResolved').call(
      {} as never,
      { logger: { warn } } as never,
    );
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^SITE_URL is not set: og:image.*relative/),
    );
  });
});
