import { own } from '../model/own.ts';

/**
 * The languages the map speaks, and how a page picks one: `?lang=`, else the browser's languages,
 * else English. Kept tiny: it is part of the first view in every language.
 */

export interface LocaleInfo {
  /** BCP 47 tag for the page's `lang` attribute. */
  tag: string;
  /** BCP 47 tag for Intl (`fa-AF`: Afghan month names and Persian digits, not Iran's). */
  intl: string;
  dir: 'ltr' | 'rtl';
  /** The language's own name, for the menu (readers look for their language in its script). */
  name: string;
  /** Dari and Pashto readers expect the Solar Hijri date beside the Gregorian one. */
  solarHijri?: true;
}

export const LOCALES = {
  en: { tag: 'en', intl: 'en-GB', dir: 'ltr', name: 'English' },
  fa: { tag: 'fa-AF', intl: 'fa-AF', dir: 'rtl', name: 'دری', solarHijri: true },
  ps: { tag: 'ps', intl: 'ps', dir: 'rtl', name: 'پښتو', solarHijri: true },
  // Latin digits, as Al Jazeera and most Arabic newsrooms print them.
  ar: { tag: 'ar', intl: 'ar-u-nu-latn', dir: 'rtl', name: 'العربية' },
  // Pakistan's conventions (Latin digits); `ur-IN` would give Persian digits.
  ur: { tag: 'ur', intl: 'ur-PK', dir: 'rtl', name: 'اردو' },
  ru: { tag: 'ru', intl: 'ru', dir: 'ltr', name: 'Русский' },
  zh: { tag: 'zh-Hans', intl: 'zh-CN', dir: 'ltr', name: '中文（简体）' },
  fr: { tag: 'fr', intl: 'fr', dir: 'ltr', name: 'Français' },
  es: { tag: 'es', intl: 'es', dir: 'ltr', name: 'Español' },
} as const satisfies Record<string, LocaleInfo>;

export type Lang = keyof typeof LOCALES;
export const LANGS = Object.keys(LOCALES) as Lang[];

/** Which calendar's date comes first where two are shown (Dari, Pashto). */
export type Calendar = 'gregory' | 'persian';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

/** Whether a language's dates pair two calendars (the `cal` parameter matters there). */
export const hasCalendarChoice = (lang: Lang): lang is 'fa' | 'ps' => 'solarHijri' in LOCALES[lang];

/** Codes people and browsers use for our languages that are not our ids. */
const ALIASES = { prs: 'fa', pbt: 'ps', pbu: 'ps', pst: 'ps', cmn: 'zh' } as const satisfies Record<
  string,
  Lang
>;

/**
 * Our language for a BCP 47 tag (`fa-AF` → `fa`, `zh-Hans-CN` → `zh`, `prs` → `fa`), or undefined.
 * Iranian Persian (`fa-IR`) is still Persian: Dari is the closest we have.
 */
export function langOf(tag: string): Lang | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (isLang(primary)) return primary;
  return own(ALIASES, primary);
}

/** The first of the browser's languages we speak; English when none. */
export function browserLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const lang = langOf(tag);
    if (lang) return lang;
  }
  return 'en';
}
