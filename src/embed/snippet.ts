/**
 * The copy-paste embed code: an iframe that works on its own (a sensible fixed height for CMSs
 * that strip scripts) and a short script that sizes it from the page's height messages. The
 * script understands the Datawrapper dialect, so pages that already load Datawrapper's, Pym's or
 * AMP's own scripts need nothing more.
 */
import { EMBED_KEY } from '../config.ts';

/** Fallback height for CMSs that strip the script: enough for map, slider and legend on a phone. */
export const EMBED_FALLBACK_HEIGHT = 640;

/** The heights the snippet accepts: a message can neither collapse the frame nor explode the page. */
export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = 5000;

/** The address every embed of the map starts with: its site's folder (`https://site/map/`). */
export const siteOf = (src: string): string => new URL('./', src).href;

/**
 * Written by hand for this project. For each `datawrapper-height` message, it sizes only an iframe
 * of the map (its address starts with `site`), and only the one whose window sent the message.
 * The older rule, the iframe whose id matches the message's key, applies only when the browser
 * cannot say which window sent it. Heights are clamped to MIN_HEIGHT–MAX_HEIGHT. So another frame
 * on the article page (an ad, a widget) can neither resize the map nor make the page millions of
 * pixels tall, and the script resizes no frame but the map's.
 */
export function resizeScript(site: string): string {
  return (
    `!function(){var s=${JSON.stringify(site).replace(/</g, '\\u003c')};` +
    'window.addEventListener("message",function(e){var d=e.data&&e.data["datawrapper-height"];' +
    'if(!d||typeof d!=="object")return;var f=document.getElementsByTagName("iframe"),i,k,h;' +
    'for(k in d){h=Math.round(+d[k]);if(!(h>0))continue;' +
    `h=Math.min(${MAX_HEIGHT},Math.max(${MIN_HEIGHT},h));` +
    'for(i=0;i<f.length;i++)if(f[i].src.indexOf(s)===0&&(e.source?f[i].contentWindow===e.source:f[i].id==="datawrapper-chart-"+k))' +
    'f[i].style.height=h+"px"}})}();'
  );
}

const escapeAttribute = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface SnippetOptions {
  /** The embed URL (with `embed=1`). */
  src: string;
  /** The iframe's accessible title. */
  title: string;
}

export function embedSnippet({ src, title }: SnippetOptions): string {
  return (
    `<iframe id="datawrapper-chart-${EMBED_KEY}" src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `style="width:1px;min-width:100%;border:none" height="${EMBED_FALLBACK_HEIGHT}" scrolling="no" ` +
    `loading="lazy" allow="fullscreen"></iframe>\n<script>${resizeScript(siteOf(src))}</script>`
  );
}
