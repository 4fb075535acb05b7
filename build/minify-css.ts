/**
 * Collapses the whitespace and comments inside lit's css`` templates, in every module of the app
 * (build/app-modules.ts): Vite minifies the code, not the text of template literals, and the
 * styles would otherwise ship with their indentation and comments. Only around braces and
 * semicolons, where it cannot change a selector's meaning.
 */
import type { Plugin } from 'vite';
import { appModules } from './app-modules.ts';

export function minifyCss(): Plugin {
  const app = appModules();
  return {
    name: 'minify-lit-css',
    apply: 'build',
    configResolved: app.configResolved,
    transform(code, id) {
      if (!app.includes(id) || !code.includes('css`')) return null;
      return code.replace(/css`([^`]*)`/g, (_all, body: string) => `css\`${minifyCssText(body)}\``);
    },
  };
}

/** Comments out, and whitespace collapsed where it cannot change a selector's meaning. */
export function minifyCssText(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .trim();
}
