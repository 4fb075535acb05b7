import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

/**
 * Builds the benchmark's comparison pages into .bench/floor: the floor (bench/index.html: the
 * same topology drawn with d3-geo alone) and the app's map alone (bench/map-alone.html), with the
 * dataset beside them as the site serves it.
 */
export default defineConfig({
  root: 'bench',
  base: './',
  build: {
    outDir: '../.bench/floor',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    rolldownOptions: { input: ['bench/index.html', 'bench/map-alone.html'] },
  },
  plugins: [
    {
      name: 'bench-dataset',
      generateBundle() {
        this.emitFile({
          type: 'asset',
          fileName: 'data/recognition.json',
          source: readFileSync('data/recognition.json', 'utf8'),
        });
      },
    },
  ],
  logLevel: 'warn',
});
