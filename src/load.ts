/**
 * Fetches and validates what the page needs at run time: the dataset and the map's shapes. The data is a plain JSON file beside the site,
 * so it can be corrected without rebuilding the code; each way a load can fail is told apart.
 */
import { DatasetError, formatIssue, parseDataset, type Dataset } from './model/index.ts';
import { WORLD_URL, WorldFormatError, worldFromTopology, type WorldShape } from './geo/world.ts';
import { FROM_CACHE_HEADER } from './offline/routing.ts';
import { yieldToMain } from './yield.ts';

export type LoadFailureKind = 'network' | 'timeout' | 'http' | 'corrupt' | 'invalid';

export class LoadError extends Error {
  readonly kind: LoadFailureKind;
  readonly status?: number;
  constructor(kind: LoadFailureKind, message: string, status?: number) {
    super(message);
    this.name = 'LoadError';
    this.kind = kind;
    this.status = status;
  }
}

export const DATASET_PATH = 'data/recognition.json';

/** Resolve a site-relative path against the page, so the site works under any base path. */
export const siteUrl = (path: string): string => new URL(path, document.baseURI).href;

/**
 * Set when the offline service worker answered a data request from its saved copy: the page
 * then says it is showing the data of the last visit.
 */
export const offline = { servedFromCache: false };

export async function loadJson(url: string, timeoutMs: number): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal: controller.signal });
  } catch (e) {
    throw controller.signal.aborted
      ? new LoadError('timeout', `no answer after ${Math.round(timeoutMs / 1000)} s`)
      : new LoadError('network', (e as Error).message);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok)
    throw new LoadError('http', `${response.status} ${response.statusText}`, response.status);
  if (response.headers.get(FROM_CACHE_HEADER)) offline.servedFromCache = true;
  try {
    return await response.json();
  } catch (e) {
    throw new LoadError('corrupt', (e as Error).message);
  }
}

export async function loadDataset(path = DATASET_PATH, timeoutMs = 20_000): Promise<Dataset> {
  const json = await loadJson(siteUrl(path), timeoutMs);
  await yieldToMain();
  try {
    return parseDataset(json, path);
  } catch (e) {
    if (e instanceof DatasetError) {
      const first = e.issues.find((i) => i.severity === 'error');
      throw new LoadError('invalid', first ? formatIssue(first) : e.message);
    }
    throw e;
  }
}

export async function loadWorld(timeoutMs = 20_000): Promise<WorldShape[]> {
  const json = await loadJson(WORLD_URL, timeoutMs);
  await yieldToMain();
  try {
    return worldFromTopology(json);
  } catch (e) {
    if (e instanceof WorldFormatError) throw new LoadError('corrupt', e.message);
    throw e;
  }
}
