import { defineConfig, type Plugin } from 'vite';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { DatasetError, parseDataset } from './src/model/index.ts';

/** Dataset files served beside the site: the live dataset and every pinned release. */
function datasetFiles(): string[] {
  const releases = existsSync('data/releases')
    ? readdirSync('data/releases')
        .filter((f) => f.endsWith('.json'))
        .map((f) => `releases/${f}`)
    : [];
  return ['recognition.json', ...releases];
}

/**
 * Serves `data/*.json` in development and copies it into `dist/data/` on build, after validating it
 * with the page's own validator: a broken dataset fails the build with the validator's message.
 * The data stays a plain file beside the site (not bundled), so it can be corrected on its own.
 */
function dataset(): Plugin {
  return {
    name: 'recognition-dataset',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0]?.replace(/^\/data\//, '');
        if (!path || path === req.url || !datasetFiles().includes(path)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(`data/${path}`));
      });
    },
    generateBundle() {
      for (const file of datasetFiles()) {
        const json: unknown = JSON.parse(readFileSync(`data/${file}`, 'utf8'));
        try {
          parseDataset(json, `data/${file}`);
        } catch (e) {
          if (e instanceof DatasetError) this.error(e.message);
          throw e;
        }
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: JSON.stringify(json) });
      }
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the built folder works under any path on any static host.
  base: './',
  plugins: [dataset()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
  },
});
