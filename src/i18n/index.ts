/** Locale choice and loading. English is bundled; other catalogues load when asked for. */
import en from './messages/en.ts';
import { Localizer, type LocaleInfo } from './localizer.ts';

export { Localizer } from './localizer.ts';
export type { MessageKey } from './localizer.ts';

export const LOCALES = {
  en: { intl: 'en-GB', dir: 'ltr' },
} as const satisfies Record<string, LocaleInfo>;

export type Lang = keyof typeof LOCALES;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

/**
 * Country names from the browser's CLDR data (Intl.DisplayNames) where it really has the locale;
 * `undefined` where it would silently answer in another language.
 */
export function intlRegionNames(intl: string): ((iso2: string) => string | undefined) | undefined {
  if (typeof Intl.DisplayNames !== 'function') return undefined;
  if (Intl.DisplayNames.supportedLocalesOf([intl]).length === 0) return undefined;
  const names = new Intl.DisplayNames([intl], { type: 'region', fallback: 'none' });
  return (iso2) => names.of(iso2);
}

export function englishLocalizer(): Localizer {
  return new Localizer('en', LOCALES.en, en, intlRegionNames(LOCALES.en.intl) ?? (() => undefined));
}

const loadedExtra = new WeakMap<Localizer, Promise<Localizer>>();

/** `t` with the messages the first view did not need (loaded once per localizer). */
export function loadExtraMessages(t: Localizer): Promise<Localizer> {
  if (t.complete) return Promise.resolve(t);
  let loading = loadedExtra.get(t);
  if (!loading) {
    loading = import('./messages/en-extra.ts').then((m) => t.withExtra(m.default));
    loadedExtra.set(t, loading);
  }
  return loading;
}
