/**
 * The shell's larger templates, each drawn from the app's controller: then and now, the lesson's
 * card, a country's panel, the share dialog. The shell (rm-app.ts) passes the handlers; these only
 * draw.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { countryHistory, countsOf, statusAt, statusOf } from '../../model/index.ts';
import type { IsoDate, StatusSnapshot } from '../../model/index.ts';
import type { AppController } from '../../controllers/app.ts';
import { urlStateOf } from '../../app/url.ts';
import { appView, type AppView } from '../../app/state.ts';
import { pressedButtons } from '../shared/parts.ts';
import { countsLine } from './parts.ts';
import { compareChanges } from './list-views.ts';

type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;
type Handler = (event: CustomEvent) => unknown;

/** The header, with the page's own English title slotted through. */
export function headerView(
  app: AppController,
  ready: boolean,
  onCountrySelect: Handler,
  title: unknown,
) {
  const t = app.language.i18n;
  const s = app.state;
  // The header's tools and views need words, not data: on the first load they come with the
  // reader's language, while the data still downloads, so the page's frame is there before the map.
  return html`<rm-header
    .i18n=${t}
    ?minimal=${!ready && t.lang !== s.lang}
    .searchable=${ready ? app.data.loaded!.searchable(t) : []}
    view=${appView(s)}
    language=${s.lang}
    cal=${s.cal ?? 'gregory'}
    @country-select=${onCountrySelect}
    @view-change=${(e: CustomEvent<{ view: AppView }>) => app.chooseView(e.detail.view)}
    @lesson-start=${() => app.startLesson()}
    @present-start=${() => app.startPresenting()}
    @lang-change=${(e: CustomEvent) => app.setLang(e.detail.lang)}
    @cal-change=${(e: CustomEvent) => app.setCal(e.detail.cal)}
    >${title}</rm-header
  >`;
}

/** The world and the regional view: two pressed buttons over (or, on a phone, under) the map. */
export function regionsView(app: AppController) {
  const t = app.language.i18n;
  return html`<div class="regions" role="group" aria-label=${t.t('region.label')}>
    ${pressedButtons(
      ['world', 'asia'] as const,
      app.state.region,
      (r) => t.t(`region.${r}`),
      (r) => app.setRegion(r),
    )}
  </div>`;
}

/** Then and now: two maps, each with its own date control and counts. */
export function compareView(
  app: AppController,
  now: EraSnapshot,
  draw: {
    map: (snapshot: EraSnapshot, date: IsoDate, primary: boolean) => TemplateResult;
    slider: (date: IsoDate, onInput?: Handler, onChange?: Handler) => TemplateResult;
    /** A country chosen in the list of what changed. */
    select: Handler;
  },
) {
  const t = app.language.i18n;
  const s = app.state;
  const then = statusAt(app.data.loaded!.data, s.compare!, app.today);
  if (then.kind !== 'era') return nothing;
  const column = (label: string, snapshot: EraSnapshot, slider: unknown) =>
    html`<section class="compare-column" aria-label=${label}>
      <h2>${label}</h2>
      ${slider}
      <div class="map-area">${draw.map(snapshot, snapshot.date, snapshot === now)}</div>
      <p class="counts">${countsLine(t, countsOf(snapshot))}</p>
    </section>`;
  const onThen = (history: 'replace' | 'push') => (e: CustomEvent<{ date: IsoDate }>) =>
    app.setCompare(e.detail.date, history);
  return html`<div class="compare">
      ${column(t.t('compare.then'), then, draw.slider(s.compare!, onThen('replace'), onThen('push')))}
      ${column(t.t('compare.now'), now, draw.slider(s.date))}
    </div>
    ${compareChanges(app, then, now, draw.select)}
    <p>
      <button type="button" class="link" @click=${() => app.chooseView('map')}>
        ${t.t('compare.close')}
      </button>
    </p>`;
}

/** The lesson's card: beside the map, or over it when presenting. */
export function lessonView(app: AppController) {
  const { lesson, lessonTranslated, language } = app;
  const s = app.state;
  return html`<rm-lesson-card
    class="lesson"
    .i18n=${language.i18n}
    .lesson=${lessonTranslated && !language.i18n.original ? lessonTranslated : lesson}
    ?translated=${!!lessonTranslated}
    step=${s.step}
    ?presenting=${s.presenting}
    @lesson-step=${(e: CustomEvent<{ step: number }>) => app.stepLesson(e.detail.step)}
    @lesson-exit=${() => app.exitLesson()}
  ></rm-lesson-card>`;
}

/** A country's panel: in the side column, or a bottom sheet (phones, embeds). */
export function panelView(
  app: AppController,
  iso3: string,
  on: { sheet: boolean; close: () => void; date: Handler },
) {
  const s = app.state;
  const snapshot = app.snapshot!;
  return html`<rm-country-panel
    class="panel"
    .i18n=${app.language.i18n}
    iso3=${iso3}
    .history=${countryHistory(app.data.loaded!.data, iso3)}
    .current=${iso3 === 'AFG' ? undefined : statusOf(snapshot, iso3)}
    date=${s.date}
    era=${snapshot.era.id}
    ?sheet=${on.sheet}
    @panel-close=${on.close}
    @date-change=${on.date}
  ></rm-country-panel>`;
}

/** The share dialog, with the drawn map for image downloads. */
export function shareView(
  app: AppController,
  snapshot: EraSnapshot,
  on: { close: () => void; geometry: () => unknown },
) {
  const loaded = app.data.loaded!;
  return html`<rm-share-panel
    .i18n=${app.language.i18n}
    .data=${loaded.data}
    .snapshot=${snapshot}
    .view=${urlStateOf(app.state)}
    .countries=${loaded.iso3s}
    .geometry=${on.geometry}
    @share-close=${on.close}
  ></rm-share-panel>`;
}
