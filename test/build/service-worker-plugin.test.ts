import { describe, expect, it } from 'vitest';
import { serviceWorkerPlugin } from '../../build/service-worker-plugin.ts';
import { fakeContext, hook } from '../helpers/plugin-hooks.ts';

const chunk = (facadeModuleId: string | null, code = `/* ${facadeModuleId} */`) => ({
  type: 'chunk',
  facadeModuleId,
  code,
});
const asset = (source = 'x') => ({ type: 'asset', source });

/** A bundle with one of each kind of file the worker keeps, or leaves to be cached on use. */
const bundle = (appCode = 'app()') => ({
  'index.html': asset('<html>'),
  'assets/index-A.js': chunk('/p/index.html', appCode),
  'assets/index-A.js.map': asset('{}'),
  'assets/index-B.css': asset('body{}'),
  'assets/world.topo-C.json': asset('{}'),
  'assets/en-extra-D.js': chunk('/p/src/i18n/messages/en-extra.ts'),
  'assets/fa-E.js': chunk('/p/src/i18n/messages/fa.ts'),
  'assets/fa-extra-F.js': chunk('/p/src/i18n/messages/fa-extra.ts'),
  'assets/names-G.js': chunk('/p/src/i18n/generated/ps-names.ts'),
  'assets/calendars-H.js': chunk('/p/src/i18n/calendars.ts'),
  'assets/load-locale-I.js': chunk('/p/src/i18n/load-locale.ts'),
  'assets/vazirmatn-J.woff2': asset('font'),
  'assets/model-K.js': chunk(null),
  'data/recognition.json': asset('{}'),
});

/** The emitted sw.js: the list and version it was given, and the worker's own code. */
async function sw(b: object) {
  const { context, emitted } = fakeContext();
  await hook(serviceWorkerPlugin(), 'generateBundle').call(context, {} as never, b as never, false);
  expect([...emitted.keys()]).toEqual(['sw.js']);
  const source = String(emitted.get('sw.js'));
  const head = /^self\.__PRECACHE=(.*);self\.__VERSION=("[0-9a-f]{12}");\n/.exec(source);
  expect(head).not.toBeNull();
  return {
    precache: JSON.parse(head![1]!) as string[],
    version: JSON.parse(head![2]!) as string,
    code: source.slice(head![0].length),
  };
}

describe('serviceWorkerPlugin() generateBundle', () => {
  it('precaches the page, the icon and the assets of English, and no other language', async () => {
    expect((await sw(bundle())).precache).toEqual([
      './',
      'favicon.svg',
      'assets/en-extra-D.js',
      'assets/index-A.js',
      'assets/index-B.css',
      'assets/model-K.js',
      'assets/world.topo-C.json',
    ]);
  }, 30_000);

  it('builds src/offline/service-worker.ts as a classic script', async () => {
    const { code } = await sw(bundle());
    expect(code).toContain('self.__PRECACHE');
    expect(code).toMatch(/addEventListener\([`"']install[`"']/);
    expect(code).toMatch(/^\(function\(\)\{[\s\S]*\}\)\(\);\s*$/);
    // A module (import/export) would not run as a classic worker: new Function parses it as one.
    expect(() => new Function(code)).not.toThrow();
  }, 30_000);

  it('changes the version when an asset changes, and only then', async () => {
    const [a, b, c] = await Promise.all([
      sw(bundle()),
      sw({ ...bundle(), 'data/recognition.json': asset('{"changed":1}') }),
      sw(bundle('app(2)')),
    ]);
    expect(b.version).toBe(a.version);
    expect(c.version).not.toBe(a.version);
  }, 30_000);
});
