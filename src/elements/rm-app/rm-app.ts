import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  LOCALES,
  browserLang,
  englishLocalizer,
  hasCalendarChoice,
  langOf,
  loadExtraMessages,
  loadLocalizer,
  type Calendar,
  type Lang,
  type Localizer,
} from '../../i18n/index.ts';
import {
  DATASET_PATH,
  LoadError,
  cacheStorageStore,
  loadChecked,
  loadDataset,
  loadWorld,
  releasePath,
  siteUrl,
  type Loaded,
} from '../../load/sources.ts';
import type { EarlyLoads } from '../../load/early.ts';
import {
  changesUpTo,
  countryHistory,
  own,
  countsOf,
  statusAt,
  statusOf,
  type Dataset,
  type IsoDate,
  type Status,
  type StatusSnapshot,
  isIsoDate,
} from '../../model/index.ts';
import type { Lesson } from '../../model/lesson.ts';
import type { Translations } from '../../model/translations.ts';
import type { Region } from '../../geo/projection.ts';
import {
  readFlag,
  readLanguage,
  readUrl,
  writeUrl,
  type Notice,
  type Theme,
  type UrlState,
} from '../../url-state.ts';
import { startAutoResize } from '../../embed/resize.ts';
import { EMBED_KEY } from '../../config.ts';
import { localToday } from '../../today.ts';
import { appStyles } from './rm-app.styles.ts';
import * as parts from './app-parts.ts';
import { announceDate, describeMap } from '../../text/describe.ts';
import { loadFailureText, withNotices } from '../rm-notices/notice-text.ts';
import type { Player } from '../../controllers/player.ts';
import { prefersReducedMotion } from '../shared/motion.ts';
import type { presenterAction } from '../../controllers/presenter-keys.ts';
import { adjacentDate } from '../../model/time-scale.ts';
import { UrlHistory } from '../../controllers/url-history.ts';
import { LoadedData } from '../../app/loaded-data.ts';
import { yieldToMain } from '../../yield.ts';
import { markFirstView } from '../../first-view-marks.ts';
import '../rm-map/rm-map.define.ts';

type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;

/** "Then and now" opens on this date beside today. */
const DEFAULT_COMPARE: IsoDate = '1998-06-01';
/** The page's own title (the English catalogue has the shorter one for headings). */
const ENGLISH_TITLE = document.title;
/** Screen readers hear a summary once the date has stayed put this long. */
const ANNOUNCE_AFTER_MS = 700;

/**
 * The application shell: loads the dataset and the map, owns the state (date, country, region,
 * view, lesson, presentation) and keeps it in the URL. Children get properties and send events;
 * only this element changes state.
 */
export class RmApp extends LitElement {
  static override styles = appStyles;

  /** `?embed=1`: inside another site's article (reflected, for the stylesheet). */
  @property({ type: Boolean, reflect: true }) embed = false;
  /** Presentation mode is running (reflected, for the stylesheet). */
  @property({ type: Boolean, reflect: true }) presenting = false;
  /** A lesson is open (reflected: the layout makes room for it beside the map). */
  @property({ type: Boolean, reflect: true }) teaching = false;
  /** Then and now (reflected: both maps take the full width). */
  @property({ type: Boolean, reflect: true }) comparing = false;

  @state() private loaded?: LoadedData;
  @state() private error?: Error;
  @state() private slow = false;
  @state() private date: IsoDate = localToday();
  @state() private compare?: IsoDate;
  @state() private country: string | null = null;
  @state() private region: Region = 'world';
  @state() private view: 'map' | 'table' = 'map';
  @state() private controls = true;
  @state() private theme?: Theme;
  @state() private highContrast = false;
  /** The URL asks for presentation mode (it starts on a click: fullscreen needs one). */
  @state() private present = false;
  @state() private blank = false;
  /** The pinned data release shown, if the URL asks for one. */
  @state() private release?: IsoDate;
  @state() private lessonId?: string;
  @state() private lesson?: Lesson;
  @state() private step = 1;
  @state() private notices: Notice[] = [];
  @state() private highlight: Status | null = null;
  @state() private pinned: Status | null = null;
  @state() private playing = false;
  @state() private gapCard = false;
  /** The modal panel open, if any. */
  @state() private dialog: 'about' | 'share' | null = null;
  @state() private announcement = '';

