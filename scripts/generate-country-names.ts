/**
 * Generates `src/i18n/generated/country-names/<lang>.json`: country names (by ISO alpha-2 code)
 * from i18n-iso-countries, corrected by `country-name-overrides.ts`. Pashto readers always get
 * this table (Chromium has no Pashto names, and CLDR's disagree with the Pashto texts); the other
 * languages use it only in a browser that lacks them.
 *
 * Run with `npm run generate:names`. The outputs are committed; `test/i18n/country-names.test.ts`
 * fails when they are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ISO_COUNTRIES } from '../src/model/countries.ts';
import { LANGS, type Lang } from '../src/i18n/locales.ts';
import { NAME_OVERRIDES } from './country-name-overrides.ts';

const require = createRequire(import.meta.url);

/** Names for every country in our ISO table, in `lang`, with our corrections applied. */
export function countryNames(lang: Lang): Record<string, string> {
  const table = require(`i18n-iso-countries/langs/${lang}.json`) as {
    countries: Record<string, string | string[]>;
  };
  const names: Record<string, string> = {};
  for (const { iso2 } of ISO_COUNTRIES) {
    const name = table.countries[iso2];
    if (name === undefined) throw new Error(`i18n-iso-countries has no ${lang} name for ${iso2}`);
    names[iso2] = NAME_OVERRIDES[lang]?.[iso2] ?? (Array.isArray(name) ? name[0]! : name);
  }
  return names;
}

export const NAME_LANGS = LANGS.filter((l) => l !== 'en');

function main() {
  const dir = new URL('../src/i18n/generated/country-names/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const lang of NAME_LANGS)
    writeFileSync(new URL(`${lang}.json`, dir), `${JSON.stringify(countryNames(lang), null, 0)}\n`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
