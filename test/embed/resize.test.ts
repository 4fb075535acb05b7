import { describe, expect, it } from 'vitest';
import { sizeMessages } from '../../src/embed/resize.ts';
import { embedSnippet, RESIZE_SCRIPT } from '../../src/embed/snippet.ts';

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
  });

  it('the resize script sizes the iframe whose window sent the message', () => {
    const iframe = { contentWindow: {}, id: 'x', style: { height: '' } };
    let listener: ((e: { data: unknown; source: unknown }) => void) | undefined;
    const fakeWindow = { addEventListener: (_: string, f: typeof listener) => (listener = f) };
    const fakeDocument = { getElementsByTagName: () => [iframe] };
    new Function('window', 'document', RESIZE_SCRIPT)(fakeWindow, fakeDocument);
    listener!({
      data: { 'datawrapper-height': { 'recognition-map': 700.4 } },
      source: iframe.contentWindow,
    });
    expect(iframe.style.height).toBe('700px');
    listener!({ data: 'pymxPYMxaxPYMxheightxPYMx10', source: {} });
    expect(iframe.style.height).toBe('700px');
  });
});

describe('README', () => {
  it('shows the snippet the share panel gives, with the same script', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`<script>${RESIZE_SCRIPT}</script>`);
    expect(readme).toContain(
      embedSnippet({
        src: 'https://YOUR-SITE.example/recognition-map/?embed=1&date=2025-07-03&release=2026-11-28&lang=en',
        title: 'Map: who recognises the Taliban government',
      }),
    );
  });
});
