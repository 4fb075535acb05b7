/**
 * The page's controllers, together: the store, and what each change asks of the world (loading,
 * the address bar, the language, presenting, play, announcements). `rm-app` draws what this holds
 * and calls its intents; nothing here draws.
 */
import type { ReactiveController } from 'lit';
import type { FitHost } from './embed-fit.ts';
import { browserLang, langOf, type Calendar, type Lang } from '../i18n/index.ts';
import { statusAt, type IsoDate, type Status, type StatusSnapshot } from '../model/index.ts';
import type { Lesson } from '../model/lesson.ts';
import type { Region } from '../geo/projection.ts';
import { initialState, type AppView } from '../app/state.ts';
import { Store, type HistoryMode } from '../app/store.ts';
import * as to from '../app/transitions.ts';
import type { LoadedData } from '../app/loaded-data.ts';
import {
  readFlag,
  readLanguage,
  type FilterStatus,
  type Notice,
  type Sort,
  type Speed,
} from '../url-state.ts';
import { EMBED_KEY } from '../config.ts';
import { startLater } from '../start-later.ts';
import type { EarlyLoads } from '../load/early.ts';
import { localToday } from '../today.ts';
import { markFirstView } from '../first-view-marks.ts';
import { warmIntl } from '../i18n/warm.ts';
import { yieldToMain } from '../yield.ts';
import { AnnounceController } from './announce.ts';
import { DataController, copyNotices } from './data.ts';
import { DocumentController } from './document.ts';
import { LanguageController } from './language.ts';
import { PlayController } from './play.ts';
import { PresentationController } from './presentation.ts';
import { UrlController } from './url.ts';

type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;

/** What the app asks of the element that draws it. */
export interface AppHost extends FitHost {
  /** Presentation mode ended: focus back on Present (or the map). */
  presentationEnded(): void;
}

export class AppController implements ReactiveController {
  readonly today = localToday();
  readonly store: Store;
  readonly data: DataController;
  readonly language: LanguageController;
  readonly announce: AnnounceController;
  readonly play: PlayController;
  private readonly url: UrlController;
  private readonly presentation: PresentationController;
  private readonly document: DocumentController;
  /** The open lesson once loaded, and its translation into the reader's language. */
  lesson?: Lesson;
  lessonTranslated?: Lesson;
  private memo?: { loaded: LoadedData; date: IsoDate; snapshot?: EraSnapshot };
  private stopResize?: () => void;

  constructor(
    private readonly host: AppHost,
    /** The requests the page's first script started (used once, by the first load). */
    private early?: EarlyLoads,
  ) {
    host.addController(this);
    // What shapes the page while it loads is read now; the rest of the link once the data is here.
    const params = new URLSearchParams(location.search);
    const asked = readLanguage(params, langOf);
    const state = initialState(this.today, (asked.lang as Lang | undefined) ?? this.browserLang);
    this.store = new Store({
      ...state,
      embed: readFlag(params, 'embed', false, []),
      langInUrl: asked.lang !== undefined,
      cal: asked.cal,
    });
    const changed = () => host.requestUpdate();
    this.store.subscribe(changed);
    this.document = new DocumentController(this.store);
    this.data = new DataController(this.store, { changed }, this.today);
    this.language = new LanguageController(this.store, {
      changed: () => {
        this.retranslateLesson();
        this.announce.languageChanged();
        changed();
      },
      speak: (t) => this.document.speak(t),
      copyNotices: (loaded) => copyNotices(loaded),
    });
    this.announce = new AnnounceController(this.store, {
      i18n: () => this.language.i18n,
      loaded: () => this.data.loaded,
      snapshot: () => this.snapshot,
      completeMessages: () => void this.completeMessages(),
      changed,
    });
    this.play = new PlayController(this.store, () => this.data.loaded);
    this.url = new UrlController(
      this.store,
      () => this.urlContext(),
      () => this.play.stop(),
    );
    this.presentation = new PresentationController(
      this.store,
      () => this.moveContext(),
      () => host.presentationEnded(),
    );
    this.store.subscribe((next, previous) => this.follow(next, previous));
  }

  /** The first of the browser's languages the page speaks (read once). */
  private readonly browserLang: Lang = browserLang(navigator.languages ?? []);

  get state() {
    return this.store.state;
  }

  /** The map's state on the day shown (statuses by country), worked out once per day. */
  get snapshot(): EraSnapshot | undefined {
    const loaded = this.data.loaded;
    if (!loaded) return undefined;
    const date = this.state.date;
    if (this.memo?.loaded !== loaded || this.memo.date !== date) {
      const s = statusAt(loaded.data, date, this.today);
      this.memo = { loaded, date, snapshot: s.kind === 'era' ? s : undefined };
    }
    return this.memo.snapshot;
  }

