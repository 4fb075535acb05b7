import { LitElement, html, nothing } from 'lit';
import { changesUpTo, countryHistory, countsOf, statusAt, statusOf } from '../../model/index.ts';
import type { CountsPoint, IsoDate, StatusSnapshot } from '../../model/index.ts';
import type { EarlyLoads } from '../../load/early.ts';
import { AppController } from '../../controllers/app.ts';
import { appView, comparing, teaching, type AppView } from '../../app/state.ts';
import { urlStateOf } from '../../app/url.ts';
import { writeUrl } from '../../url-state.ts';
import { describeMap } from '../../text/describe.ts';
import { markFirstView } from '../../first-view-marks.ts';
import { yieldToMain } from '../../yield.ts';
import { appStyles } from './rm-app.styles.ts';
import * as parts from './parts.ts';
import { compareChanges, listView } from './list-views.ts';
import { pressedButtons } from '../shared/parts.ts';
import '../rm-header/rm-header.define.ts';
import '../rm-footer/rm-footer.define.ts';
import '../rm-map/rm-map.define.ts';

type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;
const EMPTY_SERIES: readonly [CountsPoint[], CountsPoint[]] = [[], []];
type DateEvent = CustomEvent<{ date: IsoDate }>;

/**
 * The application shell. It only draws: the state and what changes it live in the app's
 * controllers (src/controllers/app.ts); children get properties and send events, which this
 * element hands to the controllers' intents.
 */
export class RmApp extends LitElement {
  static override styles = appStyles;

  /** The requests the page's first script started (set before the element is defined). */
  declare early?: EarlyLoads;
  private readonly app = new AppController(this, this.early);
  /** Where focus returns when a panel or dialog closes. */
  private returnFocus?: HTMLElement;

  constructor() {
    super();
    // Any translated text offers its English original (event-text.ts): the whole page switches.
    this.addEventListener('original-toggle', () => this.app.toggleOriginal());
  }