  /** Replaced (not mutated) when more messages arrive, so every component draws again. */
  @state() private i18n: Localizer = englishLocalizer();
  /** The language asked for (`?lang=`, else the browser's); `i18n` speaks it once loaded. */
  @state() private language: Lang = 'en';
  /** `?lang=` was given (else the language is the browser's, and links do not pin it). */
  private langInUrl = false;
  private browserLanguage: Lang = 'en';
  @state() private cal?: Calendar;
  /** The lesson in the reader's language, when it is translated. */
  @state() private lessonTranslated?: Lesson;
  private localizing?: Promise<void>;
  private readonly today = localToday();
  /** The requests the page's first script started (used once, by the first load). */
  early?: EarlyLoads;
  /** The last good copy of each file, for when a newer one fails. */
  private readonly copies = cacheStorageStore(document.baseURI);
  private stopWatching?: () => void;
  private readonly history = new UrlHistory(history);
  private returnFocus?: HTMLElement;
  private snapshot?: EraSnapshot;
  private stopResize?: () => void;
  private announceTimer?: ReturnType<typeof setTimeout>;

  /** Created on the first Play (its code loads then: most readers drag or step). */
  private player?: Player;
  /** The presenter keys, loaded when a presentation starts. */
  private presenterAction?: typeof presenterAction;