  hostConnected(): void {
    markFirstView('rm-app-started');
    this.url.connect();
    this.presentation.connect();
    this.document.write(this.state);
    void this.language.start();
    void this.load();
  }

  hostDisconnected(): void {
    this.url.disconnect();
    this.presentation.disconnect();
    this.play.stop();
    this.announce.stop();
    this.data.stop();
    this.stopResize?.();
  }

  /** Load everything the first map needs, then read the link (a Retry calls this again). */
  async load(): Promise<void> {
    // An embed keeps to its frame and tells its host page its height: code only embeds load.
    if (this.state.embed && !this.stopResize) {
      void import('./embed-fit.ts').then(({ EmbedFitController }) => {
        new EmbedFitController(this.host, () => this.state.embed);
        this.host.requestUpdate();
      });
      this.stopResize = startLater(() =>
        import('../embed/resize.ts').then(({ startAutoResize }) =>
          startAutoResize({
            datawrapperKey: EMBED_KEY,
            pymChildId: new URLSearchParams(location.search).get('childId'),
          }),
        ),
      );
    }
    const early = this.early;
    this.early = undefined;
    // While the data downloads, the browser's locale data loads in tasks of its own.
    const ready = this.language.ready.then(() =>
      warmIntl(this.language.i18n, this.today, yieldToMain),
    );
    const notices = await this.data.load(early, ready);
    if (!notices || !this.data.loaded) return;
    this.language.setData(this.data.loaded.data);
    this.url.apply(location.search, true);
    this.store.dispatch((s) => ({ ...s, release: this.data.release }));
    this.store.dispatch(to.addNotices(notices));
  }

  private urlContext() {
    const loaded = this.data.loaded;
    if (!loaded) return undefined;
    return {
      timeline: loaded.timeline,
      isCountry: (iso3: string) => loaded.iso3s.includes(iso3),
      langOf,
      today: this.today,
      browserLang: this.browserLang,
    };
  }

  private moveContext(): to.MoveContext | undefined {
    const loaded = this.data.loaded;
    if (!loaded) return undefined;
    return { lesson: this.lesson, eventDates: loaded.eventDates, today: this.today };
  }

  /** What a change of state asks for: code and words for what is now shown, and lessons. */
  private follow(next: typeof this.state, previous: typeof this.state) {
    if (next.view !== 'map' && next.view !== previous.view) void this.showControls(next.view);
    if (
      (next.view !== 'map' || next.compare || next.present || next.country) &&
      !this.language.i18n.complete
    )
      this.completeMessages().catch(() => undefined);
    if (next.compare && !previous.compare)
      void import('../elements/rm-compare-changes/rm-compare-changes.define.ts');
    // The country panel's code loads when a country is first opened, not with the first view.
    if (next.country && !previous.country)
      void import('../elements/rm-country-panel/rm-country-panel.define.ts');
    if (next.present && !previous.present) {
      void this.presentation.prepare();
      void import('../elements/rm-presenter/rm-presenter.define.ts');
    }
    // Most links have nothing to say: the notices' element loads with the first notice.
    if (next.notices.length && !previous.notices.length)
      void import('../elements/rm-notices/rm-notices.define.ts');
    if (next.lesson !== previous.lesson) {
      if (next.lesson) void this.presentation.prepare();
      if (!next.lesson) this.lesson = this.lessonTranslated = undefined;
      else void this.loadLesson(next.lesson);
    }
  }

  /**
   * The controls (slider, legend, search…) load after the first map has painted; a link straight
   * to the table draws no map, so it asks for them itself.
   */
  showControls(view?: 'table' | 'timeline'): Promise<unknown> {
    return Promise.all([
      view ? viewModule(view) : undefined,
      import('../elements/deferred.define.ts')
        .then((m) => m.defineControls())
        .then(() => {
          if (this.controlsReady) return;
          this.controlsReady = true;
          this.host.requestUpdate();
        }),
    ]);
  }

  /** The controls are defined: what only they draw (the slider's chart) is worked out now. */
  controlsReady = false;

  completeMessages(): Promise<void> {
    return this.language.complete();
  }

