/**
 * Tells an open page that a newer version of itself, or of its data, has been published, so a
 * reader who kept the tab open (a classroom's projector, a newsroom's second screen) is offered a
 * reload instead of reading yesterday's map. It looks when a new service worker takes over, when
 * the tab comes back after a long while hidden, and once after loading when no worker served the
 * page (the browser may then have reused a cached page).
 */
import { freshRequest } from '../load/fetch-text.ts';

/** Whether the page's HTML still loads the script this page runs (`assets/index-HASH.js`). */
export function pageIsCurrent(html: string, entry: string): boolean {
  const name = new URL(entry).pathname.split('/').pop() ?? '';
  return name === '' || html.includes(name);
}

export interface WatchOptions {
  /** The address of the page's first script; unknown: the page itself is not checked. */
  entry?: string;
  /** The latest dataset and the text this page shows; absent for a pinned release. */
  data?: { url: string; text: string };
  onUpdate(): void;
  /** A tab hidden for this long is checked when it comes back. */
  afterHiddenMs?: number;
  /** The page's HTML came from the server (not a cache): it needs no look after loading. */
  pageFromNetwork?: boolean;
  /** When the tab was hidden, if it was before the watch began. */
  hiddenSince?: number;
}

const HOUR = 60 * 60 * 1000;

export function watchForUpdates(options: WatchOptions): () => void {
  const { entry, data, onUpdate } = options;
  let stopped = false;
  let checking = false;
  const check = async (withData: boolean) => {
    if (stopped || checking) return;
    checking = true;
    try {
      const page = new URL('./', document.baseURI).href;
      const [html, text] = await Promise.all([
        entry ? fetchIfOk(page) : undefined,
        data && withData ? fetchIfOk(data.url) : undefined,
      ]);
      const stale =
        (entry && html !== undefined && !pageIsCurrent(html, entry)) ||
        (data && text !== undefined && text !== data.text);
      if (stale && !stopped) onUpdate();
    } finally {
      checking = false;
    }
  };
  let hiddenSince = options.hiddenSince ?? (document.hidden ? Date.now() : 0);
  const onVisibility = () => {
    if (document.hidden) hiddenSince = Date.now();
    else if (hiddenSince && Date.now() - hiddenSince >= (options.afterHiddenMs ?? HOUR))
      void check(true);
  };
  const workers = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
  // A worker claiming a page it did not serve is its first install, not a new version.
  const hadWorker = !!workers?.controller;
  const onWorker = () => {
    if (hadWorker) void check(true);
  };
  document.addEventListener('visibilitychange', onVisibility);
  // Hidden before the watch began and back already: as if the tab had just come back.
  if (hiddenSince && !document.hidden) onVisibility();
  workers?.addEventListener('controllerchange', onWorker);
  let idle: ReturnType<typeof setTimeout> | undefined;
  // The data was just fetched from the server; the page itself may have come from a cache.
  if (!hadWorker && !options.pageFromNetwork) idle = setTimeout(() => void check(false), 3000);
  return () => {
    stopped = true;
    clearTimeout(idle);
    document.removeEventListener('visibilitychange', onVisibility);
    workers?.removeEventListener('controllerchange', onWorker);
  };
}

/** The file's text, or nothing when it cannot be had now (offline, an error): no news. */
async function fetchIfOk(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, freshRequest());
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}
