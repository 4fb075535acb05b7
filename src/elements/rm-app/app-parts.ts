/**
 * The page's chrome, as templates the shell composes: header, footer, embed credit, notices, the
 * gap card, presentation overlays. Plain functions of what they show and what they call: the
 * state stays in `rm-app`.
 */
import { html, nothing } from 'lit';
import { LANGS, LOCALES, hasCalendarChoice, type Calendar, type Lang } from '../../i18n/index.ts';
import type { Localizer } from '../../i18n/index.ts';
import type { Dataset, DatasetEvent, StatusCounts } from '../../model/index.ts';
import type { Notice } from '../../url-state.ts';
import { CORRECTIONS_URL } from '../../config.ts';
import { actorName, eventDateText } from '../../text/format.ts';
import { noticeText } from '../rm-notices/notice-text.ts';
import { descriptionText } from '../shared/event-text.ts';
import type { Searchable } from '../rm-country-search/search-match.ts';

export type AppView = 'map' | 'table' | 'compare';

export interface HeaderProps {
  t: Localizer;
  searchable: readonly Searchable[];
  view: AppView;
  onCountrySelect: (e: CustomEvent<{ iso3: string }>) => void;
  onView: (view: AppView) => void;
  onShare: () => void;
  onAbout: () => void;
  onPresent: () => void;
  onLesson: () => void;
  /** The language chosen (the localizer may still be loading it). */
  lang: Lang;
  cal: Calendar;
  onLang: (lang: Lang) => void;
  onCal: (cal: Calendar) => void;
}

/**
 * The language menu: each language named in its own script, so a reader finds theirs whatever
 * language the page is in. `selected` on the options sets the first render; `.value` on the
 * select every later one (Back, Forward), since a picked option ignores the attribute.
 */
export function languageMenu(
  t: Localizer,
  lang: Lang,
  onLang: (lang: Lang) => void,
  /** A visible label (in a form); else a globe, and the label for screen readers only. */
  label?: string,
) {
  return html`<label class="menu">
    ${label ? html`<span>${label}</span>` : html`<span aria-hidden="true">🌐</span>`}
    <select
      aria-label=${label ? nothing : t.t('app.language')}
      .value=${lang}
      @change=${(e: Event) => onLang((e.target as HTMLSelectElement).value as Lang)}
    >
      ${LANGS.map(
        (l) =>
          html`<option value=${l} lang=${LOCALES[l].tag} ?selected=${l === lang}>
            ${LOCALES[l].name}
          </option>`,
      )}
    </select>
  </label>`;
}

