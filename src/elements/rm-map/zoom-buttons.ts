/**
 * "Zoom in", "Zoom out" and "Reset zoom" over a corner of the map, with icons drawn inline (the
 * same on any machine, with or without symbol fonts). A button that can do nothing more says so
 * with `aria-disabled` and stays focusable, so the keyboard's focus never drops to the page.
 */
import { html } from 'lit';
import type { Localizer } from '../../i18n/index.ts';
import { ZOOM_EXTENT, isIdentity, type View } from './zoom-view.ts';

const ICONS = {
  in: 'M12 5v14M5 12h14',
  out: 'M5 12h14',
  // Four corners: the whole region.
  reset: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
};

const icon = (d: string) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${d}></path></svg>`;

export function zoomButtons(
  t: Localizer,
  view: View,
  on: { zoomIn: () => void; zoomOut: () => void; reset: () => void },
) {
  const button = (label: string, d: string, done: boolean, action: () => void, cls: string) =>
    html`<button
      type="button"
      class=${cls}
      aria-label=${label}
      title=${label}
      aria-disabled=${done ? 'true' : 'false'}
      @click=${() => !done && action()}
    >
      ${icon(d)}
    </button>`;
  return html`<div class="zoom-buttons">
    ${button(t.t('map.zoomIn'), ICONS.in, view.k >= ZOOM_EXTENT[1], on.zoomIn, 'zoom-in')}
    ${button(t.t('map.zoomOut'), ICONS.out, view.k <= ZOOM_EXTENT[0], on.zoomOut, 'zoom-out')}
    ${button(t.t('map.zoomReset'), ICONS.reset, isIdentity(view), on.reset, 'zoom-reset')}
  </div>`;
}
