import { describe, expect, it } from 'vitest';
import { matchCountries } from '../../../src/elements/rm-country-search/search-match.ts';

const items = [
  { iso3: 'TUR', name: 'Türkiye', aliases: ['Turkey', 'TUR'] },
  { iso3: 'TKM', name: 'Turkmenistan', aliases: ['TKM'] },
  { iso3: 'ARE', name: 'United Arab Emirates', aliases: ['ARE', 'UAE'] },
  { iso3: 'GBR', name: 'United Kingdom', aliases: ['GBR'] },
  { iso3: 'PAK', name: 'Pakistan', aliases: ['PAK'] },
];
const names = (q: string) => matchCountries(items, q).map((i) => i.iso3);

describe('matchCountries(items, query)', () => {
  it('matches the start of a name, ignoring case and accents', () => {
    expect(names('tur')).toEqual(['TUR', 'TKM']);
    expect(names('TURK')).toEqual(['TUR', 'TKM']);
  });

  it('matches the start of any word and aliases', () => {
    expect(names('arab')).toEqual(['ARE']);
    expect(names('uae')).toEqual(['ARE']);
    expect(names('kingdom')).toEqual(['GBR']);
  });

  it('ranks a name start above a word start', () => {
    expect(names('united')).toEqual(['ARE', 'GBR']);
  });

  it('finds nothing for an empty or unmatched query', () => {
    expect(names('')).toEqual([]);
    expect(names('zzz')).toEqual([]);
  });
});
