/**
 * How the service worker answers each request. Pure, so it is unit-tested.
 *
 * - Hashed assets (`assets/name-HASH.ext`) never change: cache first.
 * - The page itself: network first, always checked with the server, the saved copy only when the
 *   network fails or the server answers with an error (a broken deploy).
 * - The data (`data/…json`): not the worker's: the page asks the server every time and keeps its
 *   own last good copy of each file, checked before it is kept (see src/load/last-good.ts).
 * - Anything else of the site's: network, falling back to the cache.
 * - Other origins, and anything but GET: not the worker's business.
 */
export type Strategy = 'cache-first' | 'network-first' | 'network' | 'ignore';

export function strategyFor(method: string, url: URL, scope: URL): Strategy {
  if (method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname))
    return 'ignore';
  const path = url.pathname.slice(scope.pathname.length);
  if (path === '' || path === 'index.html') return 'network-first';
  if (/^assets\/[^/]+-[\w-]{8}\.\w+$/.test(path)) return 'cache-first';
  if (path.startsWith('data/')) return 'ignore';
  return 'network';
}

/** Whether a server's answer is one to give the reader rather than the saved page. */
export const usableAnswer = (status: number): boolean => status < 400 || status === 410;

/** The worker's caches, one per build; the page's own store of last good copies is not one. */
export const WORKER_CACHE_PREFIX = 'recognition-map-sw-';
export const isWorkerCache = (name: string): boolean =>
  name.startsWith(WORKER_CACHE_PREFIX) || /^recognition-map-[0-9a-f]{12}$/.test(name);

/**
 * The worker caches to delete when a new build takes over: all but the newest two (in creation
 * order), so a page still open from the previous build can load the code it asks for later.
 */
export function cachesToDelete(names: readonly string[], keep = 2): string[] {
  const ours = names.filter(isWorkerCache);
  return ours.slice(0, Math.max(0, ours.length - keep));
}
