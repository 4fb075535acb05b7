import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { englishLocalizer, type Localizer } from '../i18n/index.ts';
import { DATASET_PATH, LoadError, loadDataset, loadWorld } from '../load.ts';
import {
  changesUpTo,
  countryHistory,
  countsOf,
  countsSeries,
  statusAt,
  statusOf,
  timelineOf,
  type CountsPoint,
  type Dataset,
  type IsoDate,
  type Status,
  type StatusSnapshot,
  type Timeline,
  isIsoDate,
} from '../model/index.ts';
import type { Region } from '../geo/projection.ts';
import type { WorldShape } from '../geo/world.ts';
import { readUrl, writeUrl, type Notice, type Theme, type UrlState } from '../url-state.ts';
import { startAutoResize } from '../embed/resize.ts';
import { CORRECTIONS_URL, EMBED_KEY } from '../config.ts';
import { localToday } from '../today.ts';
import { appStyles } from './app-styles.ts';
import { describeMap } from './describe.ts';
import { noticeText } from './notices.ts';
import { Player } from './player.ts';
import { prefersReducedMotion } from './motion.ts';
import type { Searchable } from './search-match.ts';
import './rm-map.define.ts';
import './rm-time-slider.define.ts';
import './rm-legend.define.ts';
import './rm-changes.define.ts';
import './rm-country-panel.define.ts';
import './rm-country-search.define.ts';

type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;

interface Loaded {
  data: Dataset;
  world: WorldShape[];
  timeline: Timeline;
  series: [CountsPoint[], CountsPoint[]];
  changeDates: IsoDate[];
  searchable: Searchable[];
}

/** Pushes within this long of the previous one replace it: a burst of key presses is one step back. */
const HISTORY_COALESCE_MS = 1000;

/**
 * The application shell: loads the dataset and the map, owns the state (date, country, region)
 * and keeps it in the URL. Children get properties and send events; only this element changes
 * state.
 */
export class RmApp extends LitElement {
  static override styles = appStyles;

  @state() private loaded?: Loaded;
  @state() private error?: Error;
  @state() private slow = false;
  @state() private date: IsoDate = localToday();
  @state() private country: string | null = null;
  @state() private region: Region = 'world';
  @state() private notices: Notice[] = [];
  @state() private highlight: Status | null = null;
  @state() private pinned: Status | null = null;
  @state() private playing = false;
  @state() private gapCard = false;
  @state() private aboutOpen = false;
  @state() private shareOpen = false;
  /** `?embed=1`: inside another site's article (reflected, for the stylesheet). */
  @property({ type: Boolean, reflect: true }) embed = false;
  @state() private controls = true;
  @state() private theme?: Theme;
  /** The pinned data release shown, if the URL asks for one. */
  @state() private release?: IsoDate;

  private readonly i18n: Localizer = englishLocalizer();
  private readonly today = localToday();
  private lastCommit = -Infinity;
  /** The current history entry belongs to an interaction still under way (a drag, play). */
  private entryOpen = false;
  private returnFocus?: HTMLElement;
  private snapshot?: EraSnapshot;

