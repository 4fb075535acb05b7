/**
 * One request for a file the page needs, always checked with the server: `cache: 'no-cache'` makes
 * the browser revalidate its copy (a cheap 304 when nothing changed), whatever the host says about
 * caching. A host that sends an old `Last-Modified` and no `Cache-Control` would otherwise let the
 * browser reuse last month's data for weeks without asking (heuristic freshness), and a `max-age`
 * on the data would keep a correction from readers until it expired.
 */
import { LoadError } from './load-error.ts';
import { freshRequest } from './early.ts';

export { freshRequest };

export interface FetchOptions {
  /** Give up (a `timeout` failure) when the file has not arrived after this long. */
  timeoutMs: number;
  /** The same request already under way (started by the page's first script), to use instead. */
  early?: Promise<Response>;
  fetch?: typeof fetch;
}

export async function fetchText(url: string, file: string, options: FetchOptions): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const timedOut = () =>
    new LoadError('timeout', file, `no answer after ${Math.round(options.timeoutMs / 1000)} s`);
  // A stalled body (headers, then nothing) is a timeout too, not a wait without end.
  const deadline = new Promise<never>((_, reject) =>
    controller.signal.addEventListener('abort', () => reject(timedOut())),
  );
  deadline.catch(() => undefined);
  try {
    let response: Response;
    try {
      response = await Promise.race([
        options.early ?? (options.fetch ?? fetch)(url, freshRequest(controller.signal)),
        deadline,
      ]);
    } catch (e) {
      if (e instanceof LoadError) throw e;
      throw new LoadError('network', file, (e as Error).message);
    }
    if (!response.ok)
      throw new LoadError(
        'http',
        file,
        `${response.status} ${response.statusText}`.trim(),
        response.status,
      );
    try {
      return await Promise.race([response.text(), deadline]);
    } catch (e) {
      if (e instanceof LoadError) throw e;
      throw new LoadError('network', file, (e as Error).message);
    }
  } finally {
    clearTimeout(timer);
  }
}

/** JSON text to a value; a damaged file is a `corrupt` failure that names it. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new LoadError('corrupt', file, (e as Error).message);
  }
}
