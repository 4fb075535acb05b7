/**
 * Small parts of the shell's own drawing: the page while it loads or when it cannot, the card for
 * the twenty years with no Taliban government, the presentation's caption, and the count line of
 * "then and now".
 */
import { html, nothing } from 'lit';
import type { Localizer } from '../../i18n/index.ts';
import type { DatasetEvent, StatusCounts } from '../../model/index.ts';
import { actorName, eventDateText } from '../../text/format.ts';
import { descriptionText } from '../shared/event-text.ts';
import { LoadError } from '../../load/load-error.ts';
import { loadFailureText } from '../../text/load-failure.ts';

/** While loading: a placeholder as large as the map, and Retry once it is slow. */
export function loading(t: Localizer, p: { words: boolean; slow: boolean; retry: () => void }) {
  return html`<main class="stage">
    <div class="map-placeholder" role="status">
      <div>
        <p>${p.words ? t.t('app.loading') : nothing}</p>
        ${
          p.slow
            ? html`<p>${t.t('app.slowLoad')}</p>
                <button type="button" @click=${p.retry}>${t.t('load.retry')}</button>`
            : nothing
        }
      </div>
    </div>
  </main>`;
}

/** The page could not load what the map needs: what failed, naming the file, and Retry. */
export function failed(t: Localizer, error: Error, retry: () => void) {
  const detail = error instanceof LoadError ? loadFailureText(t, error) : error.message;
  return html`<div class="app">
    <main class="error" role="alert">
      <h1>${t.t('app.title')}</h1>
      <p><strong>${t.t('load.failed')}</strong></p>
      <p>${detail}</p>
      <button type="button" @click=${retry}>${t.t('load.retry')}</button>
    </main>
  </div>`;
}

export function gapCard(t: Localizer) {
  return html`<div class="gap-card" role="status">
    <h2>${t.t('gap.title')}</h2>
    <p class="dates">${t.t('gap.dates')}</p>
    <p>${t.t('era.gap.card')}</p>
  </div>`;
}

/** The presentation's caption without a lesson: the latest change on or before the day. */
export function presentCaption(t: Localizer, latest: DatasetEvent | undefined) {
  if (!latest) return nothing;
  return html`<p class="caption">
    <span class="when">${eventDateText(t, latest)} · ${actorName(t, latest)}</span>
    ${descriptionText(t, latest)}
  </p>`;
}

/**
 * "3 states recognise · 0 states accept a Taliban ambassador · …": a count line for the compare
 * view, each count with its noun through the language's plural rules (the announcements' words).
 */
export function countsLine(t: Localizer, counts: StatusCounts) {
  return (['recognized', 'ambassador', 'charge', 'contact', 'withdrawn'] as const)
    .map((s) => t.t(`announce.${s}`, { count: counts[s] }))
    .join(' · ');
}
