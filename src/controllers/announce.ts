/**
 * What screen readers hear: once the date has stayed put for a moment after the reader moved it
 * (never while playing), a summary of the map on that day and what changed on it. The first map
 * is described by the map itself.
 */
import type { Localizer } from '../i18n/index.ts';
import { countsOf, type StatusSnapshot } from '../model/index.ts';
import type { LoadedData } from '../app/loaded-data.ts';
import type { Store } from '../app/store.ts';
import { announceDate } from '../text/describe.ts';

/** Screen readers hear a summary once the date has stayed put this long. */
export const ANNOUNCE_AFTER_MS = 700;

type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;

export interface AnnounceHost {
  i18n(): Localizer;
  loaded(): LoadedData | undefined;
  snapshot(): EraSnapshot | undefined;
  /** The words for announcements are in the messages the first view did not need. */
  completeMessages(): void;
  changed(): void;
}

export class AnnounceController {
  /** The live region's text. */
  text = '';
  /** Announcements start with the reader's first change of date. */
  private announcing = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly store: Store,
    private readonly host: AnnounceHost,
  ) {
    store.subscribe((next, previous) => {
      if (next.date !== previous.date && this.host.loaded()) this.announcing = true;
      if (next.date !== previous.date || next.playing !== previous.playing) this.schedule();
    });
  }

  /** The language changed: say it again in the new one. */
  languageChanged(): void {
    this.schedule();
  }

  private schedule() {
    const snapshot = this.host.snapshot();
    if (!this.announcing || !snapshot || this.store.state.playing) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const t = this.host.i18n();
      // The words come with the extra messages; announce once they are here.
      if (!t.complete) return this.host.completeMessages();
      const changes = this.host
        .loaded()!
        .data.events.filter((e) => e.effectiveDate === snapshot.date);
      this.text = announceDate(t, snapshot, countsOf(snapshot), changes);
      this.host.changed();
    }, ANNOUNCE_AFTER_MS);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
