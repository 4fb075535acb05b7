/**
 * Site configuration: the one place for addresses that depend on where the map is published.
 * Set CORRECTIONS_URL before publishing; the page and every embed credit link to it.
 */
export const CORRECTIONS_URL =
  'https://github.com/recognition-map/recognition-map/issues/new?labels=correction';

/** The key older Datawrapper parent scripts use to find the iframe: `id="datawrapper-chart-<key>"`. */
export const EMBED_KEY = 'recognition-map';
