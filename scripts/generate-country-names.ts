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

/**
 * Where the CLDR of the Node.js that writes the English table lags behind the browsers' (CLDR 48
 * in Node 20, the browsers' newer): the names Chromium 156 shows.
 */
const ENGLISH_OVERRIDES: Readonly<Record<string, string>> = {
  FK: 'Falkland Islands (Islas Malvinas)',
  HK: 'Hong Kong',
  MO: 'Macao',
  PS: 'Palestine',
};

/**
 * English names (British usage, CLDR's `en-GB`), for the English page: it names countries from
 * this table rather than the browser's Intl.DisplayNames, whose first use loads the browser's
 * locale data (a long task on a phone, before the first map could be drawn), and so English
 * names are the same in every browser. Written once from Node's CLDR and committed: run
 * `npm run generate:names -- --english` when CLDR changes a name.
 */
export function englishCountryNames(): Record<string, string> {
  const cldr = new Intl.DisplayNames(['en-GB'], { type: 'region', fallback: 'none' });
  const fallback = require('i18n-iso-countries/langs/en.json') as {
    countries: Record<string, string | string[]>;
  };
  const names: Record<string, string> = {};
  for (const { iso2 } of ISO_COUNTRIES) {
    const other = fallback.countries[iso2];
    const name =
      ENGLISH_OVERRIDES[iso2] ?? cldr.of(iso2) ?? (Array.isArray(other) ? other[0] : other);
    if (!name) throw new Error(`no English name for ${iso2}`);
    names[iso2] = name;
  }
  return names;
}

/**
 * The English names as the page bundles them: one string, in the order of the ISO table
 * (src/model/countries.ts), so the names cost no keys.
 */
export function englishNamesModule(names = englishCountryNames()): string {
  const packed = ISO_COUNTRIES.map(({ iso2 }) => names[iso2]!);
  if (packed.some((n) => n.includes('|'))) throw new Error('a name with a "|"');
  return [
    `// Written by scripts/generate-country-names.ts --english (CLDR ${process.versions.cldr}, en-GB). Do not edit by hand.`,
    '// One name a country, in the order of src/model/countries.generated.ts, separated by "|".',
    `export const ENGLISH_NAMES = ${JSON.stringify(packed.join('|'))};`,
    '',
  ].join('\n');
}

function main() {
  const dir = new URL('../src/i18n/generated/country-names/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const lang of NAME_LANGS)
    writeFileSync(new URL(`${lang}.json`, dir), `${JSON.stringify(countryNames(lang), null, 0)}\n`);
  if (process.argv.includes('--english'))
    writeFileSync(new URL('../english-names.ts', dir), englishNamesModule());
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
