/**
 * Loading a language other than English: its messages, its country names where the browser has
 * none, its calendars. A chunk of its own, so English pages do not carry the list. Every language
 * in `LOCALES` has its files found here by name (Vite makes one chunk of each).
 */
import { Localizer, type CoreCatalogue, type ExtraCatalogue, type Formats } from './localizer.ts';
import { LOCALES, hasCalendarChoice, type Calendar, type Lang } from './locales.ts';
import { intlRegionNames } from './region-names.ts';
import { own } from '../model/own.ts';
// Fonts for Arabic script, applied by the page's lang: loaded with the first other language.
import '../styles/arabic-script.css';
import { DATE_FORMS, hasDateForms } from './date-forms.ts';

type Other = Exclude<Lang, 'en'>;
type Loaders<T> = Record<string, () => Promise<T>>;

/** Each language's first-view messages (`messages/<lang>.ts`); English is bundled. */
const CORE: Loaders<CoreCatalogue> = import.meta.glob<CoreCatalogue>(
  ['./messages/*.ts', '!./messages/*-extra.ts', '!./messages/en.ts'],
  { import: 'default' },
);
/** The rest, loaded with the controls (`messages/<lang>-extra.ts`). */
const EXTRA: Loaders<ExtraCatalogue> = import.meta.glob<ExtraCatalogue>(
  ['./messages/*-extra.ts', '!./messages/en-extra.ts'],
  { import: 'default' },
);
/** Country names from i18n-iso-countries, for browsers without CLDR data for a language. */
type CountryNames = Readonly<Record<string, string>>;
const NAMES: Loaders<CountryNames> = import.meta.glob<CountryNames>(
  './generated/country-names/*.json',
  {
    import: 'default',
  },
);

function load<T>(loaders: Loaders<T>, path: string): Promise<T> {
  const loader = own(loaders, path);
  return loader ? loader() : Promise.reject(new Error(`${path} is missing`));
}

/**
 * Languages whose country names always come from the generated list, never from the browser:
 * Pashto, where CLDR's names (Firefox has them; Chromium has none) disagree with the Pashto texts.
 * The list carries our corrections (scripts/country-name-overrides.ts), so the names list, the
 * descriptions and the lessons name each country one way.
 */
export const LIST_NAMES: readonly Lang[] = ['ps'];

export async function localizerFor(lang: Other, cal: Calendar): Promise<Localizer> {
  const info = LOCALES[lang];
  let regionNames = LIST_NAMES.includes(lang) ? undefined : intlRegionNames(info.intl);
  const [messages, names, formats] = await Promise.all([
    load(CORE, `./messages/${lang}.ts`),
    regionNames ? undefined : load(NAMES, `./generated/country-names/${lang}.json`),
    hasCalendarChoice(lang)
      ? import('./calendars.ts').then((m): Formats => m.dualCalendarFormats(lang, cal))
      : hasDateForms(lang)
        ? DATE_FORMS[lang]()
        : undefined,
  ]);
  if (names) regionNames = (iso2) => own(names, iso2);
  return new Localizer(lang, info, messages, regionNames ?? (() => undefined), formats);
}

export const extraMessagesFor = (lang: Other): Promise<ExtraCatalogue> =>
  load(EXTRA, `./messages/${lang}-extra.ts`);