  private async createPlayer(): Promise<Player> {
    const { Player } = await import('../../controllers/player.ts');
    return (this.player ??= new Player({
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
    }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    markFirstView('rm-app-started');
    // Read now what shapes the page while it loads.
    const params = new URLSearchParams(location.search);
    this.embed = readFlag(params, 'embed', false, []);
    // Its notices come later, with the rest of the URL's (readUrl).
    const asked = readLanguage(params, langOf);
    this.langInUrl = asked.lang !== undefined;
    this.cal = asked.cal;
    this.browserLanguage = browserLang(navigator.languages ?? []);
    this.localizing = this.localize((asked.lang as Lang | undefined) ?? this.browserLanguage);
    addEventListener('popstate', this.onPopState);
    addEventListener('keydown', this.onKeyDown);
    this.addEventListener('original-toggle', this.toggleOriginal);
    addEventListener('rm-map-painted', this.loadRest, { once: true });
    void this.load();
  }

  /**
   * The coloured map comes first; the slider, legend, search and panels follow in the next task.
   * Their elements are already in the page, sized by the stylesheet, and upgrade when defined.
   */
  private loadRest = () => import('../deferred.define.ts').then((m) => m.defineControls());

  /** The messages the first view did not need: About, Share, lessons, the table… */
  private async completeMessages(): Promise<void> {
    // Asked once, wanted for good: a later change of language loads them with its own messages.
    this.wantExtra = true;
    if (this.i18n.complete) return;
    const lang = this.i18n.lang as Lang;
    let extra;
    try {
      extra = await loadExtraMessages(lang);
    } catch (e) {
      if (lang === 'en') {
        // Nothing to fall back to: pages waiting for these words draw without them.
        this.extraFailed = true;
        throw e;
      }
      return this.languageFailed(lang);
    }
    // The language may have changed meanwhile: add the messages only to the one they are for.
    if (this.i18n.lang === lang && !this.i18n.complete) this.i18n = this.i18n.withExtra(extra);
  }
  private wantExtra = false;
  @state() private extraFailed = false;

  /**
   * Speak `lang`: its messages, dates and country names, the page's `lang` and `dir`, and (once the
   * data is here) its translations of the content. The page keeps its current language until
   * everything it already shows can be shown in the new one.
   */
  private async localize(lang: Lang): Promise<void> {
    this.language = lang;
    if (lang === this.i18n.lang && !this.calChanged) return;
    let next: Localizer;
    try {
      next = await loadLocalizer(lang, this.cal ?? 'gregory');
      if (this.wantExtra) next = next.withExtra(await loadExtraMessages(lang));
    } catch {
      return this.languageFailed(lang);
    }
    if (this.language !== lang) return;
    this.calChanged = false;
    if (lang !== this.translations?.language) {
      this.translations = undefined;
      this.lessonTranslated = undefined;
    }
    this.i18n = this.translations
      ? next.withTranslations(this.translations.events).withOriginal(this.i18n.original)
      : next.withOriginal(this.i18n.original);
    this.speak(lang);
    this.notices = this.notices.filter((n) => n.kind !== 'language-failed');
    // Readers of another language get its remaining messages now, so they work offline later.
    if (lang !== 'en') void this.completeMessages();
    if (!this.translations) void this.loadTranslations();
  }
  private calChanged = false;

  /** The page's `lang`, `dir` and title follow the messages shown. */
  private speak(lang: Lang) {
    const root = document.documentElement;
    root.lang = LOCALES[lang].tag;
    root.dir = LOCALES[lang].dir;
    document.title = lang === 'en' ? ENGLISH_TITLE : this.i18n.t('app.title');
  }

  /** A language's files could not load: English, and a notice saying so (in English). */
  private languageFailed(lang: Lang) {
    if (this.language !== lang) return;
    this.language = 'en';
    this.translations = undefined;
    this.lessonTranslated = undefined;
    if (this.i18n.lang !== 'en') {
      this.i18n = englishLocalizer();
      if (this.wantExtra) void this.completeMessages();
    }
    this.speak('en');
    this.notices = [
      ...this.notices.filter((n) => n.kind !== 'language-failed'),
      { kind: 'language-failed', language: LOCALES[lang].name },
    ];
  }

  /** Event descriptions and lessons in the reader's language (`data/translations/<lang>.json`). */
  private async loadTranslations(): Promise<void> {
    const lang = this.i18n.lang as Lang;
    const loaded = this.loaded;
    if (lang === 'en' || !loaded) return;
    const file = `data/translations/${lang}.json`;
    try {
      // Only pages in another language need the parser: it loads with the file.
      const model = await import('../../model/translations.ts');
      const translations = await loadChecked(
        file,
        (json) => model.parseTranslations(json, loaded.data, file, lang),
        { store: this.copies },
      );
      if (this.i18n.lang !== lang) return;
      this.translateLessonWith = model.translateLesson;
      this.translations = translations.value;
      this.i18n = this.i18n.withTranslations(translations.value.events);
      this.translateLesson();
      this.notices = withNotices(this.notices, copyNotices(translations));
    } catch (e) {
      // The descriptions stay in English (marked as such): the page works without them.
      console.warn(`${file}: ${(e as Error).message}`);
    }
  }
  private translations?: Translations;
  private translateLessonWith?: typeof import('../../model/translations.ts').translateLesson;

  /** The open lesson in the reader's language, if it is translated and matches the lesson. */
  private translateLesson() {
    const t = this.translations;
    this.lessonTranslated =
      this.lesson && t?.language === this.i18n.lang && this.translateLessonWith
        ? this.translateLessonWith(this.lesson, own(t.lessons, this.lesson.id))
        : undefined;
  }

  /** The reader chose a language in the menu. */
  private setLang = (lang: Lang) => {
    this.langInUrl = true;
    this.localizing = this.localize(lang);
    this.syncUrl('push');
  };

  /** The reader chose which calendar leads (Dari and Pashto). */
  private setCal = (cal: Calendar) => {
    this.cal = cal === 'gregory' ? undefined : cal;
    this.calChanged = true;
    this.localizing = this.localize(this.language);
    this.syncUrl('push');
  };

  /** Translated content, or the English originals (one click away wherever a translation shows). */
  private toggleOriginal = () => {
    this.i18n = this.i18n.withOriginal(!this.i18n.original);
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onPopState);
    removeEventListener('keydown', this.onKeyDown);
    this.player?.stop();
    this.stopResize?.();
    this.stopWatching?.();
    clearTimeout(this.announceTimer);
  }

  // ── loading ────────────────────────────────────────────────────────────────────────────────

  private async load() {
    this.error = undefined;
    this.slow = false;
    const slowTimer = setTimeout(() => (this.slow = true), 6000);
    const params = new URLSearchParams(location.search);
    if (this.embed && !this.stopResize)
      this.stopResize = startAutoResize({
        datawrapperKey: EMBED_KEY,
        pymChildId: params.get('childId'),
      });
    const early = this.early;
    this.early = undefined;
    const extraNotices: Notice[] = [];
    try {
      const [data, world] = await Promise.all([
        this.loadData(params.get('release')?.trim(), extraNotices, early),
        loadWorld({ store: this.copies }),
        // The first map is drawn in the reader's language (English meanwhile only if it fails).
        this.localizing,
      ]);
      markFirstView('rm-data-ready');
      await yieldToMain();
      this.loaded = new LoadedData(data.value, world.value, this.today);
      this.applyUrl(location.search, true);
      const releaseMissing = extraNotices.some((n) => n.kind === 'bad-value');
      this.notices = withNotices(
        [
          ...extraNotices,
          ...this.notices.filter(
            (n) => !(releaseMissing && n.kind === 'bad-value' && n.param === 'release'),
          ),
        ],
        [...copyNotices(data, data.value.meta.asOf), ...copyNotices(world)],
      );
      void this.loadTranslations();
      // Watching for a newer version is no part of the first view: its code loads after.
      void import('../../offline/updates.ts').then(({ watchForUpdates }) => {
        this.stopWatching?.();
        this.stopWatching = watchForUpdates({
          entry: early?.entry,
          data: this.release ? undefined : { url: siteUrl(DATASET_PATH), text: data.text },
          onUpdate: this.updateReady,
        });
      });
    } catch (e) {
      this.error = e as Error;
    } finally {
      clearTimeout(slowTimer);
    }
  }

  /** A newer page or newer data has been published since this page loaded. */
  private updateReady = () => {
    this.notices = withNotices(this.notices, [{ kind: 'update-ready' }]);
  };

  /**
   * The pinned release if asked for and published; otherwise (with a notice) the latest data.
   * The first script's request is used for whichever file it asked for.
   */
  private async loadData(
    release: string | undefined,
    notices: Notice[],
    early: EarlyLoads | undefined,
  ): Promise<Loaded<Dataset>> {
    const load = (file: string) =>
      loadDataset(file, {
        store: this.copies,
        early: early?.file === file ? early.response : undefined,
      });
    if (release && isIsoDate(release)) {
      try {
        const data = await load(releasePath(release));
        this.release = release;
        return data;
      } catch (e) {
        if (!(e instanceof LoadError && e.kind === 'http' && e.status === 404)) throw e;
        notices.push({ kind: 'bad-value', param: 'release', value: release });
      }
    }
    this.release = undefined;
    return load(DATASET_PATH);
  }

  /** Lessons load when asked for: they are not part of the first view. */
  private async loadLesson(id: string) {
    if (this.lesson?.id === id) return;
    try {
      const file = `data/lessons/${id}.json`;
      const data = this.loaded!.data;
      const [{ parseLesson }] = await Promise.all([
        import('../../model/lesson.ts'),
        import('../rm-lesson-card/rm-lesson-card.define.ts'),
        this.completeMessages(),
      ]);
      const lesson = await loadChecked(file, (json) => parseLesson(json, data, file), {
        store: this.copies,
      });
      if (this.lessonId !== id) return;
      this.lesson = lesson.value;
      this.notices = withNotices(this.notices, copyNotices(lesson));
      this.translateLesson();
      // A step past the lesson's end is ignored, as the notice says: the lesson starts at step 1,
      // and the link is corrected (reloading it does not repeat the notice).
      const past = this.step > this.lesson.steps.length;
      if (past)
        this.notices = [
          ...this.notices,
          { kind: 'bad-value', param: 'step', value: String(this.step) },
        ];
      this.applyStep(past ? 1 : this.step, false);
      if (past) this.syncUrl('replace');
    } catch (e) {
      if (!(e instanceof LoadError)) throw e;
      this.notices = [...this.notices, { kind: 'bad-value', param: 'lesson', value: id }];
      this.lessonId = undefined;
      this.lesson = undefined;
    }
  }

  // ── URL state ──────────────────────────────────────────────────────────────────────────────

  private isCountry = (iso3: string) => !!this.loaded?.iso3s.includes(iso3);

  private applyUrl(search: string, withNotices = false) {
    const { state, notices } = readUrl(search, {
      timeline: this.loaded!.timeline,
      isCountry: this.isCountry,
      langOf,
    });
    // Back and forward can change the language (the first load chose it already).
    const lang = (state.lang as Lang | undefined) ?? this.browserLanguage;
    if (lang !== this.language || state.cal !== this.cal) {
      this.calChanged = state.cal !== this.cal;
      this.cal = state.cal;
      this.langInUrl = state.lang !== undefined;
      this.localizing = this.localize(lang);
    }
    this.date = state.date ?? this.today;
    this.compare = state.compare;
    this.country = state.country ?? null;
    this.region = state.region;
    this.view = state.view;
    // The table view draws no map, so nothing else would say when to load the controls.
    if (state.view === 'table')
      void Promise.all([import('../rm-data-table/rm-data-table.define.ts'), this.loadRest()]);
    if (state.view !== 'map' || state.compare || state.present || state.country)
      this.completeMessages().catch(() => undefined);
    // The country panel's code loads when a country is first opened, not with the first view.
    if (state.country) void import('../rm-country-panel/rm-country-panel.define.ts');
    this.embed = state.embed;
    this.controls = state.controls;
    this.theme = state.theme;
    this.highContrast = state.highContrast;
    this.present = state.present && !state.embed;
    if (!this.present) this.presenting = false;
    this.lessonId = state.lesson;
    this.step = state.step ?? 1;
    if (!state.lesson) this.lesson = this.lessonTranslated = undefined;
    else void this.loadLesson(state.lesson);
    const root = document.documentElement;
    // Embeds are light unless asked otherwise (a newsroom page usually is); the page follows the
    // reader's system setting.
    root.dataset.theme = state.theme ?? (state.embed ? 'light' : 'auto');
    if (state.embed) root.dataset.embed = '';
    if (this.highContrast) root.dataset.contrast = 'high';
    else delete root.dataset.contrast;
    if (withNotices)
      this.notices = [...this.notices.filter((n) => n.kind === 'language-failed'), ...notices];
  }

  private urlState(): UrlState {
    return {
      date: this.date,
      compare: this.compare,
      country: this.country ?? undefined,
      region: this.region,
      view: this.view,
      embed: this.embed,
      controls: this.controls,
      theme: this.theme,
      release: this.release,
      present: this.present,
      highContrast: this.highContrast,
      lesson: this.lessonId,
      step: this.lessonId ? this.step : undefined,
      lang: this.langInUrl ? this.language : undefined,
      cal: hasCalendarChoice(this.language) ? this.cal : undefined,
    };
  }

  private replaceTimer?: ReturnType<typeof setTimeout>;

  /**
   * `replace` while dragging or playing (at most every 200 ms: browsers throttle history calls),
   * `push` on a committed choice.
   */
  private syncUrl(mode: 'push' | 'replace') {
    // The state is read when the write happens: a throttled write records the latest state.
    const write = (m: 'push' | 'replace') =>
      this.history.sync(
        m,
        writeUrl(this.urlState(), location.search),
        location.search,
        location.pathname,
      );
    if (mode === 'push') {
      clearTimeout(this.replaceTimer);
      this.replaceTimer = undefined;
      write('push');
    } else
      this.replaceTimer ??= setTimeout(() => {
        this.replaceTimer = undefined;
        write('replace');
      }, 200);
  }

  private onPopState = () => {
    if (!this.loaded) return;
    this.player?.stop();
    this.playing = false;
    this.history.reset();
    this.applyUrl(location.search);
  };

  // ── events from children ───────────────────────────────────────────────────────────────────

  private setDate(date: IsoDate, mode: 'push' | 'replace') {
    if (this.playing) {
      this.player?.stop();
      this.playing = false;
    }
    this.gapCard = false;
    this.date = date;
    this.syncUrl(mode);
  }

  private onDateInput = (e: CustomEvent<{ date: IsoDate }>) =>
    this.setDate(e.detail.date, 'replace');
  private onDateChange = (e: CustomEvent<{ date: IsoDate }>) => this.setDate(e.detail.date, 'push');

  private onCompareInput = (e: CustomEvent<{ date: IsoDate }>) => {
    this.compare = e.detail.date;
    this.syncUrl('replace');
  };

  private onCompareChange = (e: CustomEvent<{ date: IsoDate }>) => {
    this.compare = e.detail.date;
    this.syncUrl('push');
  };

  private onPlayToggle = async () => {
    if (this.playing) {
      this.player?.stop();
      this.playing = false;
      this.syncUrl('push');
    } else {
      this.playing = true;
      const player = await this.createPlayer();
      // Stopped while the player loaded (a drag, a key): stay stopped.
      if (this.playing) player.start(this.date);
    }
  };

  private onCountrySelect = async (e: CustomEvent<{ iso3: string }>) => {
    this.returnFocus = deepActiveElement();
    await Promise.all([
      this.completeMessages(),
      import('../rm-country-panel/rm-country-panel.define.ts'),
    ]);
    this.country = e.detail.iso3;
    this.syncUrl('push');
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector('rm-country-panel')?.focusHeading(),
    );
  };

