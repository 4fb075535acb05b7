/**
 * The copy-paste embed code: an iframe that works on its own (a sensible fixed height for CMSs
 * that strip scripts) and a short script that sizes it from the page's height messages. The
 * script understands the Datawrapper dialect, so pages that already load Datawrapper's, Pym's or
 * AMP's own scripts need nothing more.
 */
import { EMBED_KEY } from '../config.ts';

/** Fallback height for CMSs that strip the script: enough for map, slider and legend on a phone. */
export const EMBED_FALLBACK_HEIGHT = 640;

/**
 * Written by hand for this project: for each height message, size the iframe whose window sent
 * it (newer Datawrapper behaviour) or whose id matches the key (older scripts).
 */
export const RESIZE_SCRIPT =
  '!function(){window.addEventListener("message",function(e){var d=e.data&&e.data["datawrapper-height"];' +
  'if(!d||typeof d!=="object")return;var f=document.getElementsByTagName("iframe");' +
  'for(var k in d)for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source||f[i].id==="datawrapper-chart-"+k)' +
  'f[i].style.height=Math.round(+d[k])+"px"})}();';

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
    `loading="lazy" allow="fullscreen"></iframe>\n<script>${RESIZE_SCRIPT}</script>`
  );
}
