/**
 * The data beside the site. The dataset, its releases, lessons and translations stay plain files,
 * not bundled, so that a correction is published without rebuilding the code (README, "The
 * data"). The dev server serves them from `data/`; the build checks them with validateDataFiles
 * (the check `npm run validate` runs) and copies them into `dist/data/`, and any error fails the
 * build with the validator's message, which names the file, the event and the field.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { DatasetError } from '../src/model/index.ts';
import { servedDataFiles } from '../scripts/data-files.ts';
import { validateDataFiles } from '../scripts/validate-data-files.ts';

/** `dir` is another copy of `data/` only in tests. */
export function datasetPlugin(dir = 'data'): Plugin {
  return {
    name: 'recognition-dataset',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0]?.replace(/^\/data\//, '');
        // Listed anew on each request, so a file added while the server runs is served.
        if (!path || path === req.url || !servedDataFiles(dir).includes(path)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(`${dir}/${path}`));
      });
    },
    generateBundle() {
      const check = validateDataFiles(dir);
      if (check.errors.length) this.error(new DatasetError(check.errors).message);
      for (const { name, json } of check.files)
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: JSON.stringify(json) });
    },
  };
}
