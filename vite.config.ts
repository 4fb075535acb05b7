import { build, defineConfig, type Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { CONTENT_SECURITY_POLICY } from './build/publish-policy.ts';
import { netlifyHeaders } from './build/host-config.ts';
import { datasetPlugin } from './build/dataset-plugin.ts';
import { minifyCss } from './build/minify-css.ts';
import { minifyTemplates } from './build/minify-templates.ts';

/**
 * Starts the two fetches the first view waits for (the dataset and the map's shapes) while the
 * JavaScript downloads, instead of after it has run.
 */
function preloadData(): Plugin {
  return {
    name: 'preload-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        const topology = Object.keys(context.bundle ?? {}).find((f) =>
          /world\.topo-[\w-]+\.json$/.test(f),
        );
        if (!topology) throw new Error('the map topology is missing from the bundle');
        // The controls load after the first map has painted; fetch them in the meantime.
        const deferred = Object.values(context.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('deferred.define.ts'),
        );
        if (!deferred) throw new Error('the deferred controls chunk is missing from the bundle');
        // The first script only starts the data's request and imports the app: fetch the app's
        // code (and what it imports) at once, beside that script, not after it has run.
        const bundle = context.bundle ?? {};
        const app = Object.values(bundle).find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('rm-app.define.ts'),
        );
        if (!app || app.type !== 'chunk')
          throw new Error('the app chunk is missing from the bundle');
        const appFiles = new Set<string>();
        const visit = (file: string) => {
          const chunk = bundle[file];
          // The first script itself is already on its way.
          if (appFiles.has(file) || chunk?.type !== 'chunk' || chunk.isEntry) return;
          appFiles.add(file);
          chunk.imports.forEach(visit);
        };
        visit(app.fileName);
        return [
          ...[...appFiles].map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', href: `./${file}`, crossorigin: '' },
            injectTo: 'head' as const,
          })),
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', href: `./${deferred.fileName}`, crossorigin: '' },
            injectTo: 'head',
          },
          {
            tag: 'link',
            attrs: { rel: 'preload', href: `./${topology}`, as: 'fetch', crossorigin: '' },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/**
 * The publishing policy (build/publish-policy.ts) in the built site: the CSP as a meta tag (for
 * hosts that send no header; added at build time only, as Vite's dev server injects inline
 * styles and scripts) and `_headers` for Netlify and Cloudflare Pages.
 */
function publishPolicy(): Plugin {
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

/**
 * Builds the offline service worker (src/offline/service-worker.ts) on its own, as a classic
 * script at the site's root, with the list of files to keep and a version that changes with
 * every build.
 */
function serviceWorker(): Plugin {
  return {
    name: 'service-worker',
    apply: 'build',
    async generateBundle(_options, bundle) {
      // The code, styles and shapes. The data is the page's to keep (src/load/last-good.ts),
      // checked before it is kept.
      const files = Object.keys(bundle).filter(
        (f) => f.startsWith('assets/') && !f.endsWith('.map'),
      );
      // Other languages (and the Arabic-script font) are cached when a reader first uses them,
      // not fetched for everyone.
      const otherLanguage = (f: string) => {
        const item = bundle[f]!;
        if (item.type === 'asset') return f.endsWith('.woff2');
        return /\/src\/i18n\/(messages\/(?!en[.-])|generated\/|calendars\.ts|load-locale\.ts)/.test(
          item.facadeModuleId ?? '',
        );
      };
      const precache = ['./', 'favicon.svg', ...files.filter((f) => !otherLanguage(f)).sort()];
      const version = createHash('sha256');
      for (const f of files) {
        const item = bundle[f]!;
        version.update(f).update(item.type === 'asset' ? String(item.source) : item.code);
      }
      const output = await build({
        configFile: false,
        logLevel: 'silent',
        build: {
          write: false,
          target: 'es2022',
          lib: { entry: 'src/offline/service-worker.ts', formats: ['iife'], name: 'serviceWorker' },
        },
      });
      const chunk = (Array.isArray(output) ? output[0]! : output) as {
        output: { code?: string }[];
      };
      const code = chunk.output[0]?.code;
      if (!code) throw new Error('the service worker did not build');
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: `self.__PRECACHE=${JSON.stringify(precache)};self.__VERSION=${JSON.stringify(version.digest('hex').slice(0, 12))};\n${code}`,
      });
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the built folder works under any path on any static host.
  base: './',
  plugins: [
    datasetPlugin(),
    minifyCss(),
    minifyTemplates(),
    preloadData(),
    publishPolicy(),
    serviceWorker(),
  ],
  build: {
    target: 'es2022',
    // Every browser the site targets but Safari 16 preloads modules itself; that one just
    // preloads less (the polyfill would cost every reader 0.3 KB).
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The model the first view needs, with its validator, in one file rather than four
          // slivers (each a request and its own compression). Lessons and translations load on
          // demand, on their own.
          groups: [
            {
              name: 'model',
              test: /\/src\/model\/(?!lesson|translations)|\/node_modules\/valibot\//,
            },
          ],
        },
      },
    },
  },
});
