import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext } from 'vite';
import { preloadPlugin } from '../../build/preload-plugin.ts';
import { hook } from '../helpers/plugin-hooks.ts';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = []) => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  isEntry: facadeModuleId?.endsWith('index.html') ?? false,
  imports,
});

/** A bundle shaped like the site's: the first script, the app and what it imports, the rest. */
const BUNDLE = {
  'assets/index-A.js': chunk('assets/index-A.js', '/p/index.html', ['assets/model-B.js']),
  'assets/rm-app.define-C.js': chunk(
    'assets/rm-app.define-C.js',
    '/p/src/elements/rm-app.define.ts',
    ['assets/model-B.js', 'assets/index-A.js'],
  ),
  'assets/model-B.js': chunk('assets/model-B.js', null, ['assets/lit-D.js']),
  'assets/lit-D.js': chunk('assets/lit-D.js', null, ['assets/model-B.js']),
  'assets/deferred.define-E.js': chunk(
    'assets/deferred.define-E.js',
    '/p/src/elements/deferred.define.ts',
    ['assets/lit-D.js'],
  ),
  'assets/rm-about.define-F.js': chunk(
    'assets/rm-about.define-F.js',
    '/p/src/elements/rm-about.define.ts',
  ),
  'assets/world.planar-G_h-1.json': { type: 'asset', fileName: 'assets/world.planar-G_h-1.json' },
};

const tags = (bundle: object) =>
  hook(preloadPlugin(), 'transformIndexHtml').call(undefined as never, '<html></html>', {
    bundle,
  } as unknown as IndexHtmlTransformContext);

describe('preloadPlugin() transformIndexHtml', () => {
  it('preloads the app’s chunks and the map’s shapes, and no more (not the deferred controls)', () => {
    expect(tags(BUNDLE)).toEqual([
      ...['rm-app.define-C', 'model-B', 'lit-D'].map((name) => ({
        tag: 'link',
        attrs: { rel: 'modulepreload', href: `./assets/${name}.js`, crossorigin: '' },
        injectTo: 'head',
      })),
      {
        tag: 'link',
        attrs: {
          rel: 'preload',
          href: './assets/world.planar-G_h-1.json',
          as: 'fetch',
          crossorigin: '',
        },
        injectTo: 'head',
      },
    ]);
  });

  it.each([
    ['assets/world.planar-G_h-1.json', 'the map topology is missing from the bundle'],
    ['assets/rm-app.define-C.js', 'the app chunk is missing from the bundle'],
  ])('fails the build when %s is missing', (file, message) => {
    const { [file as keyof typeof BUNDLE]: _, ...rest } = BUNDLE;
    expect(() => tags(rest)).toThrow(message);
  });
});
