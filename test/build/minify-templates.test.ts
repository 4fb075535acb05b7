import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifyTemplates } from '../../build/minify-templates.ts';
import { hook } from '../helpers/plugin-hooks.ts';

/** The plugin's transform of `code` as module `id`, in a project at /project. */
function transform(code: string, id: string): unknown {
  const plugin = minifyTemplates();
  hook(plugin, 'configResolved').call(undefined as never, { root: '/project' } as never);
  return hook(plugin, 'transform').call(undefined as never, code, id);
}

const MODULE = [
  "import { html, svg } from 'lit';",
  'export const view = (items: string[], open: boolean) => html`',
  '  <ul class="list">',
  '    ${items.map((i) => html`',
  '      <li>${i}</li>',
  '    `)}',
  '  </ul>',
  '  ${open ? `keep\n    this` : svg`<g>\n  <rect></rect>\n</g>`}',
  '  <p>a  b</p>',
  '`;',
  'const other = tag`',
  '  untouched',
  '`;',
].join('\n');

const MINIFIED = [
  "import { html, svg } from 'lit';",
  'export const view = (items: string[], open: boolean) => html` <ul class="list"> ${items.map((i) => html` <li>${i}</li> `)} </ul> ${open ? `keep\n    this` : svg`<g> <rect></rect> </g>`} <p>a  b</p> `;',
  'const other = tag`',
  '  untouched',
  '`;',
].join('\n');

describe('minifyTemplates() transform(code, id)', () => {
  it('collapses each run of whitespace with a line break in html`` and svg`` to one space', () => {
    expect(transform(MODULE, '/project/src/elements/rm-list.ts')).toBe(MINIFIED);
  });

  it('minifies a template in a nested folder of src/', () => {
    expect(transform(MODULE, '/project/src/elements/rm-map/rm-map.ts')).toBe(MINIFIED);
    expect(transform(MODULE, '/project/src/rm-list.ts')).toBe(MINIFIED);
  });

  it('leaves modules that are not the app’s TypeScript alone', () => {
    for (const id of [
      '/project/scripts/list.ts',
      '/project/node_modules/lit/src/list.ts',
      '/elsewhere/src/list.ts',
      '/project/src/list.js',
      '/project/src/list.ts?inline',
    ])
      expect(transform(MODULE, id), id).toBeNull();
  });

  it('returns null when there is nothing to collapse', () => {
    expect(transform('const a = html`<p>${1}</p>`;', '/project/src/a.ts')).toBeNull();
    expect(transform('export const a = 1;\n', '/project/src/a.ts')).toBeNull();
  });

  it('changes nothing but the templates’ whitespace in a real component', () => {
    const file = 'src/elements/rm-legend/rm-legend.ts';
    const code = readFileSync(file, 'utf8');
    const out = transform(code, `/project/${file}`) as string;
    expect(out.length).toBeLessThan(code.length);
    expect(out.replace(/\s+/g, '')).toBe(code.replace(/\s+/g, ''));
  });
});
