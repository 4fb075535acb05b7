import { ISO_COUNTRIES } from './countries.generated.ts';

export interface CountryCodes {
  iso3: string;
  iso2: string;
  /** Zero-padded, as world-atlas writes it ("004"). Never compare ids as numbers. */
  numeric: string;
  unMember: boolean;
}

const byAlpha3 = new Map<string, CountryCodes>();
const byNumeric = new Map<string, CountryCodes>();
for (const [iso3, iso2, numeric, unMember] of ISO_COUNTRIES) {
  const c = { iso3, iso2, numeric, unMember };
  byAlpha3.set(iso3, c);
  byNumeric.set(numeric, c);
}

export const countryByAlpha3 = (iso3: string): CountryCodes | undefined => byAlpha3.get(iso3);
export const countryByNumeric = (numeric: string): CountryCodes | undefined =>
  byNumeric.get(numeric);

/** The 193 UN member states, by alpha-3. */
export const UN_MEMBERS: readonly string[] = ISO_COUNTRIES.filter((c) => c[3]).map((c) => c[0]);

export const AFGHANISTAN = 'AFG';
