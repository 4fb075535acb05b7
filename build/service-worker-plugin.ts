/**
 * Builds the offline service worker (src/offline/service-worker.ts) on its own, as a classic
 * script at the site's root (`sw.js`: a worker controls only the pages under its own folder),
 * with the list of files to keep and a version that changes with every build, so that a new
 * build replaces the old cache and open pages are offered a reload.
 */
import { createHash } from 'node:crypto';
import { build, type Plugin } from 'vite';

export function serviceWorkerPlugin(): Plugin {
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
