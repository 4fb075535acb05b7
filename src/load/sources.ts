/**
 * The files the page loads at run time, each checked before use and kept as a last good copy:
 * the dataset (a plain JSON file beside the site, so it can be corrected without rebuilding the
 * code), a pinned release, the map's shapes, lessons and the translations of the content.
 */
import { DatasetError, formatIssue, parseDataset, type Dataset } from '../model/index.ts';
import { WORLD_URL, WorldFormatError, worldFromTopology, type WorldShape } from '../geo/world.ts';
import { LoadError } from './load-error.ts';
import { loadKeepingLastGood, type CopyStore, type Loaded } from './last-good.ts';

export { LoadError, type LoadFailureKind } from './load-error.ts';
export { cacheStorageStore, NO_COPIES, type CopyStore, type Loaded } from './last-good.ts';

export const DATASET_PATH = 'data/recognition.json';
export const releasePath = (release: string): string => `data/releases/${release}.json`;

/** Resolve a site-relative path against the page, so the site works under any base path. */
export const siteUrl = (path: string): string => new URL(path, document.baseURI).href;

/** How long to wait for a file with no copy to fall back on, and with one. */
export const TIMEOUT_MS = 20_000;
export const COPY_AFTER_MS = 5_000;

export interface SourceOptions {
  store: CopyStore;
  /** The request the page's first script already started for this file. */
  early?: Promise<Response>;
}

/** A model error (a DatasetError, anything the parser throws) as the page's `invalid` failure. */
export function invalid(file: string, e: unknown): never {
  if (e instanceof LoadError) throw e;
  if (e instanceof DatasetError) {
    const first = e.issues.find((i) => i.severity === 'error');
    throw new LoadError('invalid', file, first ? formatIssue(first) : e.message);
  }
  throw new LoadError('invalid', file, (e as Error).message);
}

/** A JSON file of the site's, checked by `check` (which throws for a file it cannot use). */
export function loadChecked<T>(
  file: string,
  check: (json: unknown) => T,
  { store, early }: SourceOptions,
  where: { url?: string; copyKey?: string } = {},
): Promise<Loaded<T>> {
  return loadKeepingLastGood({
    file,
    url: where.url ?? siteUrl(file),
    copyKey: where.copyKey,
    store,
    early,
    timeoutMs: TIMEOUT_MS,
    copyAfterMs: COPY_AFTER_MS,
    check: (json) => {
      try {
        return check(json);
      } catch (e) {
        invalid(file, e);
      }
    },
  });
}

/** The dataset (the latest, or a pinned release's file). */
export async function loadDataset(file: string, options: SourceOptions): Promise<Loaded<Dataset>> {
  return loadChecked(file, (json) => parseDataset(json, file), options);
}

/**
 * The map's shapes: a hashed asset (a new build names it anew), kept as one copy across builds.
 */
export function loadWorld(options: SourceOptions): Promise<Loaded<WorldShape[]>> {
  const url = siteUrl(WORLD_URL);
  const file = new URL(url).pathname.replace(new URL(siteUrl('./')).pathname, '');
  return loadChecked(
    file,
    (json) => {
      try {
        return worldFromTopology(json);
      } catch (e) {
        if (e instanceof WorldFormatError) throw new LoadError('corrupt', file, e.message);
        throw e;
      }
    },
    options,
    { url, copyKey: 'assets/world.planar.json' },
  );
}
