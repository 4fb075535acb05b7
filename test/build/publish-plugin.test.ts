import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext } from 'vite';
import { publishPlugin } from '../../build/publish-plugin.ts';
import { netlifyHeaders } from '../../build/host-config.ts';
import { CONTENT_SECURITY_POLICY } from '../../build/publish-policy.ts';
import { fakeContext, hook } from '../helpers/plugin-hooks.ts';

const transform = (html: string) =>
  hook(publishPlugin(), 'transformIndexHtml').call(
    undefined as never,
    html,
    {} as IndexHtmlTransformContext,
  );

describe('publishPlugin() transformIndexHtml', () => {
  it('puts the CSP meta tag right after <meta charset>, before anything is requested', () => {
    const html = transform(readFileSync('index.html', 'utf8')) as string;
    expect(html).toContain(
      `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
    );
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('fails the build when the page has no <meta charset> to follow', () => {
    expect(() => transform('<html><head><title>x</title></head></html>')).toThrow(
      'index.html needs <meta charset="utf-8" />',
    );
  });
});

describe('publishPlugin() generateBundle', () => {
  it('writes _headers for Netlify and Cloudflare Pages from the policy', () => {
    const { context, emitted } = fakeContext();
    void hook(publishPlugin(), 'generateBundle').call(context, {} as never, {}, false);
    expect([...emitted]).toEqual([['_headers', netlifyHeaders()]]);
  });
});
