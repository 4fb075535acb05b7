import { LitElement, html, nothing } from 'lit';
import { changesUpTo, countsOf } from '../../model/index.ts';
import type { CountsPoint, IsoDate, StatusSnapshot } from '../../model/index.ts';
import type { EarlyLoads } from '../../load/early.ts';
import { AppController } from '../../controllers/app.ts';
import { appView, comparing, teaching, type AppView } from '../../app/state.ts';
import { urlStateOf } from '../../app/url.ts';
import { writeUrl } from '../../url-state.ts';
import { describeMap } from '../../text/describe.ts';
import { markFirstView } from '../../first-view-marks.ts';
import { yieldToMain } from '../../yield.ts';
import { prefersReducedMotion } from '../shared/motion.ts';
import { appStyles } from './rm-app.styles.ts';
import { SIDE_COLUMN } from './layout.styles.ts';
import * as parts from './parts.ts';
import { deepActiveElement } from '../shared/focus.ts';
import * as views from './views.ts';
import { MediaController } from '../../controllers/media.ts';
import { listView } from './list-views.ts';
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
  /** Below the side column's width a country is a bottom sheet (and always in an embed). */
  private readonly narrow = new MediaController(this, `(max-width: ${SIDE_COLUMN - 0.01}rem)`);
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
        ${
          s.embed || presenting
            ? nothing
            : views.headerView(this.app, ready, this.onCountrySelect, this.titleSlot(t.lang))
        }
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
    // The date in large type (presenting, or when the slider is hidden): beside a lesson's card,
    // over the map otherwise.
    const stillDate = html`<p class="still-date">${t.date(s.date, 'long')}</p>`;
    return html`
      <rm-notices
        .i18n=${t}
        .notices=${s.notices}
        @notice-dismiss=${(e: CustomEvent) => this.app.dismissNotice(e.detail.notice)}
        @reload-request=${() => location.reload()}
      ></rm-notices>
      ${
        lesson && presenting
          ? html`<div class="lesson-column">${stillDate} ${views.lessonView(this.app)}</div>`
          : lesson
            ? views.lessonView(this.app)
            : nothing
      }
      <main class="stage">
        ${(presenting && !lesson) || !s.controls ? stillDate : nothing}
        ${view === 'compare' && !presenting ? this.renderCompare(snapshot) : this.renderMain(view, snapshot)}
        ${
          presenting && !lesson
            ? parts.presentCaption(t, changesUpTo(loaded.data, s.date, this.app.today)[0])
            : nothing
        }
      </main>
      <aside class="side">
        <rm-legend
          .i18n=${t}
          .counts=${counts}
          .snapshot=${snapshot}
          .pinned=${s.pinned}
          ?compact=${s.embed || presenting || comparing(s)}
          ?key=${s.embed || (presenting && !!lesson)}
          @legend-highlight=${(e: CustomEvent) => this.app.highlight(e.detail.status)}
          @legend-pin=${(e: CustomEvent) => this.app.pin(e.detail.status)}
          @country-select=${this.onCountrySelect}
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
      ${
        s.country && t.complete
          ? views.panelView(this.app, s.country, {
              sheet: s.embed || this.narrow.matches,
              close: this.closePanel,
              date: this.onPanelDate,
            })
          : nothing
      }
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
                release=${data.release ?? ''}
                ?dated=${s.date !== this.app.today}
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
      ${
        s.dialog === 'share'
          ? views.shareView(this.app, snapshot, {
              close: this.closeDialog,
              geometry: () => this.renderRoot.querySelector('rm-map')?.drawnMap(),
            })
          : nothing
      }
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
        ${s.presenting ? nothing : views.regionsView(this.app)}
      </div>`
    }
    ${s.controls && !s.presenting ? this.renderSlider(s.date, false) : nothing}`;
  }

  private renderCompare(now: EraSnapshot) {
    return views.compareView(this.app, now, {
      map: (snapshot, date, primary) => this.renderMap(snapshot, date, primary),
      slider: (date, onInput, onChange) => this.renderSlider(date, true, onInput, onChange),
      select: this.onCountrySelect,
    });
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

  // ── events from children, and focus ───────────────────────────────────────────────────────

  private onDateInput = (e: DateEvent) => this.app.setDate(e.detail.date, 'replace');
  private onDateChange = (e: DateEvent) => this.app.setDate(e.detail.date, 'push');

  /** "Show on the map" in a country's panel: the date moves, and the map is brought into view. */
  private onPanelDate = async (e: DateEvent) => {
    this.onDateChange(e);
    await this.updateComplete;
    const map = this.renderRoot.querySelector<HTMLElement>('.map-area');
    const box = map?.getBoundingClientRect();
    if (map && box && (box.top < 0 || box.top > innerHeight / 2))
      map.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  };

  private onCountrySelect = async (e: CustomEvent<{ iso3: string; date?: IsoDate }>) => {
    this.returnFocus = deepActiveElement();
    await this.app.openCountry(e.detail.iso3, e.detail.date);
    await this.updateComplete;
    this.renderRoot.querySelector('rm-country-panel')?.focusHeading();
  };

  /**
   * Focus goes back where the reader was (the search box, the table); a country opened from the
   * map or from a link gives it back to that country on the map.
   */
  private closePanel = async () => {
    const iso3 = this.app.state.country;
    this.app.closeCountry();
    const target = this.returnFocus;
    this.returnFocus = undefined;
    await this.updateComplete;
    const map = this.renderRoot.querySelector('rm-map');
    const fromMap = !target || target === document.body || map?.shadowRoot?.contains(target);
    if (target?.isConnected && !fromMap) target.focus();
    else map?.focusCountry(iso3 ?? 'AFG');
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
