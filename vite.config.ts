/**
 * Configuration only. Each plugin is a module in build/, which says why it exists, with its test
 * in test/build/.
 */
import { defineConfig } from 'vite';
import { dataPackagePlugin } from './build/data-package-plugin.ts';
import { datasetPlugin } from './build/dataset-plugin.ts';
import { feedPlugin } from './build/feed-plugin.ts';
import { mapImagePlugin } from './build/map-image-plugin.ts';
import { oembedPlugin } from './build/oembed-plugin.ts';
import { minifyCss } from './build/minify-css.ts';
import { minifyTemplates } from './build/minify-templates.ts';
import { preloadPlugin } from './build/preload-plugin.ts';
import { pageStylePlugin, publishPlugin } from './build/publish-plugin.ts';
import { serviceWorkerPlugin } from './build/service-worker-plugin.ts';
import { siteUrlFrom } from './build/site-address.ts';
import { siteLinksPlugin } from './build/site-links-plugin.ts';

// The site's public address (README, "Publishing"): absolute link previews, oEmbed, the feed.
const site = siteUrlFrom(process.env.SITE_URL);

export default defineConfig({
  // Relative asset URLs: the built folder works under any path on any static host.
  base: './',
  plugins: [
    datasetPlugin(),
    minifyCss(),
    minifyTemplates(),
    preloadPlugin(),
    pageStylePlugin(),
    publishPlugin(),
    serviceWorkerPlugin(),
    mapImagePlugin({ site }),
    siteLinksPlugin({ site }),
    oembedPlugin({ site }),
    feedPlugin({ site }),
    dataPackagePlugin({ site }),
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
              test: /\/src\/model\/(?!lesson|translations|periods|changes)|\/node_modules\/valibot\//,
            },
          ],
        },
      },
    },
  },
});
