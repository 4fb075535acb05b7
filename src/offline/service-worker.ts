/**
 * The offline service worker: after one visit the map works without a network (for classrooms),
 * but it never serves a stale page when a fresh one can be had. Built on its own (an IIFE) by the
 * `service-worker` build plugin, which prepends the list of files to keep and the build's version.
 */
import { cachesToDelete, strategyFor, usableAnswer, WORKER_CACHE_PREFIX } from './routing.ts';

declare const self: ServiceWorkerGlobalScope & { __PRECACHE: string[]; __VERSION: string };

const CACHE = `${WORKER_CACHE_PREFIX}${self.__VERSION}`;
const scope = new URL(self.registration.scope);
const PAGE = new URL('./', scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // Asked of the server, never of the browser's HTTP cache: a host's caching headers could
      // otherwise fill the new version's cache with the old version's files.
      .then((cache) =>
        cache.addAll(
          self.__PRECACHE.map(
            (path) => new Request(new URL(path, scope).href, { cache: 'no-cache' }),
          ),
        ),
      )
      // The new version takes over at once; open pages are told (see src/offline/updates.ts).
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(cachesToDelete(keys).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** The page, asked of the server (revalidated, whatever the host's caching headers say). */
async function freshPage(request: Request): Promise<Response> {
  if (request.mode !== 'navigate') return fetch(request);
  const response = await fetch(request.url, { cache: 'no-cache', credentials: 'same-origin' });
  // A redirected answer cannot answer a navigation: let the browser follow it itself.
  return response.redirected ? fetch(request) : response;
}

async function networkFirst(request: Request): Promise<Response> {
  let response: Response | undefined;
  try {
    response = await freshPage(request);
  } catch {
    response = undefined;
  }
  if (response && response.ok) {
    const copy = response.clone();
    void caches.open(CACHE).then((cache) => cache.put(PAGE, copy));
    return response;
  }
  // Offline, or a broken deploy (404, 5xx): the page saved on the last good visit.
  if (!response || !usableAnswer(response.status)) {
    const saved = await caches.match(PAGE);
    if (saved) return saved;
  }
  return response ?? Response.error();
}

async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    void caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

async function network(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.match(request);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const strategy = strategyFor(request.method, new URL(request.url), scope);
  if (strategy === 'ignore') return;
  event.respondWith(
    strategy === 'cache-first'
      ? cacheFirst(request)
      : strategy === 'network-first'
        ? networkFirst(request)
        : network(request),
  );
});