  private closePanel = () => {
    this.country = null;
    this.syncUrl('push');
    const target = this.returnFocus;
    this.returnFocus = undefined;
    void this.updateComplete.then(() => {
      if (target?.isConnected) target.focus();
      else this.renderRoot.querySelector('rm-map')?.focusCountry(this.country ?? 'AFG');
    });
  };

  private setRegion(region: Region) {
    if (region === this.region) return;
    this.region = region;
    this.syncUrl('push');
  }

  private setView = async (view: parts.AppView) => {
    if (view === 'table') void import('../rm-data-table/rm-data-table.define.ts');
    await this.completeMessages();
    this.view = view === 'table' ? 'table' : 'map';
    this.compare = view === 'compare' ? (this.compare ?? DEFAULT_COMPARE) : undefined;
    this.syncUrl('push');
  };

  private onLegendHighlight = (e: CustomEvent<{ status: Status | null }>) =>
    (this.highlight = e.detail.status);
  private onLegendPin = (e: CustomEvent<{ status: Status | null }>) => {
    this.pinned = e.detail.status;
    this.highlight = e.detail.status;
  };

  /** Open About or Share (their code and words load first); focus returns where it was. */
  private async openDialog(which: 'about' | 'share') {
    this.returnFocus = deepActiveElement();
    await Promise.all([
      which === 'about'
        ? import('../rm-about/rm-about.define.ts')
        : import('../rm-share-panel/rm-share-panel.define.ts'),
      this.completeMessages(),
    ]);
    this.dialog = which;
  }

