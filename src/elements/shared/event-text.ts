/**
 * Event descriptions in the reader's language. Translations are marked as such, with the English
 * original one click away; English shown on a page in another language is marked `lang="en"`,
 * so screen readers pronounce it as English and right-to-left pages keep its word order. Also
 * the two things a reader can ask of an event's text: its day on the map, and the original.
 */
import { html, nothing } from 'lit';
import type { Localizer } from '../../i18n/index.ts';

/** The dataset's English inside a line of another language. */
function englishText(t: Localizer, text: string) {
  return t.lang === 'en' ? text : html`<span lang="en" dir="ltr">${text}</span>`;
}

/**
 * `lang` and `dir` for a paragraph of the dataset's English on a page in another language (it
 * then reads left to right, aligned as English is).
 */
export function englishBlock(t: Localizer, english = true) {
  const on = english && t.lang !== 'en';
  return { lang: on ? 'en' : nothing, dir: on ? 'ltr' : nothing };
}

/** An event's description: translated if it can be, else the English, marked. */
export function descriptionText(t: Localizer, e: { id: string; description: string }) {
  const d = t.description(e);
  return d.lang ? englishText(t, d.text) : d.text;
}

/** Asks the page to show the map on the day an event took effect (`date-change`). */
export function showEventDate(from: EventTarget, e: { effectiveDate: string }) {
  from.dispatchEvent(
    new CustomEvent('date-change', {
      detail: { date: e.effectiveDate },
      bubbles: true,
      composed: true,
    }),
  );
}

/** Asks the page to show the English originals, or the translations again. */
export function toggleOriginal(from: EventTarget) {
  from.dispatchEvent(new CustomEvent('original-toggle', { bubbles: true, composed: true }));
}

/** "Translated from English · Show the English original", where translated content shows. */
export function translationNote(t: Localizer, from: EventTarget, translated = t.translatesContent) {
  if (!translated) return nothing;
  return html`<p class="translation-note">
    ${t.original ? nothing : html`<span>${t.t('app.translated')}</span> ·`}
    <button type="button" class="link" @click=${() => toggleOriginal(from)}>
      ${t.t(t.original ? 'app.showTranslation' : 'app.showOriginal')}
    </button>
  </p>`;
}
