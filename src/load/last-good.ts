/**
 * The last good copy of each file the page needs. A file is kept only after it has passed the
 * same checks the page applies before showing it, so a damaged, invalid, missing, failing or
 * stalled file never replaces a copy that worked: the reader gets that copy, and a notice says
 * what failed. The copies live in the browser's Cache Storage (as the service worker's do), in
 * the page, so embeds and pages without a service worker keep them too.
 */
import { fetchText, parseJsonText, type FetchOptions } from './fetch-text.ts';
import { LoadError } from './load-error.ts';
import { yieldToMain } from '../yield.ts';

/** Where copies are kept: the text of the last good answer, by the file's name. */
export interface CopyStore {
  get(file: string): Promise<string | undefined>;
  put(file: string, text: string): Promise<void>;
}

const STORE = 'recognition-map-last-good';

/**
 * Copies in Cache Storage. Where it is missing (an insecure origin, some private windows) or
 * refuses (storage full), there are no copies, and a failure is shown as one.
 */
export function cacheStorageStore(scope: string): CopyStore {
  const open = async () => {
    if (typeof caches === 'undefined') return undefined;
    try {
      return await caches.open(STORE);
    } catch {
      return undefined;
    }
  };
  const key = (file: string) => new URL(file, scope).href;
  return {
    async get(file) {
      try {
        const answer = await (await open())?.match(key(file));
        return answer ? await answer.text() : undefined;
      } catch {
        return undefined;
      }
    },
    async put(file, text) {
      try {
        await (
          await open()
        )?.put(key(file), new Response(text, { headers: { 'content-type': 'application/json' } }));
      } catch {
        // A full disk or a refusal costs the reader a copy, not the map.
      }
    },
  };
}

/** No copies (tests, pages that must not keep any). */
export const NO_COPIES: CopyStore = {
  get: () => Promise.resolve(undefined),
  put: () => Promise.resolve(),
};

export interface KeepLastGoodOptions<T> extends FetchOptions {
  /** The file, as the site names it (`data/recognition.json`): what a notice names. */
  file: string;
  /** The copy's name, when it is not `file` (a hashed asset keeps one copy across builds). */
  copyKey?: string;
  url: string;
  /** The page's own checks: throw a LoadError (`invalid`, `corrupt`) for a file it cannot use. */
  check(json: unknown): T;
  store: CopyStore;
  /**
   * With a good copy in hand, wait this long for the network before showing the copy (a stalled
   * server should not keep a reader waiting for the full `timeoutMs`).
   */
  copyAfterMs: number;
}

export interface Loaded<T> {
  value: T;
  /** Set when the value is the last good copy: what went wrong with the file just now. */
  failure?: LoadError;
  /** The text the value was read from (to tell later whether the file has changed). */
  text: string;
}

/**
 * The file from the network when it is good, else the last good copy with the reason, else the
 * network's error. A good answer becomes the new copy, even one that arrives after the copy was
 * shown (the next visit then starts from it).
 */
export async function loadKeepingLastGood<T>(options: KeepLastGoodOptions<T>): Promise<Loaded<T>> {
  const { file, check, store } = options;
  const key = options.copyKey ?? file;
  const read = (text: string): T => check(parseJsonText(text, file));
  const fromNetwork = fetchText(options.url, file, options).then(async (text) => {
    // Parsing and checking are the longest steps: let input and paint in before them.
    await yieldToMain();
    const value = read(text);
    // Kept in a task of its own: the first map need not wait for the copy to be written.
    void yieldToMain().then(() => store.put(key, text));
    return { value, text };
  });
  fromNetwork.catch(() => undefined);
  let copy: Promise<{ value: T; text: string } | undefined> | undefined;
  const lastGood = () =>
    (copy ??= store.get(key).then((text) => {
      if (text === undefined) return undefined;
      try {
        // Checked again: the page's rules may have changed since it was kept.
        return { value: read(text), text };
      } catch {
        return undefined;
      }
    }));
  const stalled = new LoadError(
    'timeout',
    file,
    `no answer after ${Math.round(options.copyAfterMs / 1000)} s`,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const patience = new Promise<'stalled'>((resolve) => {
    timer = setTimeout(() => resolve('stalled'), options.copyAfterMs);
  });
  try {
    // Past our patience, a good copy wins; with none, the network has until `timeoutMs`.
    const first = await Promise.race([
      fromNetwork,
      patience.then(async () => ((await lastGood()) ? ('stalled' as const) : fromNetwork)),
    ]);
    if (first !== 'stalled') return first;
    const kept = (await lastGood())!;
    return { ...kept, failure: stalled };
  } catch (e) {
    if (!(e instanceof LoadError)) throw e;
    const kept = await lastGood();
    if (!kept) throw e;
    return { ...kept, failure: e };
  } finally {
    clearTimeout(timer);
  }
}