  private readonly player = new Player({
    timeline: () => this.loaded!.timeline,
    changeDates: () => this.loaded!.changeDates,
    reducedMotion: prefersReducedMotion,
    setDate: (date) => {
      this.date = date;
      this.syncUrl('replace');
    },
    showGap: (show) => (this.gapCard = show),
    stopped: () => {
      this.playing = false;
      this.syncUrl('push');
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.onPopState);
    void this.load();
  }

  private stopResize?: () => void;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onPopState);
    this.player.stop();
    this.stopResize?.();
  }

  private async load() {
    this.error = undefined;
    this.slow = false;
    const slowTimer = setTimeout(() => (this.slow = true), 6000);
    const params = new URLSearchParams(location.search);
    this.embed = ['1', 'true', 'yes', 'on'].includes(
      (params.get('embed') ?? '').trim().toLowerCase(),
    );
    if (this.embed && !this.stopResize)
      this.stopResize = startAutoResize({
        datawrapperKey: EMBED_KEY,
        pymChildId: params.get('childId'),
      });
    const release = params.get('release')?.trim();
    const extraNotices: Notice[] = [];
    try {
      const [data, world] = await Promise.all([this.loadData(release, extraNotices), loadWorld()]);
      const timeline = timelineOf(data, this.today);
      const series = countsSeries(data, this.today);
      // English names and ISO codes are aliases in every language: people search for "UAE".
      const english = englishLocalizer();
      const searchable = world.flatMap((s) =>
        s.iso3
          ? [
              {
                iso3: s.iso3,
                name: this.i18n.country(s.iso3),
                aliases: [s.iso3, english.country(s.iso3)],
              },
            ]
          : [],
      );
      this.loaded = {
        data,
        world,
        timeline,
        series,
        changeDates: [...new Set(series.flat().map((p) => p.date))].sort(),
        searchable,
      };
      this.applyUrl(location.search, true);
      this.notices = [
        ...extraNotices,
        ...this.notices.filter(
          (n) => !(n.kind === 'bad-value' && n.param === 'release' && extraNotices.length),
        ),
      ];
    } catch (e) {
      this.error = e as Error;
    } finally {
      clearTimeout(slowTimer);
    }
  }

  /** The pinned release if asked for and published; otherwise (with a notice) the latest data. */
  private async loadData(release: string | undefined, notices: Notice[]): Promise<Dataset> {
    if (release && isIsoDate(release)) {
      try {
        const data = await loadDataset(`data/releases/${release}.json`);
        this.release = release;
        return data;
      } catch (e) {
        if (!(e instanceof LoadError && e.kind === 'http')) throw e;
        notices.push({ kind: 'bad-value', param: 'release', value: release });
      }
    }
    this.release = undefined;
    return loadDataset(DATASET_PATH);
  }

  // ── URL state ──────────────────────────────────────────────────────────────────────────────

  private isCountry = (iso3: string) => !!this.loaded?.world.some((s) => s.iso3 === iso3);

  private applyUrl(search: string, withNotices = false) {
    const { state, notices } = readUrl(search, {
      timeline: this.loaded!.timeline,
      isCountry: this.isCountry,
    });
    this.date = state.date ?? this.today;
    this.country = state.country ?? null;
    this.region = state.region;
    this.embed = state.embed;
    this.controls = state.controls;
    this.theme = state.theme;
    // Embeds are light unless asked otherwise (a newsroom page usually is); the page follows the
    // reader's system setting.
    const theme = state.theme ?? (state.embed ? 'light' : 'auto');
    document.documentElement.dataset.theme = theme;
    if (withNotices) this.notices = notices;
  }

  private urlState(): UrlState {
    return {
      date: this.date,
      country: this.country ?? undefined,
      region: this.region,
      embed: this.embed,
      controls: this.controls,
      theme: this.theme,
      release: this.release,
    };
  }

  /**
   * `replace` while dragging or playing, `push` on a committed choice, so Back works: the first
   * change of an interaction opens a new history entry, later changes replace it, and the commit
   * closes it. Commits within a second of the last one replace it too: a burst of key presses is
   * one step back, not thirty.
   */
  private syncUrl(mode: 'push' | 'replace') {
    const search = writeUrl(this.urlState(), location.search);
    const now = performance.now();
    if (search !== location.search) {
      const url = `${location.pathname}${search}${location.hash}`;
      if (this.entryOpen || now - this.lastCommit < HISTORY_COALESCE_MS)
        history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    if (mode === 'replace') this.entryOpen = true;
    else {
      if (this.entryOpen || search !== location.search) this.lastCommit = now;
      this.entryOpen = false;
    }
  }

  private onPopState = () => {
    if (!this.loaded) return;
    this.entryOpen = false;
    this.lastCommit = -Infinity;
    this.player.stop();
    this.playing = false;
    this.applyUrl(location.search);
  };

  // ── events from children ──────────────────────────────────────────────────────────────────

  private setDate(date: IsoDate, mode: 'push' | 'replace') {
    if (this.playing) {
      this.player.stop();
      this.playing = false;
    }
    this.date = date;
    this.syncUrl(mode);
  }

  private onDateInput = (e: CustomEvent<{ date: IsoDate }>) =>
    this.setDate(e.detail.date, 'replace');
  private onDateChange = (e: CustomEvent<{ date: IsoDate }>) => this.setDate(e.detail.date, 'push');

  private onPlayToggle = () => {
    if (this.playing) {
      this.player.stop();
      this.playing = false;
      this.syncUrl('push');
    } else {
      this.playing = true;
      this.player.start(this.date);
    }
  };

  private onCountrySelect = (e: CustomEvent<{ iso3: string }>) => {
    this.returnFocus = deepActiveElement();
    this.country = e.detail.iso3;
    this.syncUrl('push');
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector('rm-country-panel')?.focusHeading(),
    );
  };

  private onPanelClose = () => {
    this.country = null;
    this.syncUrl('push');
    const target = this.returnFocus;
    this.returnFocus = undefined;
    void this.updateComplete.then(() => {
      if (target?.isConnected) target.focus();
      else this.renderRoot.querySelector('rm-map')?.focus();
    });
  };

  private setRegion(region: Region) {
    if (region === this.region) return;
    this.region = region;
    this.syncUrl('push');
  }

  private onLegendHighlight = (e: CustomEvent<{ status: Status | null }>) =>
    (this.highlight = e.detail.status);
  private onLegendPin = (e: CustomEvent<{ status: Status | null }>) => {
    this.pinned = e.detail.status;
    this.highlight = e.detail.status;
  };

  private async openAbout() {
    this.returnFocus = deepActiveElement();
    await import('./rm-about.define.ts');
    this.aboutOpen = true;
  }

  private closeAbout = () => {
    this.aboutOpen = false;
    const target = this.returnFocus;
    void this.updateComplete.then(() => target?.focus());
  };

  private async openShare() {
    this.returnFocus = deepActiveElement();
    await import('./rm-share-panel.define.ts');
    this.shareOpen = true;
  }

  private closeShare = () => {
    this.shareOpen = false;
    const target = this.returnFocus;
    void this.updateComplete.then(() => target?.focus());
  };

  private dismissNotice(notice: Notice) {
    this.notices = this.notices.filter((n) => n !== notice);
  }

  // ── render ─────────────────────────────────────────────────────────────────────────────────

  protected override willUpdate(_changed: PropertyValues): void {
    if (!this.loaded) return;
    const s = statusAt(this.loaded.data, this.date, this.today);
    this.snapshot = s.kind === 'era' ? s : undefined;
  }

  override render() {
    const t = this.i18n;
    if (this.error) return this.renderError(this.error);
    if (!this.loaded || !this.snapshot) {
      return html`<div class="loading" role="status">
        <p>${t.t('app.loading')}</p>
        ${
          this.slow
            ? html`<p>${t.t('app.slowLoad')}</p>
                <button type="button" @click=${() => this.load()}>${t.t('load.retry')}</button>`
            : nothing
        }
      </div>`;
    }
    const { data, world, timeline, series } = this.loaded;
    const snapshot = this.snapshot;
    const counts = countsOf(snapshot);
    return html`
      ${this.embed ? nothing : html`<a class="skip" href="#map" @click=${this.skipToMap}>${t.t('app.skipToMap')}</a>`}
      <div class="app">
        ${this.embed ? nothing : this.renderHeader()} ${this.renderNotices()}
        <main class="stage">
          ${this.controls ? nothing : html`<p class="still-date">${t.date(this.date, 'long')}</p>`}
          <div class="map-area">
            <rm-map
              id="map"
              tabindex="-1"
              .i18n=${t}
              .shapes=${world}
              .snapshot=${snapshot}
              .region=${this.region}
              .highlight=${this.highlight}
              .selected=${this.country}
              ?muted=${this.gapCard}
              heightCap=${this.embed ? 0 : Math.round(innerHeight * 0.7)}
              description=${describeMap(t, snapshot, counts)}
              @country-select=${this.onCountrySelect}
            ></rm-map>
            ${this.gapCard ? this.renderGapCard() : nothing}
            <div class="regions" role="group" aria-label=${t.t('region.label')}>
              ${(['world', 'asia'] as const).map(
                (r) =>
                  html`<button
                    type="button"
                    aria-pressed=${this.region === r ? 'true' : 'false'}
                    @click=${() => this.setRegion(r)}
                  >
                    ${t.t(`region.${r}`)}
                  </button>`,
              )}
            </div>
          </div>
          ${
            this.controls
              ? html`<rm-time-slider
                  .i18n=${t}
                  .timeline=${timeline}
                  date=${this.date}
                  .events=${data.events}
                  .series=${series}
                  asOf=${data.meta.asOf}
                  ?playing=${this.playing}
                  direction=${t.info.dir}
                  @date-input=${this.onDateInput}
                  @date-change=${this.onDateChange}
                  @play-toggle=${this.onPlayToggle}
                ></rm-time-slider>`
              : nothing
          }
        </main>
        <aside class="side">
          <rm-legend
            .i18n=${t}
            .counts=${counts}
            .pinned=${this.pinned}
            ?compact=${this.embed}
            @legend-highlight=${this.onLegendHighlight}
            @legend-pin=${this.onLegendPin}
          ></rm-legend>
          ${
            this.embed
              ? nothing
              : html`<rm-changes
                  .i18n=${t}
                  .events=${changesUpTo(data, this.date, this.today)}
                  date=${this.date}
                  @date-change=${this.onDateChange}
                ></rm-changes>`
          }
        </aside>
        ${this.country ? this.renderPanel(this.country, data) : nothing}
        ${this.embed ? this.renderCredit(data) : this.renderFooter(data)}
      </div>
      ${
        this.aboutOpen
          ? html`<rm-about
              .i18n=${t}
              .data=${data}
              pageUrl=${location.href}
              @about-close=${this.closeAbout}
            ></rm-about>`
          : nothing
      }
      ${this.shareOpen ? this.renderShare(data, world, snapshot) : nothing}
    `;
  }

  private renderHeader() {
    const t = this.i18n;
    return html`<header class="top">
      <div class="titles">
        <h1>${t.t('app.title')}</h1>
        <p class="subtitle">${t.t('app.subtitle')}</p>
      </div>
      <div class="tools">
        <rm-country-search
          .i18n=${t}
          .countries=${this.loaded!.searchable}
          @country-select=${this.onCountrySelect}
        ></rm-country-search>
        <button type="button" class="tool-button" @click=${this.openShare}>
          <span aria-hidden="true">⇪</span> ${t.t('share.open')}
        </button>
        <button
          type="button"
          class="tool-button"
          aria-label=${t.t('app.about')}
          @click=${this.openAbout}
        >
          <span aria-hidden="true">ⓘ</span> ${t.t('app.aboutShort')}
        </button>
      </div>
    </header>`;
  }

  private renderReleaseNote(data: Dataset) {
    if (!this.release) return nothing;
    const t = this.i18n;
    const latest = `${location.pathname}${writeUrl({ ...this.urlState(), release: undefined }, location.search)}`;
    return html`<span class="release-note">
      ${t.t('release.note', { date: t.date(data.meta.release, 'day') })}
      <a
        href=${latest}
        target=${this.embed ? '_blank' : nothing}
        rel=${this.embed ? 'noopener noreferrer' : nothing}
        >${t.t('release.latest')}</a
      ></span
    >`;
  }

  private renderFooter(data: Dataset) {
    const t = this.i18n;
    return html`<footer class="foot">
      <p>
        ${t.t('app.asOf', { date: t.date(data.meta.asOf, 'long') })} · ${t.t('footer.sources')}
        ${t.t('footer.licence')} ${this.renderReleaseNote(data)}
      </p>
      <p>
        <button type="button" class="link" @click=${this.openAbout}>${t.t('app.about')}</button> ·
        <button type="button" class="link" @click=${this.openShare}>${t.t('share.open')}</button> ·
        <a href=${CORRECTIONS_URL} target="_blank" rel="noopener noreferrer"
          >${t.t('share.correctionLink')}</a
        >
      </p>
    </footer>`;
  }

  /** The embed's one-line credit: title, data date, the full page, corrections. */
  private renderCredit(data: Dataset) {
    const t = this.i18n;
    const full = `${location.pathname}${writeUrl({ ...this.urlState(), embed: false, controls: true, theme: undefined }, '')}`;
    return html`<footer class="credit">
      <p>
        <strong>${t.t('app.title')}</strong> ·
        ${t.t('app.asOf', { date: t.date(data.meta.asOf, 'day') })} ·
        <a href=${full} target="_blank" rel="noopener noreferrer">${t.t('embed.fullMap')}</a> ·
        <a href=${CORRECTIONS_URL} target="_blank" rel="noopener noreferrer"
          >${t.t('share.correctionLink')}</a
        >
        ${this.renderReleaseNote(data)}
      </p>
    </footer>`;
  }

  private renderShare(data: Dataset, world: WorldShape[], snapshot: EraSnapshot) {
    return html`<rm-share-panel
      .i18n=${this.i18n}
      .data=${data}
      .snapshot=${snapshot}
      .view=${this.urlState()}
      .countries=${world.flatMap((w) => (w.iso3 ? [w.iso3] : []))}
      .geometry=${() => this.renderRoot.querySelector('rm-map')?.exportGeometry()}
      @share-close=${this.closeShare}
    ></rm-share-panel>`;
  }

  private renderPanel(iso3: string, data: Dataset) {
    return html`<rm-country-panel
      class="panel"
      .i18n=${this.i18n}
      iso3=${iso3}
      .history=${countryHistory(data, iso3)}
      .current=${iso3 === 'AFG' ? undefined : statusOf(this.snapshot!, iso3)}
      date=${this.date}
      @panel-close=${this.onPanelClose}
      @date-change=${this.onDateChange}
    ></rm-country-panel>`;
  }

  private renderGapCard() {
    const t = this.i18n;
    return html`<div class="gap-card" role="status">
      <h2>${t.t('gap.title')}</h2>
      <p class="dates">${t.t('gap.dates')}</p>
      <p>${t.t('era.gap.card')}</p>
    </div>`;
  }

  private renderNotices() {
    if (this.notices.length === 0) return nothing;
    const t = this.i18n;
    return html`<div class="notices" role="status" aria-label=${t.t('notice.title')}>
      ${this.notices.map(
        (n) =>
          html`<p class="notice">
            <span>${noticeText(t, n)}</span>
            <button
              type="button"
              class="dismiss"
              aria-label=${t.t('notice.dismiss')}
              @click=${() => this.dismissNotice(n)}
            >
              ✕
            </button>
          </p>`,
      )}
    </div>`;
  }

  private renderError(error: Error) {
    const t = this.i18n;
    let detail = error.message;
    if (error instanceof LoadError) {
      detail =
        error.kind === 'http'
          ? t.t('load.http', { status: error.status ?? '', file: error.message })
          : error.kind === 'network' || error.kind === 'timeout'
            ? t.t('load.network', { detail: error.message })
            : t.t(error.kind === 'corrupt' ? 'load.corrupt' : 'load.invalid', {
                detail: error.message,
              });
    }
    return html`<div class="app">
      <main class="error" role="alert">
        <h1>${t.t('app.title')}</h1>
        <p><strong>${t.t('load.failed')}</strong></p>
        <p>${detail}</p>
        <button type="button" @click=${() => this.load()}>${t.t('load.retry')}</button>
      </main>
    </div>`;
  }

  private skipToMap = (event: Event) => {
    event.preventDefault();
    const map = this.renderRoot.querySelector('rm-map');
    map?.focusCountry(this.country ?? 'AFG');
  };
}

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return (el as HTMLElement | null) ?? undefined;
}
