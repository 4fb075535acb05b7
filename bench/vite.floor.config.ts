import { defineConfig } from 'vite';

/** Builds the benchmark's floor page into .bench/floor. */
export default defineConfig({
  root: 'bench',
  base: './',
  build: { outDir: '../.bench/floor', emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
  // bench/index.html is the floor page.
  logLevel: 'warn',
});
