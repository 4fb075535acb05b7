import { ISO_TABLE } from './countries.generated.ts';

export interface CountryCodes {
  iso3: string;
  iso2: string;
  /** Zero-padded, as world-atlas writes it ("004"). Never compare ids as numbers. */
  numeric: string;
  unMember: boolean;
}

/** Every ISO 3166-1 country, from the packed table (nine characters each). */
export const ISO_COUNTRIES: readonly CountryCodes[] = Array.from(
  { length: ISO_TABLE.length / 9 },
  (_, i) => {
    const row = ISO_TABLE.slice(i * 9, i * 9 + 9);
    return {
      iso3: row.slice(0, 3),
      iso2: row.slice(3, 5),
      numeric: row.slice(5, 8),
      unMember: row[8] === '1',
    };
  },
);

const byAlpha3 = new Map(ISO_COUNTRIES.map((c) => [c.iso3, c]));
const byNumeric = new Map(ISO_COUNTRIES.map((c) => [c.numeric, c]));

export const countryByAlpha3 = (iso3: string): CountryCodes | undefined => byAlpha3.get(iso3);
export const countryByNumeric = (numeric: string): CountryCodes | undefined =>
  byNumeric.get(numeric);

/** The 193 UN member states, by alpha-3. */
export const UN_MEMBERS: readonly string[] = ISO_COUNTRIES.filter((c) => c.unMember).map(
  (c) => c.iso3,
);

export const AFGHANISTAN = 'AFG';
