import { describe, expect, it } from 'vitest';
import { minifyCss } from '../../build/minify-css.ts';
import { hook } from '../helpers/plugin-hooks.ts';

/** The plugin's transform of `code` as module `id`, in a project at /project. */
function transform(code: string, id: string): unknown {
  const plugin = minifyCss();
  hook(plugin, 'configResolved').call(undefined as never, { root: '/project' } as never);
  return hook(plugin, 'transform').call(undefined as never, code, id);
}

const MODULE = [
  "import { css } from 'lit';",
  'export const styles = css`',
  '  /* The panel. */',
  '  :host {',
  '    display: block;',
  '    margin: 0 auto ;',
  '  }',
  '  .a  .b > p {',
  '    color: var(--ink);',
  '  }',
  '`;',
].join('\n');

const MINIFIED = [
  "import { css } from 'lit';",
  'export const styles = css`:host{display: block;margin: 0 auto;}.a .b > p{color: var(--ink);}`;',
].join('\n');

describe('minifyCss() transform(code, id)', () => {
  it('drops comments and collapses whitespace, around braces and semicolons entirely', () => {
    expect(transform(MODULE, '/project/src/elements/panel-styles.ts')).toBe(MINIFIED);
  });

  it('minifies styles in a nested folder of src/', () => {
    expect(transform(MODULE, '/project/src/elements/rm-map/rm-map.ts')).toBe(MINIFIED);
  });

  it('leaves modules that are not the app’s TypeScript, or have no css``, alone', () => {
    for (const id of [
      '/project/scripts/panel.ts',
      '/project/node_modules/lit/src/panel.ts',
      '/elsewhere/src/panel.ts',
      '/project/src/panel.ts?inline',
    ])
      expect(transform(MODULE, id), id).toBeNull();
    expect(transform('export const a = `  x  `;', '/project/src/a.ts')).toBeNull();
  });
});
