/**
 * Loading a language other than English: its messages, its country names where the browser has
 * none, its calendars. A chunk of its own, so English pages do not carry the list.
 */
import { Localizer, type CoreCatalogue, type ExtraCatalogue, type Formats } from './localizer.ts';
import { LOCALES, type Lang } from './locales.ts';
import { intlRegionNames } from './region-names.ts';

type Other = Exclude<Lang, 'en'>;
type Module<T> = Promise<{ default: T }>;

/** Each language's first-view messages. */
const CORE: Record<Other, () => Module<CoreCatalogue>> = {
  fa: () => import('./messages/fa.ts'),
  ps: () => import('./messages/ps.ts'),
  ar: () => import('./messages/ar.ts'),
  ur: () => import('./messages/ur.ts'),
  ru: () => import('./messages/ru.ts'),
  zh: () => import('./messages/zh.ts'),
  fr: () => import('./messages/fr.ts'),
  es: () => import('./messages/es.ts'),
};

/** The rest, loaded with the controls. */
const EXTRA: Record<Other, () => Module<ExtraCatalogue>> = {
  fa: () => import('./messages/fa-extra.ts'),
  ps: () => import('./messages/ps-extra.ts'),
  ar: () => import('./messages/ar-extra.ts'),
  ur: () => import('./messages/ur-extra.ts'),
  ru: () => import('./messages/ru-extra.ts'),
  zh: () => import('./messages/zh-extra.ts'),
  fr: () => import('./messages/fr-extra.ts'),
  es: () => import('./messages/es-extra.ts'),
};

/** Country names from i18n-iso-countries, for browsers without CLDR data for a language. */
const NAMES: Record<Other, () => Module<Record<string, string>>> = {
  fa: () => import('./generated/country-names/fa.json'),
  ps: () => import('./generated/country-names/ps.json'),
  ar: () => import('./generated/country-names/ar.json'),
  ur: () => import('./generated/country-names/ur.json'),
  ru: () => import('./generated/country-names/ru.json'),
  zh: () => import('./generated/country-names/zh.json'),
  fr: () => import('./generated/country-names/fr.json'),
  es: () => import('./generated/country-names/es.json'),
};

export async function localizerFor(lang: Other, cal: 'gregory' | 'persian'): Promise<Localizer> {
  const info = LOCALES[lang];
  let regionNames = intlRegionNames(info.intl);
  const [messages, names, formats] = await Promise.all([
    CORE[lang]().then((m) => m.default),
    regionNames ? undefined : NAMES[lang]().then((m) => m.default),
    lang === 'fa' || lang === 'ps'
      ? import('./calendars.ts').then((m): Formats => m.dualCalendarFormats(lang, cal))
      : undefined,
  ]);
  if (names) regionNames = (iso2) => names[iso2];
  return new Localizer(lang, info, messages, regionNames ?? (() => undefined), formats);
}

export const extraMessagesFor = (lang: Other): Promise<ExtraCatalogue> =>
  EXTRA[lang]().then((m) => m.default);
