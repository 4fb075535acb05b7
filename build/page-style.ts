/**
 * The page's own stylesheet (src/styles/tokens.css: colours, fonts, the title in the HTML), put
 * inside the HTML rather than linked: a linked stylesheet blocks the first paint for a round trip
 * (about 150 ms on a phone's network), and the title is the first thing a reader sees. The CSP
 * allows exactly this text, by its hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { minifyCssText } from './minify-css.ts';

export const PAGE_STYLE_FILE = 'src/styles/tokens.css';

/** The stylesheet's text as the page carries it. */
export function pageStyle(file = PAGE_STYLE_FILE): string {
  return minifyCssText(readFileSync(file, 'utf8'));
}

/** The CSP source that allows that text in a `<style>` element. */
export function styleHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
