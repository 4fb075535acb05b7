import { describe, expect, it } from 'vitest';
import { englishLocalizer, type Lang, type Localizer } from '../../src/i18n/index.ts';
import { initialState } from '../../src/app/state.ts';
import { Store } from '../../src/app/store.ts';
import { chooseLanguage } from '../../src/app/transitions.ts';
import { LanguageController, type LanguageLoaders } from '../../src/controllers/language.ts';

/** A loader whose answers the test gives, one language at a time. */
function deferredLoaders() {
  const pending = new Map<Lang, { resolve: (t: Localizer) => void; reject: (e: Error) => void }>();
  const loaders: LanguageLoaders = {
    localizer: (lang) =>
      lang === 'en'
        ? Promise.resolve(englishLocalizer())
        : new Promise((resolve, reject) => pending.set(lang, { resolve, reject })),
    extra: () => Promise.resolve({} as never),
    translations: () => Promise.reject(new Error('not in this test')),
    translateLesson: () => Promise.resolve(undefined),
  };
  /** A stand-in for a language's localizer: English's, relabelled. */
  const fake = (lang: Lang) => Object.assign(Object.create(englishLocalizer()), { lang });
  return { loaders, pending, fake };
}

function setUp() {
  const store = new Store(initialState('2026-11-28'));
  const { loaders, pending, fake } = deferredLoaders();
  const spoken: string[] = [];
  const controller = new LanguageController(
    store,
    { changed: () => {}, speak: (t) => spoken.push(t.lang), copyNotices: () => [] },
    loaders,
  );
  return { store, controller, pending, fake, spoken };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LanguageController', () => {
  it('a slow language load is overtaken by a newer choice', async () => {
    const { store, controller, pending, fake, spoken } = setUp();
    store.dispatch(chooseLanguage('fa'));
    store.dispatch(chooseLanguage('ru'));
    pending.get('ru')!.resolve(fake('ru'));
    await settle();
    expect(controller.i18n.lang).toBe('ru');
    // Dari arrives last: too late, the reader chose Russian since.
    pending.get('fa')!.resolve(fake('fa'));
    await settle();
    expect(controller.i18n.lang).toBe('ru');
    expect(spoken).toEqual(['ru']);
  });

  it('a language that fails to load falls back to English with one notice', async () => {
    const { store, controller, pending } = setUp();
    store.dispatch(chooseLanguage('ps'));
    pending.get('ps')!.reject(new Error('offline'));
    await settle();
    expect(controller.i18n.lang).toBe('en');
    expect(store.state.lang).toBe('en');
    expect(store.state.notices).toEqual([{ kind: 'language-failed', language: 'پښتو' }]);
    store.dispatch(chooseLanguage('ps'));
    pending.get('ps')!.reject(new Error('offline'));
    await settle();
    expect(store.state.notices.filter((n) => n.kind === 'language-failed')).toHaveLength(1);
  });

  it('the failure of a language left behind changes nothing', async () => {
    const { store, controller, pending, fake } = setUp();
    store.dispatch(chooseLanguage('fa'));
    store.dispatch(chooseLanguage('zh'));
    pending.get('zh')!.resolve(fake('zh'));
    pending.get('fa')!.reject(new Error('offline'));
    await settle();
    expect(controller.i18n.lang).toBe('zh');
    expect(store.state.notices).toEqual([]);
  });
});
