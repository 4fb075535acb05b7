import { describe, expect, it } from 'vitest';
import { mapImagePlugin, noscriptHtml } from '../../build/map-image-plugin.ts';
import { fakeContext, hook } from '../helpers/plugin-hooks.ts';

const options = { site: 'https://example.org/map/', today: '2026-11-28' };

/** A PNG's width and height, from its header. */
function pngSize(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('mapImagePlugin()', () => {
  it("emits today's map as SVG and as a PNG at least 1,200 px wide", () => {
    const { emitted, context } = fakeContext();
    hook(mapImagePlugin(options), 'generateBundle').call(context, {} as never, {}, false);
    const svg = String(emitted.get('map.svg'));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200"/);
    expect(svg).toContain('28 November 2026');
    expect(svg).toContain('Accepts a Taliban ambassador');
    expect(svg).toContain('https://example.org/map/');
    const png = emitted.get('map.png') as Uint8Array;
    expect(pngSize(png).width).toBeGreaterThanOrEqual(1200);
    expect(pngSize(png).height).toBe(Number(/height="(\d+)"/.exec(svg)![1]));
  });

  it("puts the picture and the data in the page's <noscript>", () => {
    const html = '<body><rm-app></rm-app><noscript\n  >old</noscript\n  ></body>';
    const out = hook(mapImagePlugin(options), 'transformIndexHtml').call(
      {} as never,
      html,
      {} as never,
    ) as string;
    expect(out).not.toContain('old');
    expect(out).toMatch(
      /<noscript><p><img src=".\/map.png" srcset=".\/map.png 1200w" sizes="[^"]+" alt="Who recognises/,
    );
    for (const path of [
      'data/recognition.json',
      'recognition-events.csv',
      'datapackage.json',
      'events.atom',
    ])
      expect(out).toContain(`href="./${path}"`);
  });

  it('refuses a page without <noscript>', () => {
    expect(() =>
      hook(mapImagePlugin(options), 'transformIndexHtml').call(
        {} as never,
        '<body></body>',
        {} as never,
      ),
    ).toThrow(/noscript/);
  });

  it("escapes the picture's description", () => {
    expect(noscriptHtml({ svg: '', width: 1200, height: 800, alt: 'a "b" <c>' })).toContain(
      'alt="a &quot;b&quot; &lt;c&gt;"',
    );
  });
});
