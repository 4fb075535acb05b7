import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishFormats, englishName } from '../../src/i18n/english.ts';
import { DATE_OPTIONS, intlFormats, type DateStyle } from '../../src/i18n/localizer.ts';
import { ISO_COUNTRIES } from '../../src/model/countries.ts';
import { englishNamesModule } from '../../scripts/generate-country-names.ts';

const intl = intlFormats('en-GB', DATE_OPTIONS);

describe('englishFormats', () => {
  it('writes every date as en-GB’s Intl does (but “Sep”, not “Sept”)', () => {
    const styles: DateStyle[] = ['day', 'long', 'month', 'year'];
    for (let y = 1996; y <= 2030; y += 1)
      for (let m = 1; m <= 12; m++)
        for (const d of [1, 9, 10, 28]) {
          const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          for (const style of styles)
            expect(englishFormats.date(date, style)).toBe(
              intl.date(date, style).replace(/\bSept\b/, 'Sep'),
            );
        }
  });

  it('writes numbers and lists as en-GB does', () => {
    for (const n of [0, 1, 9, 193, 1000, 1234567, -1200, 2.5])
      expect(englishFormats.number(n)).toBe(intl.number(n));
    for (const items of [[], ['A'], ['A', 'B'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D']])
      expect(englishFormats.list(items)).toBe(intl.list(items));
  });

  it('chooses plural forms as en-GB’s plural rules do, without Intl', () => {
    const rules = new Intl.PluralRules('en-GB');
    for (const n of [0, 1, 2, 3, 11, 21, 101, 193, 1.5, 0.5])
      expect(englishFormats.plural!(n), String(n)).toBe(rules.select(n));
  });
});

describe('englishName(iso2)', () => {
  it('names every country of the map, once each', () => {
    const names = ISO_COUNTRIES.map((c) => englishName(c.iso2));
    expect(names.every((n) => typeof n === 'string' && n.length > 1)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(englishName('RU')).toBe('Russia');
    expect(englishName('AE')).toBe('United Arab Emirates');
    expect(englishName('PS')).toBe('Palestine');
    expect(englishName('ZZ')).toBeUndefined();
  });

  it('is what the generator writes from this Node’s CLDR (when it is the same CLDR)', () => {
    const committed = readFileSync('src/i18n/generated/english-names.ts', 'utf8');
    const cldr = /CLDR ([\d.]+)/.exec(committed)![1];
    // Another CLDR may rename a country: then the table is reviewed and rewritten on purpose.
    if (cldr !== process.versions.cldr) return;
    expect(committed).toBe(englishNamesModule());
  });
});

describe('Localizer.compare(a, b) in English', () => {
  it('orders every English country name as en-GB’s collator does', async () => {
    const { englishLocalizer } = await import('../../src/i18n/index.ts');
    const t = englishLocalizer();
    const names = ISO_COUNTRIES.map((c) => englishName(c.iso2)!);
    const collator = new Intl.Collator('en-GB');
    expect([...names].sort((a, b) => t.compare(a, b))).toEqual(
      [...names].sort((a, b) => collator.compare(a, b)),
    );
  });
});
