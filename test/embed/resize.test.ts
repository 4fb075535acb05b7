import { describe, expect, it } from 'vitest';
import { sizeMessages } from '../../src/embed/resize.ts';
import {
  embedSnippet,
  MAX_HEIGHT,
  MIN_HEIGHT,
  resizeScript,
  siteOf,
} from '../../src/embed/snippet.ts';

const SITE = 'https://example.org/map/';
const RESIZE_SCRIPT = resizeScript(SITE);

describe('sizeMessages(height, options)', () => {
  it('speaks Datawrapper, AMP and Pym', () => {
    expect(sizeMessages(612.2, { datawrapperKey: 'recognition-map', pymChildId: 'map-1' })).toEqual(
      [
        { 'datawrapper-height': { 'recognition-map': 613 } },
        { sentinel: 'amp', type: 'embed-size', height: 613 },
        'pymxPYMxmap-1xPYMxheightxPYMx613',
      ],
    );
  });

  it('sends no Pym message without a safe child id', () => {
    expect(sizeMessages(100, { datawrapperKey: 'k' })).toHaveLength(2);
    expect(sizeMessages(100, { datawrapperKey: 'k', pymChildId: 'a(.*)' })).toHaveLength(2);
  });
});

describe('embedSnippet({ src, title })', () => {
  it('is an iframe with a title, fullscreen and a fixed fallback height, and the resize script', () => {
    const code = embedSnippet({
      src: 'https://example.org/map/?embed=1&date=2025-07-03',
      title: 'Map "A" <b>',
    });
    expect(code).toContain('id="datawrapper-chart-recognition-map"');
    expect(code).toContain('src="https://example.org/map/?embed=1&amp;date=2025-07-03"');
    expect(code).toContain('title="Map &quot;A&quot; &lt;b>"');
    expect(code).toContain('allow="fullscreen"');
    expect(code).toContain('height="640"');
    expect(code).toContain(`<script>${RESIZE_SCRIPT}</script>`);
    expect(siteOf('https://example.org/map/?embed=1')).toBe(SITE);
  });

  /** The snippet's script run against a page of fake iframes; returns the message sender. */
  type FakeFrame = { contentWindow: object; id: string; src: string; style: { height: string } };
  function runScript(frames: FakeFrame[]) {
    let listener: ((e: { data: unknown; source: unknown }) => void) | undefined;
    const fakeWindow = { addEventListener: (_: string, f: typeof listener) => (listener = f) };
    const fakeDocument = { getElementsByTagName: () => frames };
    new Function('window', 'document', RESIZE_SCRIPT)(fakeWindow, fakeDocument);
    return (height: unknown, source: unknown, key = 'recognition-map') =>
      listener!({ data: { 'datawrapper-height': { [key]: height } }, source });
  }
  const frame = (id = 'datawrapper-chart-recognition-map', src = `${SITE}?embed=1`): FakeFrame => ({
    contentWindow: {},
    id,
    src,
    style: { height: '' },
  });

  it('the resize script sizes only the map’s iframe whose window sent the message', () => {
    const map = frame();
    const second = frame('another-map');
    const ad = frame('datawrapper-chart-recognition-map', 'https://ads.example.com/slot');
    const send = runScript([map, second, ad]);
    send(700.4, map.contentWindow);
    expect(map.style.height).toBe('700px');
    expect(second.style.height).toBe('');
    send(900, second.contentWindow);
    expect(second.style.height).toBe('900px');
    // Another frame of the page, even one using the map's key and id, is not the map's.
    send(300, ad.contentWindow);
    send(300, {});
    expect(map.style.height).toBe('700px');
    expect(ad.style.height).toBe('');
  });

  it('falls back to the iframe’s id only when the sender cannot be known', () => {
    const map = frame();
    const unrelated = frame('unrelated');
    const send = runScript([map, unrelated]);
    send(650, null);
    expect(map.style.height).toBe('650px');
    expect(unrelated.style.height).toBe('');
  });

  it(`clamps heights to ${MIN_HEIGHT}–${MAX_HEIGHT} px and ignores what is not a height`, () => {
    const map = frame();
    const send = runScript([map]);
    send(3, map.contentWindow);
    expect(map.style.height).toBe(`${MIN_HEIGHT}px`);
    send(5_000_000, map.contentWindow);
    expect(map.style.height).toBe(`${MAX_HEIGHT}px`);
    for (const bad of ['x', -10, null, {}, 'Infinity', Number.NaN]) {
      send(bad, map.contentWindow);
      expect(map.style.height).toBe(`${MAX_HEIGHT}px`);
    }
    send('Infinity', map.contentWindow);
    expect(map.style.height).toBe(`${MAX_HEIGHT}px`);
  });

  it('ignores messages in other dialects', () => {
    const map = frame();
    let listener: ((e: { data: unknown; source: unknown }) => void) | undefined;
    const fakeWindow = { addEventListener: (_: string, f: typeof listener) => (listener = f) };
    new Function('window', 'document', RESIZE_SCRIPT)(fakeWindow, {
      getElementsByTagName: () => [map],
    });
    listener!({ data: 'pymxPYMxaxPYMxheightxPYMx10', source: map.contentWindow });
    listener!({ data: null, source: map.contentWindow });
    expect(map.style.height).toBe('');
  });
});

describe('README', () => {
  it('shows the snippet the share panel gives, with the same script', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(
      embedSnippet({
        src: 'https://YOUR-SITE.example/recognition-map/?embed=1&date=2025-07-03&release=2026-11-28&lang=en',
        title: 'Map: who recognises the Taliban government',
      }),
    );
  });
});
