/**
 * Country names from the browser's CLDR data (Intl.DisplayNames) where it really has the locale;
 * `undefined` where it would silently answer in another language (Chromium and Pashto).
 */
export function intlRegionNames(intl: string): ((iso2: string) => string | undefined) | undefined {
  if (typeof Intl.DisplayNames !== 'function') return undefined;
  if (Intl.DisplayNames.supportedLocalesOf([intl]).length === 0) return undefined;
  const names = new Intl.DisplayNames([intl], { type: 'region', fallback: 'none' });
  return (iso2) => names.of(iso2);
}
