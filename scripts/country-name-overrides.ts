/**
 * Country names that replace i18n-iso-countries' (and CLDR's, which are the same) where they
 * disagree with the way the language's own texts name the country. `generate-country-names.ts`
 * applies them, so a regeneration keeps them; `test/i18n/country-names.test.ts` fails when a
 * description, a lesson or an interface message names a country differently from the list.
 *
 * Pashto: the names its descriptions and lessons use, as Azadi Pashto and Afghanistan
 * International Pashto write them (the glossary's sources). The package's Pashto has Dari forms
 * («المان» for «جرمني»), an adjective for a country («ترکي», "Turkish") and Arabic yeh where
 * Pashto writes Persian yeh («ايران»). A native reviewer should check them (src/i18n/README.md).
 */
import type { Lang } from '../src/i18n/locales.ts';

export const NAME_OVERRIDES: Partial<Record<Lang, Record<string, string>>> = {
  ps: {
    AE: 'متحده عربي امارات',
    AZ: 'آذربایجان',
    BG: 'بلغاریا',
    CZ: 'چک جمهوریت',
    DE: 'جرمني',
    GB: 'بریتانیا',
    IR: 'ایران',
    KG: 'قرغیزستان',
    NI: 'نیکاراګوا',
    NL: 'هالنډ',
    NO: 'ناروې',
    TM: 'ترکمنستان',
    TR: 'ترکیه',
    US: 'متحده ایالات',
    UZ: 'ازبکستان',
  },
};