  private async loadLesson(id: string) {
    if (this.lesson?.id === id) return;
    try {
      const [lesson] = await Promise.all([
        this.data.loadLesson(id),
        import('../elements/rm-lesson-card/rm-lesson-card.define.ts'),
        this.completeMessages(),
      ]);
      if (this.state.lesson !== id) return;
      this.lesson = lesson;
      const past = this.state.step > lesson.steps.length;
      this.store.dispatch(to.lessonLoaded(lesson, this.today), past ? 'replace' : 'none');
      await this.retranslateLesson();
    } catch {
      this.lesson = undefined;
      this.store.dispatch(to.lessonFailed(id));
    }
  }

  private async retranslateLesson() {
    const lesson = this.lesson;
    const translated = lesson && (await this.language.translatedLesson(lesson));
    if (lesson !== this.lesson || translated === this.lessonTranslated) return;
    this.lessonTranslated = translated;
    this.host.requestUpdate();
  }

  // ── intents: what the reader does ─────────────────────────────────────────────────────────

  setDate(date: IsoDate, history: HistoryMode): void {
    this.store.dispatch(to.setDate(date), history);
  }

  setCompare(date: IsoDate, history: HistoryMode): void {
    this.store.dispatch(to.setCompare(date), history);
  }

  /** Open a country's panel; with a date (a period on the timeline), show that day too. */
  async openCountry(iso3: string, date?: IsoDate): Promise<void> {
    await Promise.all([
      this.completeMessages(),
      import('../elements/rm-country-panel/rm-country-panel.define.ts'),
    ]);
    this.store.dispatch(date ? to.showPeriod(date, iso3) : to.openCountry(iso3), 'push');
  }

  closeCountry(): void {
    this.store.dispatch(to.closeCountry, 'push');
  }

  setRegion(region: Region): void {
    this.store.dispatch(to.setRegion(region), 'push');
  }

  async chooseView(view: AppView): Promise<void> {
    if (view === 'table' || view === 'timeline') void viewModule(view);
    await this.completeMessages();
    this.store.dispatch(to.chooseView(view), 'push');
  }

  /** The table's status filter, and the table's or the timeline's order (both in the link). */
  setListing(status: FilterStatus | undefined, sort: Sort | undefined): void {
    this.store.dispatch(to.setListing(status, sort), 'push');
  }

  setSpeed(speed: Speed): void {
    this.store.dispatch(to.setSpeed(speed), 'replace');
  }

  highlight(status: Status | null): void {
    this.store.dispatch(to.highlightStatus(status));
  }

  pin(status: Status | null): void {
    this.store.dispatch(to.pinStatus(status));
  }

  /** Open About or Share (their code and words load first). */
  async openDialog(which: 'about' | 'share'): Promise<void> {
    await Promise.all([
      which === 'about'
        ? import('../elements/rm-about/rm-about.define.ts')
        : import('../elements/rm-share-panel/rm-share-panel.define.ts'),
      this.completeMessages(),
    ]);
    this.store.dispatch(to.openDialog(which));
  }

  closeDialog(): void {
    this.store.dispatch(to.closeDialog);
  }

  dismissNotice(notice: Notice): void {
    this.store.dispatch(to.dismissNotice(notice));
  }

  startLesson(): void {
    this.store.dispatch(to.startLesson('1'), 'push');
  }

  stepLesson(step: number): void {
    if (this.lesson) this.store.dispatch(to.showStep(this.lesson, step, this.today), 'push');
  }

  exitLesson(): void {
    this.lesson = this.lessonTranslated = undefined;
    this.store.dispatch(to.exitLesson, 'push');
  }

  startPresenting(): void {
    void this.completeMessages().catch(() => undefined);
    this.store.dispatch(to.startPresenting, 'push');
  }

  stopPresenting(): void {
    this.store.dispatch(to.stopPresenting, 'push');
  }

  blank(): void {
    this.store.dispatch(to.setBlank(true));
  }

  /** Next or previous: the lesson's step, or the next event. */
  move(direction: 1 | -1): void {
    const ctx = this.moveContext();
    if (ctx) this.store.dispatch(to.move(direction, ctx), 'push');
  }

  togglePlay(): Promise<void> {
    return this.play.toggle();
  }

  setLang(lang: Lang): void {
    this.store.dispatch(to.chooseLanguage(lang), 'push');
  }

  setCal(cal: Calendar): void {
    this.store.dispatch(to.chooseCalendar(cal), 'push');
  }

  toggleOriginal(): void {
    this.language.toggleOriginal();
  }
}

/** The code of the table or the timeline (each loads when first shown). */
function viewModule(view: 'table' | 'timeline'): Promise<unknown> {
  return view === 'table'
    ? import('../elements/rm-data-table/rm-data-table.define.ts')
    : import('../elements/rm-timeline/rm-timeline.define.ts');
}
