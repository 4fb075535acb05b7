/**
 * Small templates more than one element draws: the page's title, a row of pressed buttons.
 */
import { html } from 'lit';
import type { Localizer } from '../../i18n/index.ts';

/** A range such as 1996–2001 never breaks at its dash (word joiners either side of it). */
const unbroken = (text: string) => text.replace(/(?<=\S)–(?=\S)/g, '\u2060–\u2060');

/**
 * The title and subtitle. The page's HTML carries them in English too (slotted in), so they paint
 * before any script has run; other languages, and pages without them, get the catalogue's.
 */
export function titles(t: Localizer) {
  const own = html`<h1>${t.t('app.title')}</h1>
    <p class="subtitle">${unbroken(t.t('app.subtitle'))}</p>`;
  return html`<div class="titles">
    ${t.lang === 'en' ? html`<slot name="title">${own}</slot>` : own}
  </div>`;
}

/** A row of buttons of which one is pressed: the views, the regions. */
export function pressedButtons<T extends string>(
  options: readonly T[],
  current: T,
  label: (option: T) => string,
  choose: (option: T) => void,
) {
  return options.map(
    (option) =>
      html`<button
        type="button"
        aria-pressed=${option === current ? 'true' : 'false'}
        @click=${() => choose(option)}
      >
        ${label(option)}
      </button>`,
  );
}