  /**
   * The first drawing gets a task of its own, after the controllers have started the loads: no
   * single task then blocks a phone for long.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await yieldToMain();
    super.scheduleUpdate();
  }

  protected override updated(): void {
    if (this.app.data.loaded) markFirstView('rm-page-drawn');
  }

  override render() {
    const { data, language } = this.app;
    const t = language.i18n;
    if (data.error) return parts.failed(t, data.error, () => this.app.load());
    const s = this.app.state;
    const loaded = data.loaded;
    const snapshot = this.app.snapshot;
    // The table and "then and now" speak words of the extra messages: a link straight to them
    // waits for those (a moment) rather than draw them with blank labels.
    const wordsPending = (s.view !== 'map' || !!s.compare) && !t.complete && !language.extraFailed;
    const ready = !!loaded && !!snapshot && !wordsPending;
    const presenting = s.presenting;
    const lesson = this.app.lesson;
    const classes = [
      'app',
      s.embed ? 'embed' : '',
      presenting ? 'presenting' : '',
      teaching(s, !!lesson) ? 'teaching' : '',
      comparing(s) ? 'comparing' : '',
      presenting && lesson ? 'present-lesson' : '',
    ].join(' ');
    // The header stays the same element from the first drawing on (only its words grow), and the
    // page around the map comes a task after the map: no single drawing blocks a phone for long.
    return html`
      ${ready && !s.embed && !presenting ? html`<button type="button" class="skip" @click=${this.skipToMap}>${t.t('app.skipToMap')}</button>` : nothing}
      <div
        class=${classes}
        @map-painted=${() => this.app.showControls()}
        @dialog-open=${(e: CustomEvent) => this.openDialog(e.detail.dialog)}
      >
        ${s.embed || presenting ? nothing : this.renderHeader(ready)}
        ${
          ready
            ? this.renderBody(snapshot!)
            : parts.loading(t, {
                words: t.lang === s.lang,
                slow: data.slow,
                retry: () => this.app.load(),
              })
        }
      </div>
      ${ready ? this.renderOverlays(snapshot!) : nothing}
    `;
  }

  private renderHeader(ready: boolean) {
    const t = this.app.language.i18n;
    const s = this.app.state;
    return html`<rm-header
      .i18n=${t}
      ?minimal=${!ready}
      .searchable=${ready ? this.app.data.loaded!.searchable(t) : []}
      view=${appView(s)}
      language=${s.lang}
      cal=${s.cal ?? 'gregory'}
      @country-select=${this.onCountrySelect}
      @view-change=${(e: CustomEvent<{ view: AppView }>) => this.app.chooseView(e.detail.view)}
      @lesson-start=${() => this.app.startLesson()}
      @present-start=${() => this.app.startPresenting()}
      @lang-change=${(e: CustomEvent) => this.app.setLang(e.detail.lang)}
      @cal-change=${(e: CustomEvent) => this.app.setCal(e.detail.cal)}
      >${this.titleSlot(t.lang)}</rm-header
    >`;
  }

  /** Everything but the header, once the data is here; the footer a task later. */
  private renderBody(snapshot: EraSnapshot) {
    const { data, language } = this.app;
    const t = language.i18n;
    const s = this.app.state;
    const loaded = data.loaded!;
    const counts = countsOf(snapshot);
    const presenting = s.presenting;
    const view = appView(s);
    const lesson = this.app.lesson;
    if (!this.settled) void this.settle();
    return html`
      <rm-notices
        .i18n=${t}
        .notices=${s.notices}
        @notice-dismiss=${(e: CustomEvent) => this.app.dismissNotice(e.detail.notice)}
        @reload-request=${() => location.reload()}
      ></rm-notices>
      ${teaching(s, !!lesson) ? this.renderLesson() : nothing}
      <main class="stage">
        ${presenting || !s.controls ? html`<p class="still-date">${t.date(s.date, 'long')}</p>` : nothing}
        ${view === 'compare' && !presenting ? this.renderCompare(snapshot) : this.renderMain(view, snapshot)}
        ${
          presenting
            ? lesson
              ? this.renderLesson()
              : parts.presentCaption(t, changesUpTo(loaded.data, s.date, this.app.today)[0])
            : nothing
        }
      </main>
      <aside class="side">
        <rm-legend
          .i18n=${t}
          .counts=${counts}
          .pinned=${s.pinned}
          ?compact=${s.embed || presenting || comparing(s)}
          @legend-highlight=${(e: CustomEvent) => this.app.highlight(e.detail.status)}
          @legend-pin=${(e: CustomEvent) => this.app.pin(e.detail.status)}
        ></rm-legend>
        ${
          presenting || s.embed || s.lesson || s.compare
            ? nothing
            : html`<rm-changes
                .i18n=${t}
                .events=${changesUpTo(loaded.data, s.date, this.app.today)}
                date=${s.date}
                @date-change=${this.onDateChange}
              ></rm-changes>`
        }
      </aside>
      ${s.country && t.complete ? this.renderPanel(s.country) : nothing}
      ${
        presenting
          ? html`<rm-presenter
              .i18n=${t}
              mode="running"
              ?blank=${s.blank}
              @present-move=${(e: CustomEvent) => this.app.move(e.detail.direction)}
              @present-blank=${() => this.app.blank()}
              @present-exit=${() => this.app.stopPresenting()}
            ></rm-presenter>`
          : !this.settled
            ? nothing
            : html`<rm-footer
                .i18n=${t}
                .meta=${loaded.data.meta}
                ?embed=${s.embed}
                latestHref=${data.release ? this.href({ release: undefined }) : ''}
                fullHref=${this.href({ embed: false, controls: true, theme: undefined })}
              ></rm-footer>`
      }
    `;
  }

  /** The overlays over the page: announcements, presenting's start, dialogs. */
  private renderOverlays(snapshot: EraSnapshot) {
    const t = this.app.language.i18n;
    const s = this.app.state;
    const loaded = this.app.data.loaded!;
    const presenting = s.presenting;
    return html`
      <div class="sr-only" role="status" aria-live="polite">${this.app.announce.text}</div>
      ${
        s.present && !presenting
          ? html`<rm-presenter
              .i18n=${t}
              mode="start"
              @present-start=${() => this.app.startPresenting()}
            ></rm-presenter>`
          : nothing
      }
      ${s.dialog === 'about' ? html`<rm-about .i18n=${t} .data=${loaded.data} pageUrl=${location.href} @about-close=${this.closeDialog}></rm-about>` : nothing}
      ${s.dialog === 'share' ? this.renderShare(snapshot) : nothing}
    `;
  }

  /** Whether the footer may be drawn (a task after the rest). */
  private settled = false;
  private async settle() {
    await yieldToMain();
    this.settled = true;
    this.requestUpdate();
  }

