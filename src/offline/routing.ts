/**
 * How the service worker answers each request. Pure, so it is unit-tested.
 *
 * - Hashed assets (`assets/name-HASH.ext`) never change: cache first.
 * - The data (`data/…json`) and the page itself: network first, the saved copy only when the
 *   network fails, so a newer dataset replaces the saved one on the next online visit and the
 *   page never shows stale data while it could have fresh.
 * - Anything else of the site's: network, falling back to the cache.
 * - Other origins, and anything but GET: not the worker's business.
 */
export type Strategy = 'cache-first' | 'network-first' | 'network' | 'ignore';

export function strategyFor(method: string, url: URL, scope: URL, isNavigation: boolean): Strategy {
  if (method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname))
    return 'ignore';
  const path = url.pathname.slice(scope.pathname.length);
  if (isNavigation || path === '' || path === 'index.html') return 'network-first';
  if (/^assets\/[^/]+-[\w-]{8}\.\w+$/.test(path)) return 'cache-first';
  if (/^data\/.+\.json$/.test(path)) return 'network-first';
  return 'network';
}

/** Header the worker adds to an answer it gave from its cache, so the page can say so. */
export const FROM_CACHE_HEADER = 'x-rm-from-cache';
