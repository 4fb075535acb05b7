/**
 * Starts the fetches the first view waits for from the HTML, while the first script downloads,
 * instead of after it has run: the app's code and what it imports, and the map's shapes. The
 * first script only starts the data's request and imports the app. The controls that load after
 * the first map (slider, legend, search) are not preloaded: their bytes would compete with the
 * map's on a phone's network, and their space is kept, so nothing moves when they arrive.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

export function preloadPlugin(): Plugin {
  return {
    name: 'preload-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        const bundle = context.bundle ?? {};
        const chunk = (entry: string, what: string) => {
          const found = Object.values(bundle).find(
            (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(entry),
          );
          if (found?.type !== 'chunk') throw new Error(`${what} is missing from the bundle`);
          return found;
        };
        const topology = Object.keys(bundle).find((f) => /world\.planar-[\w-]+\.json$/.test(f));
        if (!topology) throw new Error('the map topology is missing from the bundle');
        const app = chunk('rm-app.define.ts', 'the app chunk');
        // The app's chunk and every chunk it imports, but not the first script, already on its way.
        const appFiles = new Set<string>();
        const visit = (file: string) => {
          const item = bundle[file];
          if (appFiles.has(file) || item?.type !== 'chunk' || item.isEntry) return;
          appFiles.add(file);
          item.imports.forEach(visit);
        };
        visit(app.fileName);
        const link = (attrs: Record<string, string>): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { ...attrs, crossorigin: '' },
          injectTo: 'head',
        });
        return [
          ...[...appFiles].map((file) => link({ rel: 'modulepreload', href: `./${file}` })),
          link({ rel: 'preload', href: `./${topology}`, as: 'fetch' }),
        ];
      },
    },
  };
}
