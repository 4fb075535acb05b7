/**
 * Keeps the page's state in the address bar so Back works: the first change of an interaction (a
 * drag, a play) opens a history entry, later changes replace it, and the commit closes it.
 * Commits within a second of the last one replace it too: a burst of key presses is one step
 * back, not thirty.
 */
export const COALESCE_MS = 1000;

export interface HistoryLike {
  pushState(data: unknown, unused: string, url: string): void;
  replaceState(data: unknown, unused: string, url: string): void;
}

export class UrlHistory {
  private lastCommit = -Infinity;
  private entryOpen = false;

  constructor(
    private readonly history: HistoryLike,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * Record `search` (the query string for the new state) as the page's URL. `current` is the
   * current query string, `base` the path to keep.
   */
  sync(mode: 'push' | 'replace', search: string, current: string, base: string): void {
    const now = this.now();
    const changed = search !== current;
    if (changed) {
      const url = `${base}${search}`;
      if (this.entryOpen || now - this.lastCommit < COALESCE_MS)
        this.history.replaceState(null, '', url);
      else this.history.pushState(null, '', url);
    }
    if (mode === 'replace') this.entryOpen = true;
    else {
      if (this.entryOpen || changed) this.lastCommit = now;
      this.entryOpen = false;
    }
  }

  /** After Back or Forward: the next change starts a new entry. */
  reset(): void {
    this.entryOpen = false;
    this.lastCommit = -Infinity;
  }
}