  private openAbout = () => this.openDialog('about');
  private openShare = () => this.openDialog('share');

  private closeDialog = () => {
    this.dialog = null;
    const target = this.returnFocus;
    void this.updateComplete.then(() => target?.focus());
  };

  private dismissNotice = (notice: Notice) => {
    this.notices = this.notices.filter((n) => n !== notice);
  };

  // ── lessons ────────────────────────────────────────────────────────────────────────────────

  private startLesson = () => {
    this.lessonId = '1';
    this.step = 1;
    this.syncUrl('push');
    void this.loadLesson('1');
  };

  /** Show step `n`: its date (today, or the 2001 map under the gap card) and its region. */
  private applyStep(n: number, push = true) {
    const lesson = this.lesson;
    if (!lesson) return;
    this.step = Math.max(1, Math.min(lesson.steps.length, n));
    const step = lesson.steps[this.step - 1]!;
    this.player?.stop();
    this.playing = false;
    this.date = step.date === 'today' ? this.today : step.date;
    this.gapCard = step.gap;
    if (step.region) this.region = step.region;
    if (push) this.syncUrl('push');
  }

  private onLessonStep = (e: CustomEvent<{ step: number }>) => this.applyStep(e.detail.step);

  private exitLesson = () => {
    this.lessonId = undefined;
    this.lesson = this.lessonTranslated = undefined;
    this.gapCard = false;
    this.syncUrl('push');
  };

