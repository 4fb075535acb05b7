/**
 * Locale choice and loading. English is bundled; every other language's messages, country names
 * and calendars load when a reader asks for it (`load-locale.ts`), so the first view in English
 * pays nothing for them.
 */
import en from './messages/en.ts';
import { Localizer, type ExtraCatalogue } from './localizer.ts';
import { LOCALES, type Calendar, type Lang } from './locales.ts';
import { englishFormats, englishName } from './english.ts';

export { Localizer } from './localizer.ts';
export type { DateParam, MessageKey } from './localizer.ts';
export * from './locales.ts';
export { intlRegionNames } from './region-names.ts';

let english: Localizer | undefined;

/** English, the bundled language: one localizer for the page (its `with…` methods copy it). */
export function englishLocalizer(): Localizer {
  return (english ??= new Localizer('en', LOCALES.en, en, englishName, englishFormats));
}

/** A localizer for `lang` with its first-view messages; `cal` chooses which calendar leads. */
export async function loadLocalizer(lang: Lang, cal: Calendar = 'gregory'): Promise<Localizer> {
  if (lang === 'en') return englishLocalizer();
  return (await import('./load-locale.ts')).localizerFor(lang, cal);
}

const loadedExtra = new Map<Lang, Promise<ExtraCatalogue>>();

/** The messages the first view did not need, in `lang` (loaded once). */
export function loadExtraMessages(lang: Lang): Promise<ExtraCatalogue> {
  let loading = loadedExtra.get(lang);
  if (!loading) {
    loading =
      lang === 'en'
        ? import('./messages/en-extra.ts').then((m) => m.default)
        : import('./load-locale.ts').then((m) => m.extraMessagesFor(lang));
    // A failed load (offline, a new deployment) may be retried.
    loading.catch(() => loadedExtra.delete(lang));
    loadedExtra.set(lang, loading);
  }
  return loading;
}
