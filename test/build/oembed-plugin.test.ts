import { describe, expect, it } from 'vitest';
import { oembedDocument, oembedPlugin } from '../../build/oembed-plugin.ts';
import { embedSnippet } from '../../src/embed/snippet.ts';
import { fakeContext, hook } from '../helpers/plugin-hooks.ts';

const site = 'https://example.org/map/';
const today = '2026-11-28';

describe('oembedDocument(site)', () => {
  it("is an oEmbed 1.0 rich answer: the live embed at the site's address, today's map as thumbnail", () => {
    const doc = oembedDocument(site, { today });
    expect(doc).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'Who recognises the Taliban government?',
      provider_name: 'Recognition Map',
      provider_url: site,
      thumbnail_url: `${site}map.png`,
      thumbnail_width: 1200,
    });
    for (const key of [
      'width',
      'height',
      'thumbnail_width',
      'thumbnail_height',
      'cache_age',
    ] as const)
      expect(Number.isInteger(doc[key]) && doc[key] > 0, key).toBe(true);
    // The Share panel's live embed code, word for word.
    expect(doc.html).toBe(
      embedSnippet({
        src: `${site}?embed=1&lang=en`,
        title: 'Map: who recognises the Taliban government',
      }),
    );
  });
});

describe('oembedPlugin()', () => {
  it("publishes oembed.json with the site's address, and nothing without it", () => {
    const withSite = fakeContext();
    hook(oembedPlugin({ site, today }), 'generateBundle').call(
      withSite.context,
      {} as never,
      {},
      false,
    );
    expect(JSON.parse(String(withSite.emitted.get('oembed.json')))).toEqual(
      oembedDocument(site, { today }),
    );
    const without = fakeContext();
    hook(oembedPlugin({ today }), 'generateBundle').call(without.context, {} as never, {}, false);
    expect(without.emitted.size).toBe(0);
  });
});