  // ── presentation ───────────────────────────────────────────────────────────────────────────

  private startPresenting = async () => {
    void this.completeMessages();
    void import('../../controllers/presenter-keys.ts').then(
      (m) => (this.presenterAction = m.presenterAction),
    );
    this.present = true;
    this.presenting = true;
    this.syncUrl('push');
    try {
      if (!document.fullscreenElement) await document.documentElement.requestFullscreen();
    } catch {
      // Fullscreen refused (an iframe without allow="fullscreen", an old browser): present anyway.
    }
  };

  private stopPresenting = () => {
    this.present = false;
    this.presenting = false;
    this.blank = false;
    this.syncUrl('push');
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    // Back where the reader started it: the header's Present button (or the map, if none).
    void this.updateComplete.then(() => {
      const button = this.renderRoot.querySelector<HTMLElement>('button.present-open');
      if (button) button.focus();
      else this.renderRoot.querySelector('rm-map')?.focusCountry(this.country ?? 'AFG');
    });
  };

  /** Next or previous: the lesson's step, or the next event on the timeline. */
  private move(direction: 1 | -1) {
    if (this.lesson) return this.applyStep(this.step + direction);
    const next = adjacentDate(this.loaded!.eventDates, this.date, direction);
    if (next) this.setDate(next, 'push');
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (!this.presenting || this.dialog) return;
    const action = this.presenterAction?.(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'blank') this.blank = !this.blank;
    else if (action === 'exit') {
      if (this.blank) this.blank = false;
      else if (this.country) this.closePanel();
      else this.stopPresenting();
    } else {
      this.blank = false;
      this.move(action === 'next' ? 1 : -1);
    }
  };

