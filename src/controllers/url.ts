/**
 * The address bar: the link is read once the data is here (dates snap to the timeline, countries
 * are checked against the map), Back and Forward read it again, and every change the reader can
 * go back to is written to it (see url-history.ts for how steps are grouped).
 */
import type { Store, HistoryMode } from '../app/store.ts';
import { fromUrl, toUrl, type UrlContext } from '../app/url.ts';
import { UrlHistory } from './url-history.ts';

/** Browsers throttle history calls: a drag or play writes at most this often. */
export const REPLACE_EVERY_MS = 200;

export class UrlController {
  private readonly history = new UrlHistory(window.history);
  private replaceTimer?: ReturnType<typeof setTimeout>;
  private ready = false;

  constructor(
    private readonly store: Store,
    /** What reading a link needs (the timeline, the countries); undefined until loaded. */
    private readonly context: () => UrlContext | undefined,
    /** Back or Forward is about to apply another state. */
    private readonly beforePopState: () => void,
  ) {
    store.subscribe((_next, _previous, mode) => {
      if (this.ready && mode !== 'none') this.sync(mode);
    });
  }

  /**
   * Apply the link's state. The first time, what it asked for that the page could not use is
   * told in notices (a failed language's notice stays).
   */
  apply(search: string, withNotices: boolean): void {
    const ctx = this.context();
    if (!ctx) return;
    const { state, notices } = fromUrl(search, this.store.state, ctx);
    this.store.dispatch(() =>
      withNotices
        ? {
            ...state,
            notices: [...state.notices.filter((n) => n.kind === 'language-failed'), ...notices],
          }
        : state,
    );
    this.ready = true;
  }

  connect(): void {
    addEventListener('popstate', this.onPopState);
  }

  disconnect(): void {
    removeEventListener('popstate', this.onPopState);
    clearTimeout(this.replaceTimer);
  }

  private onPopState = () => {
    if (!this.context()) return;
    this.beforePopState();
    this.history.reset();
    this.apply(location.search, false);
  };

  /**
   * `replace` while dragging or playing (throttled), `push` on a committed choice. The state is
   * read when the write happens: a throttled write records the latest state.
   */
  private sync(mode: Exclude<HistoryMode, 'none'>) {
    const write = (m: Exclude<HistoryMode, 'none'>) =>
      this.history.sync(
        m,
        toUrl(this.store.state, location.search),
        location.search,
        location.pathname,
      );
    if (mode === 'push') {
      clearTimeout(this.replaceTimer);
      this.replaceTimer = undefined;
      write('push');
    } else
      this.replaceTimer ??= setTimeout(() => {
        this.replaceTimer = undefined;
        write('replace');
      }, REPLACE_EVERY_MS);
  }
}
