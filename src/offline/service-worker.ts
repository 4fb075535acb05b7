/**
 * The offline service worker: after one visit the map works without a network (for classrooms),
 * but it never serves stale data when fresh data can be had. Built on its own (an IIFE) by the
 * `service-worker` plugin in vite.config.ts, which prepends the list of files to keep.
 */
import { FROM_CACHE_HEADER, strategyFor } from './routing.ts';

declare const self: ServiceWorkerGlobalScope & { __PRECACHE: string[]; __VERSION: string };

const CACHE = `recognition-map-${self.__VERSION}`;
const scope = new URL(self.registration.scope);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(self.__PRECACHE.map((path) => new URL(path, scope).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith('recognition-map-') && k !== CACHE)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** A cached answer, marked as such (the page tells the reader it is offline). */
async function fromCache(request: Request): Promise<Response | undefined> {
  const cached =
    (await caches.match(request, { ignoreSearch: request.mode === 'navigate' })) ??
    (request.mode === 'navigate' ? await caches.match(new URL('./', scope).href) : undefined);
  if (!cached) return undefined;
  const headers = new Headers(cached.headers);
  headers.set(FROM_CACHE_HEADER, '1');
  return new Response(cached.body, {
    status: cached.status,
    statusText: cached.statusText,
    headers,
  });
}

async function networkFirst(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const copy = response.clone();
      void caches
        .open(CACHE)
        .then((cache) =>
          cache.put(request.mode === 'navigate' ? new URL('./', scope).href : request, copy),
        );
    }
    return response;
  } catch (error) {
    const cached = await fromCache(request);
    if (cached) return cached;
    throw error;
  }
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

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const strategy = strategyFor(
    request.method,
    new URL(request.url),
    scope,
    request.mode === 'navigate',
  );
  if (strategy === 'ignore') return;
  if (strategy === 'cache-first') event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(request));
});