  // ── render ─────────────────────────────────────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues): void {
    this.teaching = !!this.lesson && !this.presenting;
    this.comparing = !!this.compare && !this.presenting;
    if (!this.loaded) return;
    if (changed.has('date') || changed.has('loaded')) {
      const s = statusAt(this.loaded.data, this.date, this.today);
      this.snapshot = s.kind === 'era' ? s : undefined;
    }
  }

  /** Announcements start with the reader's first change of date (the map describes the first). */
  private announcing = false;

  protected override updated(changed: PropertyValues): void {
    if (this.loaded) markFirstView('rm-page-drawn');
    if (changed.has('presenting')) {
      if (this.presenting) document.documentElement.dataset.presenting = '';
      else delete document.documentElement.dataset.presenting;
    }
    if (changed.has('date') && changed.get('date') !== undefined && this.loaded)
      this.announcing = true;
    const due = changed.has('date') || changed.has('playing') || changed.has('i18n');
    if (due && this.announcing && this.snapshot && !this.playing) {
      clearTimeout(this.announceTimer);
      const snapshot = this.snapshot;
      this.announceTimer = setTimeout(() => {
        // The words come with the extra messages; announce once they are here.
        if (!this.i18n.complete) return void this.completeMessages();
        const changes = this.loaded!.data.events.filter((e) => e.effectiveDate === snapshot.date);
        this.announcement = announceDate(this.i18n, snapshot, countsOf(snapshot), changes);
      }, ANNOUNCE_AFTER_MS);
    }
  }

  override render() {
    const t = this.i18n;
    if (this.error) return this.renderError(this.error);
    // The table and "then and now" speak words of the extra messages: a link straight to them
    // waits for those (a moment) rather than draw them with blank labels.
    const wordsPending =
      (this.view === 'table' || !!this.compare) && !this.i18n.complete && !this.extraFailed;
    if (!this.loaded || !this.snapshot || wordsPending) {
      // Little to draw while loading (the title, from the page's HTML): the map comes sooner.
      return html`<div class="app">
        ${this.embed ? nothing : html`<header class="top">${parts.titles(t)}</header>`}
        <main class="stage">
          <div class="map-placeholder" role="status">
            <div>
              <p>${t.lang === this.language ? t.t('app.loading') : nothing}</p>
              ${
                this.slow
                  ? html`<p>${t.t('app.slowLoad')}</p>
                      <button type="button" @click=${() => this.load()}>
                        ${t.t('load.retry')}
                      </button>`
                  : nothing
              }
            </div>
          </div>
        </main>
      </div>`;
    }
    const { data } = this.loaded;
    const snapshot = this.snapshot;
    const counts = countsOf(snapshot);
    const presenting = this.presenting;
    const view: parts.AppView = this.compare ? 'compare' : this.view;
    const release = this.release
      ? parts.releaseNote(
          t,
          data,
          `${location.pathname}${writeUrl({ ...this.urlState(), release: undefined }, location.search)}`,
          this.embed,
        )
      : nothing;
    return html`
      ${this.embed || presenting ? nothing : html`<button type="button" class="skip" @click=${this.skipToMap}>${t.t('app.skipToMap')}</button>`}
      <div class="app ${presenting && this.lesson ? 'present-lesson' : ''}">
        ${
          this.embed || presenting
            ? nothing
            : parts.header({
                t,
                searchable: this.loaded.searchable(t),
                view,
                onCountrySelect: this.onCountrySelect,
                onView: this.setView,
                onShare: this.openShare,
                onAbout: this.openAbout,
                onPresent: this.startPresenting,
                onLesson: this.startLesson,
                lang: this.language,
                cal: this.cal ?? 'gregory',
                onLang: this.setLang,
                onCal: this.setCal,
              })
        }
        ${parts.notices(t, this.notices, this.dismissNotice)}
        ${this.teaching ? this.renderLesson(this.lesson!) : nothing}
        <main class="stage">
          ${presenting || !this.controls ? html`<p class="still-date">${t.date(this.date, 'long')}</p>` : nothing}
          ${view === 'compare' && !presenting ? this.renderCompare(snapshot) : this.renderMain(view, snapshot, counts)}
          ${
            presenting
              ? this.lesson
                ? this.renderLesson(this.lesson)
                : parts.presentCaption(t, changesUpTo(data, this.date, this.today)[0])
              : nothing
          }
        </main>
        <aside class="side">
          <rm-legend
            .i18n=${t}
            .counts=${counts}
            .pinned=${this.pinned}
            ?compact=${this.embed || presenting || this.comparing}
            @legend-highlight=${this.onLegendHighlight}
            @legend-pin=${this.onLegendPin}
          ></rm-legend>
          ${
            presenting || this.embed || this.lesson || this.compare
              ? nothing
              : html`<rm-changes
                  .i18n=${t}
                  .events=${changesUpTo(data, this.date, this.today)}
                  date=${this.date}
                  @date-change=${this.onDateChange}
                ></rm-changes>`
          }
        </aside>
        ${this.country && this.i18n.complete ? this.renderPanel(this.country, data) : nothing}
        ${
          presenting
            ? parts.presentControls({
                t,
                onPrevious: () => this.move(-1),
                onNext: () => this.move(1),
                onBlank: () => (this.blank = true),
                onExit: this.stopPresenting,
              })
            : this.embed
              ? parts.credit(t, data, this.fullPageHref(), release)
              : parts.footer(t, data, release, this.openAbout, this.openShare)
        }
      </div>
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
      ${this.present && !presenting ? parts.presentStart(t, this.startPresenting) : nothing}
      ${presenting && this.blank ? parts.blankScreen(t) : nothing}
      ${
        this.dialog === 'about'
          ? html`<rm-about
              .i18n=${t}
              .data=${data}
              pageUrl=${location.href}
              @about-close=${this.closeDialog}
            ></rm-about>`
          : nothing
      }
      ${this.dialog === 'share' ? this.renderShare(data, snapshot) : nothing}
    `;
  }

  private fullPageHref(): string {
    return `${location.pathname}${writeUrl({ ...this.urlState(), embed: false, controls: true, theme: undefined }, '')}`;
  }

  /** The map (or the table) with its slider: the default view. */
  private renderMain(
    view: parts.AppView,
    snapshot: EraSnapshot,
    counts: ReturnType<typeof countsOf>,
  ) {
    const t = this.i18n;
    const showTable = view === 'table' && !this.presenting;
    return html`${
      showTable
        ? html`<rm-data-table
            .i18n=${t}
            .snapshot=${snapshot}
            .countries=${this.loaded!.iso3s}
            @country-select=${this.onCountrySelect}
          ></rm-data-table>`
        : html`<div class="map-area" id="map" tabindex="-1">
            ${this.renderMap(snapshot, counts, this.date, true)}
            ${this.gapCard ? parts.gapCard(t) : nothing}
            ${this.presenting ? nothing : this.renderRegions()}
          </div>`
    }
    ${this.controls && !this.presenting ? this.renderSlider(this.date, false) : nothing}`;
  }

  private renderMap(
    snapshot: EraSnapshot,
    counts: ReturnType<typeof countsOf>,
    date: IsoDate,
    primary: boolean,
  ) {
    const t = this.i18n;
    return html`<rm-map
      .i18n=${t}
      .shapes=${this.loaded!.world}
      .snapshot=${snapshot}
      .region=${this.region}
      .highlight=${this.highlight}
      .selected=${primary ? this.country : null}
      ?muted=${primary && this.gapCard}
      heightCap=${this.embed ? 0 : Math.round(innerHeight * this.mapShare())}
      label=${t.t('map.label', { date: t.date(date, 'long') })}
      description=${describeMap(t, snapshot, counts)}
      @country-select=${this.onCountrySelect}
    ></rm-map>`;
  }

  /**
   * How much of the window's height the regional map may take beside the slider, or when
   * presenting. Presenting a lesson, the map takes whatever the step's card leaves (app-styles).
   */
  private mapShare(): number {
    return this.presenting ? (this.lesson ? 0 : 0.78) : 0.6;
  }

  private renderRegions() {
    const t = this.i18n;
    return html`<div class="regions" role="group" aria-label=${t.t('region.label')}>
      ${parts.pressedButtons(
        ['world', 'asia'] as const,
        this.region,
        (r) => t.t(`region.${r}`),
        (r) => this.setRegion(r),
      )}
    </div>`;
  }

  private renderSlider(
    date: IsoDate,
    compact: boolean,
    onInput = this.onDateInput,
    onChange = this.onDateChange,
  ) {
    const { data, timeline, series } = this.loaded!;
    return html`<rm-time-slider
      .i18n=${this.i18n}
      .timeline=${timeline}
      date=${date}
      .events=${data.events}
      .series=${series}
      asOf=${data.meta.asOf}
      ?playing=${this.playing}
      ?compact=${compact}
      direction=${this.i18n.info.dir}
      @date-input=${onInput}
      @date-change=${onChange}
      @play-toggle=${this.onPlayToggle}
    ></rm-time-slider>`;
  }

  /** Then and now: two maps, each with its own date control and counts. */
  private renderCompare(now: EraSnapshot) {
    const t = this.i18n;
    const thenSnapshot = statusAt(this.loaded!.data, this.compare!, this.today);
    if (thenSnapshot.kind !== 'era') return nothing;
    const column = (label: string, snapshot: EraSnapshot, slider: unknown) =>
      html`<section class="compare-column" aria-label=${label}>
        <h2>${label}</h2>
        ${slider}
        <div class="map-area">
          ${this.renderMap(snapshot, countsOf(snapshot), snapshot.date, snapshot === now)}
        </div>
        <p class="counts">${parts.countsLine(t, countsOf(snapshot))}</p>
      </section>`;
    return html`<div class="compare">
        ${column(t.t('compare.then'), thenSnapshot, this.renderSlider(this.compare!, true, this.onCompareInput, this.onCompareChange))}
        ${column(t.t('compare.now'), now, this.renderSlider(this.date, true))}
      </div>
      <p>
        <button type="button" class="link" @click=${() => this.setView('map')}>
          ${t.t('compare.close')}
        </button>
      </p>`;
  }

  private renderLesson(lesson: Lesson) {
    const translated = this.lessonTranslated;
    return html`<rm-lesson-card
      class="lesson"
      .i18n=${this.i18n}
      .lesson=${translated && !this.i18n.original ? translated : lesson}
      ?translated=${!!translated}
      step=${this.step}
      ?presenting=${this.presenting}
      @lesson-step=${this.onLessonStep}
      @lesson-exit=${this.exitLesson}
    ></rm-lesson-card>`;
  }

  private renderPanel(iso3: string, data: Dataset) {
    return html`<rm-country-panel
      class="panel"
      .i18n=${this.i18n}
      iso3=${iso3}
      .history=${countryHistory(data, iso3)}
      .current=${iso3 === 'AFG' ? undefined : statusOf(this.snapshot!, iso3)}
      date=${this.date}
      era=${this.snapshot!.era.id}
      @panel-close=${this.closePanel}
      @date-change=${this.onDateChange}
    ></rm-country-panel>`;
  }

  private renderShare(data: Dataset, snapshot: EraSnapshot) {
    return html`<rm-share-panel
      .i18n=${this.i18n}
      .data=${data}
      .snapshot=${snapshot}
      .view=${this.urlState()}
      .countries=${this.loaded!.iso3s}
      .geometry=${() => this.renderRoot.querySelector('rm-map')?.exportGeometry()}
      @share-close=${this.closeDialog}
    ></rm-share-panel>`;
  }

  private renderError(error: Error) {
    const t = this.i18n;
    const detail = error instanceof LoadError ? loadFailureText(t, error) : error.message;
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
    this.renderRoot.querySelector('rm-map')?.focusCountry(this.country ?? 'AFG');
  };
}

/** The notice for a file shown from its last good copy, if it was. */
function copyNotices(loaded: Loaded<unknown>, checked?: IsoDate): Notice[] {
  const f = loaded.failure;
  if (!f) return [];
  return [
    {
      kind: 'kept-copy',
      file: f.file,
      failure: f.kind,
      status: f.status,
      detail: f.message,
      checked,
    },
  ];
}

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return (el as HTMLElement | null) ?? undefined;
}
