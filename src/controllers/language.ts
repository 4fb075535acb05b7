/**
 * The language the page speaks: its messages, dates and country names (a `Localizer`), the
 * messages the first view did not need, the translations of the content, and the page's `lang`,
 * `dir` and title. A language is spoken only once everything the page already shows can be shown
 * in it; a slow load is overtaken by a newer choice; a failed one falls back to English, once.
 *
 * Headless: it talks to the page through `LanguageHost`, so it is tested in Node.
 */
import {
  LOCALES,
  englishLocalizer,
  loadExtraMessages,
  loadLocalizer,
  type Calendar,
  type Lang,
  type Localizer,
} from '../i18n/index.ts';
import type { ExtraCatalogue } from '../i18n/localizer.ts';
import type { Dataset } from '../model/index.ts';
import type { Lesson } from '../model/lesson.ts';
import type { Translations } from '../model/translations.ts';
import { own } from '../model/own.ts';
import type { Store } from '../app/store.ts';
import { addNotices, languageFailed, languageReady } from '../app/transitions.ts';
import type { Loaded } from '../load/last-good.ts';
import { cacheStorageStore, loadChecked } from '../load/sources.ts';
import type { Notice } from '../url-state.ts';

export interface LanguageLoaders {
  localizer(lang: Lang, cal: Calendar): Promise<Localizer>;
  extra(lang: Lang): Promise<ExtraCatalogue>;
  /** The content's translations in `lang`, checked against `data`. */
  translations(lang: Lang, data: Dataset): Promise<Loaded<Translations>>;
  translateLesson(lesson: Lesson, translations: Translations): Promise<Lesson | undefined>;
}

export interface LanguageHost {
  /** The localizer or the translations changed: draw again. */
  changed(): void;
  /** The page's `lang`, `dir` and title now follow `t`. */
  speak(t: Localizer): void;
  /** Notices about a translations file that came from its last good copy. */
  copyNotices(loaded: Loaded<unknown>): Notice[];
}

export const DEFAULT_LOADERS: LanguageLoaders = {
  localizer: loadLocalizer,
  extra: loadExtraMessages,
  async translations(lang, data) {
    const model = await import('../model/translations.ts');
    const file = `data/translations/${lang}.json`;
    return loadChecked(file, (json) => model.parseTranslations(json, data, file, lang), {
      store: cacheStorageStore(document.baseURI),
    });
  },
  async translateLesson(lesson, translations) {
    const model = await import('../model/translations.ts');
    return model.translateLesson(lesson, own(translations.lessons, lesson.id));
  },
};

export class LanguageController {
  /** Replaced (never mutated) when more messages arrive, so every element draws again. */
  i18n: Localizer = englishLocalizer();
  /** English's extra messages could not load: pages waiting for them draw without them. */
  extraFailed = false;
  private translations?: Translations;
  private wantExtra = false;
  private data?: Dataset;
  /** The language and calendar being loaded, to tell an overtaken load from the latest. */
  private asked?: { lang: Lang; cal: Calendar };
  private loading: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly host: LanguageHost,
    private readonly loaders: LanguageLoaders = DEFAULT_LOADERS,
  ) {
    store.subscribe((next, previous) => {
      if (next.lang !== previous.lang || next.cal !== previous.cal) this.loading = this.localize();
    });
  }

  /** Speak the language the state asks for (the first load calls this). */
  start(): Promise<void> {
    this.loading = this.localize();
    return this.loading;
  }

  /** Resolves once the language asked for (or English, after a failure) is spoken. */
  get ready(): Promise<void> {
    return this.loading;
  }

  private async localize(): Promise<void> {
    const { lang, cal = 'gregory' } = this.store.state;
    if (lang === this.i18n.lang && this.asked?.cal === cal) return;
    const asked = { lang, cal };
    this.asked = asked;
    let next: Localizer;
    try {
      next = await this.loaders.localizer(lang, cal);
      if (this.wantExtra) next = next.withExtra(await this.loaders.extra(lang));
    } catch {
      return this.failed(lang);
    }
    // A newer choice was made meanwhile: it wins.
    if (this.asked !== asked) return;
    if (lang !== this.translations?.language) this.translations = undefined;
    next = next.withOriginal(this.i18n.original);
    this.i18n = this.translations ? next.withTranslations(this.translations.events) : next;
    this.host.speak(this.i18n);
    this.store.dispatch(languageReady);
    this.host.changed();
    // Readers of another language get its remaining messages now, so they work offline later.
    if (lang !== 'en') void this.complete().catch(() => undefined);
    void this.loadTranslations();
  }

  /** A language's files could not load: English, and one notice saying so (in English). */
  private failed(lang: Lang) {
    if (this.store.state.lang !== lang) return;
    this.translations = undefined;
    if (this.i18n.lang !== 'en') {
      this.i18n = englishLocalizer();
      if (this.wantExtra) void this.complete().catch(() => undefined);
    }
    this.asked = { lang: 'en', cal: 'gregory' };
    this.store.dispatch(languageFailed(lang, LOCALES[lang].name));
    this.host.speak(this.i18n);
    this.host.changed();
  }

  /** The messages the first view did not need: About, Share, lessons, the table… */
  async complete(): Promise<void> {
    // Asked once, wanted for good: a later change of language loads them with its own messages.
    this.wantExtra = true;
    if (this.i18n.complete) return;
    const lang = this.i18n.lang as Lang;
    let extra: ExtraCatalogue;
    try {
      extra = await this.loaders.extra(lang);
    } catch (e) {
      if (lang === 'en') {
        this.extraFailed = true;
        this.host.changed();
        throw e;
      }
      return this.failed(lang);
    }
    // The language may have changed meanwhile: the messages go only to the one they are for.
    if (this.i18n.lang === lang && !this.i18n.complete) {
      this.i18n = this.i18n.withExtra(extra);
      this.host.changed();
    }
  }

  /** The dataset has loaded: its descriptions can now be translated. */
  setData(data: Dataset): void {
    this.data = data;
    void this.loadTranslations();
  }

  /** Event descriptions and lessons in the reader's language (`data/translations/<lang>.json`). */
  private async loadTranslations(): Promise<void> {
    const lang = this.i18n.lang as Lang;
    const data = this.data;
    if (lang === 'en' || !data || this.translations?.language === lang) return;
    try {
      const loaded = await this.loaders.translations(lang, data);
      if (this.i18n.lang !== lang) return;
      this.translations = loaded.value;
      this.i18n = this.i18n.withTranslations(loaded.value.events);
      this.store.dispatch(addNotices(this.host.copyNotices(loaded)));
      this.host.changed();
    } catch (e) {
      // The descriptions stay in English (marked as such): the page works without them.
      console.warn(`data/translations/${lang}.json: ${(e as Error).message}`);
    }
  }

  /** The lesson in the reader's language, when it is translated and matches the lesson. */
  translatedLesson(lesson: Lesson): Promise<Lesson | undefined> {
    const t = this.translations;
    if (!t || t.language !== this.i18n.lang) return Promise.resolve(undefined);
    return this.loaders.translateLesson(lesson, t);
  }

  /** The translated content, or its English originals (one click away wherever it shows). */
  toggleOriginal(): void {
    this.i18n = this.i18n.withOriginal(!this.i18n.original);
    this.host.changed();
  }
}