/** Dari and Pashto: which calendar's date comes first. */
function calendarMenu(t: Localizer, cal: Calendar, onCal: (cal: Calendar) => void) {
  return html`<label class="menu">
    <span class="menu-label">${t.t('app.calendar')}</span>
    <select
      .value=${cal}
      @change=${(e: Event) => onCal((e.target as HTMLSelectElement).value as Calendar)}
    >
      <option value="gregory" ?selected=${cal === 'gregory'}>${t.t('app.calendarGregory')}</option>
      <option value="persian" ?selected=${cal === 'persian'}>${t.t('app.calendarPersian')}</option>
    </select>
  </label>`;
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

export function header(p: HeaderProps) {
  const t = p.t;
  return html`<header class="top">
    ${titles(t)}
    <div class="tools">
      <rm-country-search
        .i18n=${t}
        .countries=${p.searchable}
        @country-select=${p.onCountrySelect}
      ></rm-country-search>
      <button type="button" class="tool-button" @click=${p.onShare}>
        <span aria-hidden="true">⇪</span> ${t.t('share.open')}
      </button>
      <button type="button" class="tool-button" aria-label=${t.t('app.about')} @click=${p.onAbout}>
        <span aria-hidden="true">ⓘ</span> ${t.t('app.aboutShort')}
      </button>
      ${languageMenu(t, p.lang, p.onLang)}
      ${hasCalendarChoice(p.lang) ? calendarMenu(t, p.cal, p.onCal) : nothing}
    </div>
    <nav class="views" aria-label=${t.t('view.label')}>
      ${pressedButtons(['map', 'table', 'compare'], p.view, (v) => t.t(`view.${v}`), p.onView)}
      <span class="spacer"></span>
      <button type="button" @click=${p.onLesson}>${t.t('lesson.start')}</button>
      <button type="button" class="present-open" @click=${p.onPresent}>
        <span aria-hidden="true">⛶</span> ${t.t('present.open')}
      </button>
    </nav>
  </header>`;
}

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

export function notices(t: Localizer, list: readonly Notice[], dismiss: (n: Notice) => void) {
  if (list.length === 0) return nothing;
  return html`<div class="notices" role="status" aria-label=${t.t('notice.title')}>
    ${list.map(
      (n) =>
        html`<p class="notice">
          <span>${noticeText(t, n)}</span>
          ${
            n.kind === 'update-ready'
              ? html`<button type="button" class="reload" @click=${() => location.reload()}>
                  ${t.t('notice.reload')}
                </button>`
              : nothing
          }
          <button
            type="button"
            class="dismiss"
            aria-label=${t.t('notice.dismiss')}
            @click=${() => dismiss(n)}
          >
            ✕
          </button>
        </p>`,
    )}
  </div>`;
}

export function gapCard(t: Localizer) {
  return html`<div class="gap-card" role="status">
    <h2>${t.t('gap.title')}</h2>
    <p class="dates">${t.t('gap.dates')}</p>
    <p>${t.t('era.gap.card')}</p>
  </div>`;
}

export function releaseNote(t: Localizer, data: Dataset, latestHref: string, newTab: boolean) {
  return html`<span class="release-note">
    ${t.t('release.note', { date: t.date(data.meta.release, 'day') })}
    <a
      href=${latestHref}
      target=${newTab ? '_blank' : nothing}
      rel=${newTab ? 'noopener noreferrer' : nothing}
      >${t.t('release.latest')}</a
    ></span
  >`;
}

export function footer(
  t: Localizer,
  data: Dataset,
  release: ReturnType<typeof releaseNote> | typeof nothing,
  onAbout: () => void,
  onShare: () => void,
) {
  return html`<footer class="foot">
    <p>
      ${t.t('app.asOf', { date: t.date(data.meta.asOf, 'long') })} · ${t.t('footer.sources')}
      ${t.t('footer.licence')} ${release}
    </p>
    <p>
      <button type="button" class="link" @click=${onAbout}>${t.t('app.about')}</button> ·
      <button type="button" class="link" @click=${onShare}>${t.t('share.open')}</button> ·
      <a href=${CORRECTIONS_URL} target="_blank" rel="noopener noreferrer"
        >${t.t('share.correctionLink')}</a
      >
    </p>
  </footer>`;
}

/** The embed's one-line credit: title, data date, the full page, corrections. */
export function credit(
  t: Localizer,
  data: Dataset,
  fullHref: string,
  release: ReturnType<typeof releaseNote> | typeof nothing,
) {
  return html`<footer class="credit">
    <p>
      <strong>${t.t('app.title')}</strong> ·
      ${t.t('app.asOf', { date: t.date(data.meta.asOf, 'day') })} ·
      <a href=${fullHref} target="_blank" rel="noopener noreferrer">${t.t('embed.fullMap')}</a> ·
      <a href=${CORRECTIONS_URL} target="_blank" rel="noopener noreferrer"
        >${t.t('share.correctionLink')}</a
      >
      ${release}
    </p>
  </footer>`;
}

/** The presentation's caption without a lesson: the latest change on or before the day. */
export function presentCaption(t: Localizer, latest: DatasetEvent | undefined) {
  if (!latest) return nothing;
  return html`<p class="caption">
    <span class="when">${eventDateText(t, latest)} · ${actorName(t, latest)}</span>
    ${descriptionText(t, latest)}
  </p>`;
}

export interface PresentControlsProps {
  t: Localizer;
  onPrevious: () => void;
  onNext: () => void;
  onBlank: () => void;
  onExit: () => void;
}

export function presentControls(p: PresentControlsProps) {
  const t = p.t;
  // Left to right in every language, as the presenter keys are: → is always next.
  return html`<nav class="present-controls" dir="ltr" aria-label=${t.t('present.open')}>
    <button type="button" @click=${p.onPrevious} aria-label=${t.t('present.previous')}>
      <span aria-hidden="true">◀</span>
    </button>
    <button type="button" @click=${p.onNext} aria-label=${t.t('present.next')}>
      <span aria-hidden="true">▶</span>
    </button>
    <button type="button" @click=${p.onBlank} aria-label=${t.t('present.blank')}>
      <span aria-hidden="true">■</span>
    </button>
    <button type="button" @click=${p.onExit} aria-label=${t.t('present.exit')}>
      <span aria-hidden="true">✕</span>
    </button>
  </nav>`;
}

export function presentStart(t: Localizer, onStart: () => void) {
  return html`<div class="present-start">
    <div>
      <h1>${t.t('app.title')}</h1>
      <p>${t.t('present.intro')}</p>
      <button type="button" class="start" @click=${onStart}>${t.t('present.start')}</button>
    </div>
  </div>`;
}

export function blankScreen(t: Localizer) {
  return html`<div class="blank" role="status">
    <span class="sr-only">${t.t('present.blanked')}</span>
  </div>`;
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
