/**
 * The box over the map for the country under the pointer or the keyboard's focus: its name, its
 * status and since when, the event behind it, and what is uncertain about it. (A tap on a touch
 * screen opens the country at once: no tooltip.)
 */
import { html, nothing } from 'lit';
import type { Localizer } from '../../i18n/index.ts';
import { statusSinceText, uncertaintyNotes } from '../../text/format.ts';
import { descriptionText } from '../shared/event-text.ts';
import { setStyle } from '../shared/set-style.ts';
import type { DrawnCountry } from './drawn.ts';
import { applyView, type View } from './zoom-view.ts';

export interface Hover {
  id: string;
  x: number;
  y: number;
  via: 'pointer' | 'focus';
}

/** `at` is kept on the fitted map: the box goes where it is on screen at the reader's `view`. */
export function mapTooltip(
  t: Localizer,
  c: DrawnCountry,
  at: Hover,
  view: View,
  size: { width: number; height: number },
) {
  const [x, y] = applyView(view, [at.x, at.y]);
  const h = { ...at, x, y };
  // Keep the box inside the map: flip to the left/top of the pointer near the far edges.
  const flipX = h.x > size.width * 0.6;
  const flipY = h.y > size.height * 0.55;
  const since = c.detail?.since;
  const notes = c.detail ? uncertaintyNotes(t, c.detail) : [];
  const statusLine =
    c.status === 'afghanistan' || c.status === 'no-data'
      ? t.t(`status.${c.status}.definition`)
      : statusSinceText(t, c.detail!);
  return html`<div
    class="tooltip"
    role="tooltip"
    id="tooltip"
    ${setStyle({
      left: `${(h.x / size.width) * 100}%`,
      top: `${(h.y / size.height) * 100}%`,
      transform: `translate(${flipX ? 'calc(-100% - 12px)' : '12px'}, ${flipY ? 'calc(-100% - 12px)' : '12px'})`,
    })}
  >
    <h3>${c.name}</h3>
    <p class="status">
      <span class="swatch" data-status=${c.status}></span><span>${statusLine}</span>
    </p>
    ${since ? html`<p>${descriptionText(t, since)}</p>` : nothing}
    ${notes.map((n) => html`<p class="flag">${n}</p>`)}
  </div>`;
}
