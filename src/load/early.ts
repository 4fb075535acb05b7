/**
 * What the page's first script starts before the application's code has arrived: the request for
 * the one data file the link asks for (a pinned release, or the latest data), so it downloads
 * beside the code. It is not an HTML preload: a preload cannot ask the browser to check its copy
 * with the server, and a pinned embed would then download a data file it does not use.
 */

/**
 * A request always checked with the server: `cache: 'no-cache'` makes the browser revalidate its
 * copy (a cheap 304 when nothing changed), whatever the host says about caching. Here, not in
 * fetch-text.ts, so that the page's first script stays this small.
 */
export const freshRequest = (signal?: AbortSignal): RequestInit => ({
  cache: 'no-cache',
  credentials: 'same-origin',
  signal,
});

export interface EarlyLoads {
  /** The data file asked for (`data/recognition.json` or `data/releases/<date>.json`). */
  file: string;
  response: Promise<Response>;
  /** The address of the page's first script (to tell whether a newer page has been published). */
  entry: string;
}

/** The file a link's `release` parameter names, by its shape only (the app checks the rest). */
export function dataFileFor(search: string): string {
  const release = new URLSearchParams(search).get('release')?.trim();
  return release && /^\d{4}-\d{2}-\d{2}$/.test(release)
    ? `data/releases/${release}.json`
    : 'data/recognition.json';
}

export function startEarlyLoads(search: string, base: string, entry: string): EarlyLoads {
  const file = dataFileFor(search);
  const url = new URL(file, base).href;
  const response = fetch(url, freshRequest());
  // Whoever uses it sees a failure; unused, it must not be reported as unhandled.
  response.catch(() => undefined);
  return { file, response, entry };
}
