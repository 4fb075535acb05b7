import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAME_LANGS, countryNames } from '../../scripts/generate-country-names.ts';

describe('generated country names (for browsers without a language’s CLDR data)', () => {
  it.each(NAME_LANGS)('src/i18n/generated/country-names/%s.json is current', (lang) => {
    const committed = JSON.parse(
      readFileSync(
        new URL(`../../src/i18n/generated/country-names/${lang}.json`, import.meta.url),
        'utf8',
      ),
    );
    expect(committed).toEqual(countryNames(lang));
  });

  it('has Pashto names (Chromium has none)', () => {
    expect(countryNames('ps').AF).toBe('افغانستان');
  });
});
