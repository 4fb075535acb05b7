/**
 * What the page loads: the dataset (the latest, or the pinned release a link names), the map's
 * shapes, lessons; each checked, each kept as a last good copy (src/load/). It says when loading
 * is slow, keeps the error for Retry, and watches for a newer version once the map is up.
 */
import type { Dataset, IsoDate } from '../model/index.ts';
import { isIsoDate } from '../model/iso-date.ts';
import type { Lesson } from '../model/lesson.ts';
import { LoadedData } from '../app/loaded-data.ts';
import type { Store } from '../app/store.ts';
import { addNotices } from '../app/transitions.ts';
import {
  DATASET_PATH,
  LoadError,
  cacheStorageStore,
  loadChecked,
  loadDataset,
  loadWorld,
  releasePath,
  siteUrl,
  type Loaded,
} from '../load/sources.ts';
import type { EarlyLoads } from '../load/early.ts';
import { startLater } from '../start-later.ts';
import type { Notice } from '../url-state.ts';
import { whenIdle, yieldToMain } from '../yield.ts';
import { markFirstView } from '../first-view-marks.ts';

/** After this long, the page says the connection may be slow, and offers Retry. */
export const SLOW_AFTER_MS = 6000;

export interface DataHost {
  changed(): void;
}

/** The notice for a file shown from its last good copy, if it was. */
export function copyNotices(loaded: Loaded<unknown>, checked?: IsoDate): Notice[] {
  const f = loaded.failure;
  if (!f) return [];
  return [
    {
      kind: 'kept-copy',
      file: f.file,
      failure: f.kind,
      status: f.status,
      detail: f.message,
      checked,
    },
  ];
}

export class DataController {
  loaded?: LoadedData;
  error?: Error;
  /** Still loading after SLOW_AFTER_MS. */
  slow = false;
  /** The pinned release shown, when a link names one that exists. */
  release?: IsoDate;
  /** The last good copy of each file, for when a newer one fails. */
  readonly copies = cacheStorageStore(document.baseURI);
  private stopWatching?: () => void;

  constructor(
    private readonly store: Store,
    private readonly host: DataHost,
    private readonly today: IsoDate,
  ) {}

  /**
   * Load the dataset and the shapes (and wait for `ready`, the reader's language). Returns what
   * the reader should be told about the release and the files, once the link has been read.
   */
  async load(early: EarlyLoads | undefined, ready: Promise<void>): Promise<Notice[] | undefined> {
    this.error = undefined;
    this.slow = false;
    this.host.changed();
    const slowTimer = setTimeout(() => {
      this.slow = true;
      this.host.changed();
    }, SLOW_AFTER_MS);
    const notices: Notice[] = [];
    try {
      const release = new URLSearchParams(location.search).get('release')?.trim();
      const [data, world] = await Promise.all([
        this.loadData(release, notices, early),
        loadWorld({ store: this.copies }),
        // The first map is drawn in the reader's language (English meanwhile only if it fails).
        ready,
      ]);
      markFirstView('rm-data-ready');
      await yieldToMain();
      this.loaded = new LoadedData(data.value, world.value, this.today);
      notices.push(...copyNotices(data, data.value.meta.asOf), ...copyNotices(world));
      this.watch(early?.entry, data.text);
      this.host.changed();
      return notices;
    } catch (e) {
      this.error = e as Error;
      this.host.changed();
      return undefined;
    } finally {
      clearTimeout(slowTimer);
    }
  }

  /**
   * The pinned release if asked for and published; otherwise (with a notice) the latest data.
   * The first script's request is used for whichever file it asked for.
   */
  private async loadData(
    release: string | undefined,
    notices: Notice[],
    early: EarlyLoads | undefined,
  ): Promise<Loaded<Dataset>> {
    const load = (file: string) =>
      loadDataset(file, {
        store: this.copies,
        early: early?.file === file ? early.response : undefined,
      });
    if (release && isIsoDate(release)) {
      try {
        const data = await load(releasePath(release));
        this.release = release;
        return data;
      } catch (e) {
        if (!(e instanceof LoadError && e.kind === 'http' && e.status === 404)) throw e;
        notices.push({ kind: 'bad-value', param: 'release', value: release });
      }
    }
    this.release = undefined;
    return load(DATASET_PATH);
  }

  /** A lesson (`data/lessons/<id>.json`), checked against the dataset. */
  async loadLesson(id: string): Promise<Lesson> {
    const data = this.loaded!.data;
    const file = `data/lessons/${id}.json`;
    const { parseLesson } = await import('../model/lesson.ts');
    const lesson = await loadChecked(file, (json) => parseLesson(json, data, file), {
      store: this.copies,
    });
    this.store.dispatch(addNotices(copyNotices(lesson)));
    return lesson.value;
  }

  /** From the first map on, the page looks out for a newer version of itself or its data. */
  private watch(entry: string | undefined, text: string) {
    this.stopWatching?.();
    const data = this.release ? undefined : { url: siteUrl(DATASET_PATH), text };
    const when = watchStart(
      !!navigator.serviceWorker?.controller,
      performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined,
    );
    const pageFromNetwork = when === 'hidden';
    this.stopWatching = startLater(async () => {
      const hiddenSince = when === 'hidden' ? await hiddenOnce() : undefined;
      if (when === 'idle') await whenIdle();
      const { watchForUpdates } = await import('../offline/updates.ts');
      return watchForUpdates({
        entry,
        data,
        pageFromNetwork,
        hiddenSince,
        onUpdate: () => this.store.dispatch(addNotices([{ kind: 'update-ready' }])),
      });
    });
  }

  stop(): void {
    this.stopWatching?.();
  }
}

/**
 * When the update watch's code loads: at once under a service worker (a new version can take over
 * at any moment); for a page just fetched from the server (it is the newest), when the tab is first
 * hidden (nothing can be newer before the reader comes back); else, a page that may have come from
 * a cache, once the page is idle (it is checked seconds later).
 */
export function watchStart(
  underWorker: boolean,
  page: { transferSize?: number } | undefined,
): 'now' | 'hidden' | 'idle' {
  if (underWorker) return 'now';
  return (page?.transferSize ?? 0) > 0 ? 'hidden' : 'idle';
}

/** The time the tab is first hidden (now, if it is). */
function hiddenOnce(): Promise<number> {
  return new Promise((resolve) => {
    if (document.hidden) return resolve(Date.now());
    const onChange = () => {
      if (!document.hidden) return;
      document.removeEventListener('visibilitychange', onChange);
      resolve(Date.now());
    };
    document.addEventListener('visibilitychange', onChange);
  });
}
