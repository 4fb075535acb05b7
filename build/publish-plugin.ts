/**
 * The publishing policy (build/publish-policy.ts) in the built site, for hosts that read no
 * server configuration of ours: the CSP as a meta tag, for hosts that send no header (GitHub
 * Pages), and `_headers` for Netlify and Cloudflare Pages. The meta tag is added at build time
 * only: Vite's dev server injects inline styles and scripts the policy forbids.
 */
import type { Plugin } from 'vite';
import { netlifyHeaders } from './host-config.ts';
import { CONTENT_SECURITY_POLICY } from './publish-policy.ts';
import { pageStyle } from './page-style.ts';

/**
 * The page's stylesheet, inline in the HTML (build/page-style.ts), in development too (where no
 * CSP applies). Added after Vite's own processing of the page, so that it ships exactly the text
 * whose hash the CSP allows.
 */
export function pageStylePlugin(): Plugin {
  return {
    name: 'page-style',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'style', children: pageStyle(), injectTo: 'head-prepend' }],
    },
  };
}

export function publishPlugin(): Plugin {
  return {
    name: 'publish-policy',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: netlifyHeaders() });
    },
    transformIndexHtml: {
      order: 'post',
      // Right after <meta charset>, before any script or style is requested.
      handler: (html) => {
        const charset = /(<meta charset="utf-8" \/>)/;
        if (!charset.test(html))
          throw new Error('index.html needs <meta charset="utf-8" /> for the CSP to follow');
        return html.replace(
          charset,
          `$1\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        );
      },
    },
  };
}