  /** The page's own English title (its HTML), passed on to the header; other languages draw theirs. */
  private titleSlot(lang: string) {
    return lang === 'en' ? html`<slot name="title" slot="title"></slot>` : nothing;
  }

  /** The full page's address for the state, with some of it changed. */
  private href(change: Partial<ReturnType<typeof urlStateOf>>): string {
    return `${location.pathname}${writeUrl({ ...urlStateOf(this.app.state), ...change }, location.search)}`;
  }

  /** The map (or the table, or the timeline) with its slider: the default view. */
  private renderMain(view: AppView, snapshot: EraSnapshot) {
    const s = this.app.state;
    const list = s.presenting
      ? undefined
      : listView(view, this.app, snapshot, this.onCountrySelect);
    return html`${
      list ??
      html`<div class="map-area" id="map" tabindex="-1">
        ${this.renderMap(snapshot, s.date, true)}
        ${s.gapCard ? parts.gapCard(this.app.language.i18n) : nothing}
        ${s.presenting ? nothing : this.renderRegions()}
      </div>`
    }
    ${s.controls && !s.presenting ? this.renderSlider(s.date, false) : nothing}`;
  }

  private renderMap(snapshot: EraSnapshot, date: IsoDate, primary: boolean) {
    const t = this.app.language.i18n;
    const s = this.app.state;
    return html`<rm-map
      .i18n=${t}
      .shapes=${this.app.data.loaded!.world}
      .snapshot=${snapshot}
      .region=${s.region}
      .highlight=${s.highlight}
      .selected=${primary ? s.country : null}
      ?muted=${primary && s.gapCard}
      heightCap=${this.heightCap()}
      label=${t.t('map.label', { date: t.date(date, 'long') })}
      description=${describeMap(t, snapshot, countsOf(snapshot))}
      @country-select=${this.onCountrySelect}
    ></rm-map>`;
  }

  /**
   * How tall the regional map may grow: a share of the window's height beside the slider, or when
   * presenting (presenting a lesson, the map takes whatever the step's card leaves: the styles).
   * Only the regional view asks: reading the window's height makes the browser lay out the page,
   * which the world view's first paint need not wait for.
   */
  private heightCap(): number {
    const s = this.app.state;
    if (s.embed || s.region !== 'asia') return 0;
    return Math.round(innerHeight * (s.presenting ? (this.app.lesson ? 0 : 0.78) : 0.6));
  }

  private renderRegions() {
    const t = this.app.language.i18n;
    return html`<div class="regions" role="group" aria-label=${t.t('region.label')}>
      ${pressedButtons(
        ['world', 'asia'] as const,
        this.app.state.region,
        (r) => t.t(`region.${r}`),
        (r) => this.app.setRegion(r),
      )}
    </div>`;
  }

  private renderSlider(
    date: IsoDate,
    compact: boolean,
    onInput = this.onDateInput,
    onChange = this.onDateChange,
  ) {
    const loaded = this.app.data.loaded!;
    const { data, timeline } = loaded;
    const t = this.app.language.i18n;
    // The chart's series are worked out once the slider is defined, not for the first map.
    const series = this.app.controlsReady ? loaded.series : EMPTY_SERIES;
    return html`<rm-time-slider
      .i18n=${t}
      .timeline=${timeline}
      date=${date}
      .events=${data.events}
      .series=${series}
      asOf=${data.meta.asOf}
      ?playing=${this.app.state.playing}
      speed=${this.app.state.speed}
      ?compact=${compact}
      direction=${t.info.dir}
      @date-input=${onInput}
      @date-change=${onChange}
      @play-toggle=${() => this.app.togglePlay()}
      @speed-change=${(e: CustomEvent) => this.app.setSpeed(e.detail.speed)}
    ></rm-time-slider>`;
  }

  /** Then and now: two maps, each with its own date control and counts. */
  private renderCompare(now: EraSnapshot) {
    const t = this.app.language.i18n;
    const s = this.app.state;
    const then = statusAt(this.app.data.loaded!.data, s.compare!, this.app.today);
    if (then.kind !== 'era') return nothing;
    const column = (label: string, snapshot: EraSnapshot, slider: unknown) =>
      html`<section class="compare-column" aria-label=${label}>
        <h2>${label}</h2>
        ${slider}
        <div class="map-area">${this.renderMap(snapshot, snapshot.date, snapshot === now)}</div>
        <p class="counts">${parts.countsLine(t, countsOf(snapshot))}</p>
      </section>`;
    const onThen = (history: 'replace' | 'push') => (e: DateEvent) =>
      this.app.setCompare(e.detail.date, history);
    return html`<div class="compare">
        ${column(t.t('compare.then'), then, this.renderSlider(s.compare!, true, onThen('replace'), onThen('push')))}
        ${column(t.t('compare.now'), now, this.renderSlider(s.date, true))}
      </div>
      ${compareChanges(this.app, then, now, this.onCountrySelect)}
      <p>
        <button type="button" class="link" @click=${() => this.app.chooseView('map')}>
          ${t.t('compare.close')}
        </button>
      </p>`;
  }

  private renderLesson() {
    const { lesson, lessonTranslated, language } = this.app;
    const s = this.app.state;
    return html`<rm-lesson-card
      class="lesson"
      .i18n=${language.i18n}
      .lesson=${lessonTranslated && !language.i18n.original ? lessonTranslated : lesson}
      ?translated=${!!lessonTranslated}
      step=${s.step}
      ?presenting=${s.presenting}
      @lesson-step=${(e: CustomEvent<{ step: number }>) => this.app.stepLesson(e.detail.step)}
      @lesson-exit=${() => this.app.exitLesson()}
    ></rm-lesson-card>`;
  }

  private renderPanel(iso3: string) {
    const s = this.app.state;
    const snapshot = this.app.snapshot!;
    return html`<rm-country-panel
      class="panel"
      .i18n=${this.app.language.i18n}
      iso3=${iso3}
      .history=${countryHistory(this.app.data.loaded!.data, iso3)}
      .current=${iso3 === 'AFG' ? undefined : statusOf(snapshot, iso3)}
      date=${s.date}
      era=${snapshot.era.id}
      @panel-close=${this.closePanel}
      @date-change=${this.onDateChange}
    ></rm-country-panel>`;
  }

  private renderShare(snapshot: EraSnapshot) {
    const loaded = this.app.data.loaded!;
    return html`<rm-share-panel
      .i18n=${this.app.language.i18n}
      .data=${loaded.data}
      .snapshot=${snapshot}
      .view=${urlStateOf(this.app.state)}
      .countries=${loaded.iso3s}
      .geometry=${() => this.renderRoot.querySelector('rm-map')?.exportGeometry()}
      @share-close=${this.closeDialog}
    ></rm-share-panel>`;
  }

  // ── events from children, and focus ───────────────────────────────────────────────────────

  private onDateInput = (e: DateEvent) => this.app.setDate(e.detail.date, 'replace');
  private onDateChange = (e: DateEvent) => this.app.setDate(e.detail.date, 'push');

  private onCountrySelect = async (e: CustomEvent<{ iso3: string; date?: IsoDate }>) => {
    this.returnFocus = deepActiveElement();
    await this.app.openCountry(e.detail.iso3, e.detail.date);
    await this.updateComplete;
    this.renderRoot.querySelector('rm-country-panel')?.focusHeading();
  };

  private closePanel = async () => {
    this.app.closeCountry();
    const target = this.returnFocus;
    this.returnFocus = undefined;
    await this.updateComplete;
    if (target?.isConnected) target.focus();
    else this.renderRoot.querySelector('rm-map')?.focusCountry('AFG');
  };

  private async openDialog(which: 'about' | 'share') {
    this.returnFocus = deepActiveElement();
    await this.app.openDialog(which);
  }

  private closeDialog = async () => {
    this.app.closeDialog();
    const target = this.returnFocus;
    await this.updateComplete;
    target?.focus();
  };

  /** Back where the reader started presenting: the header's Present button (or the map). */
  async presentationEnded(): Promise<void> {
    await this.updateComplete;
    if (!this.renderRoot.querySelector('rm-header')?.focusPresent())
      this.renderRoot.querySelector('rm-map')?.focusCountry(this.app.state.country ?? 'AFG');
  }

  private skipToMap = (event: Event) => {
    event.preventDefault();
    this.renderRoot.querySelector('rm-map')?.focusCountry(this.app.state.country ?? 'AFG');
  };
}

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return (el as HTMLElement | null) ?? undefined;
}
