/**
 * The views drawn in place of the map: the table and the timeline. Kept out of the shell so that
 * it stays a shell: each gets its properties from the app's state and hands its events to the
 * app's intents.
 */
import { html } from 'lit';
import type { AppController } from '../../controllers/app.ts';
import type { AppView } from '../../app/state.ts';
import type { IsoDate, StatusSnapshot } from '../../model/index.ts';
import type { FilterStatus, Sort } from '../../url-state.ts';

type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;
type Select = (e: CustomEvent<{ iso3: string; date?: IsoDate }>) => void;

/** The table or the timeline for `view`, or undefined for the map. */
export function listView(
  view: AppView,
  app: AppController,
  snapshot: EraSnapshot,
  select: Select,
): unknown {
  const t = app.language.i18n;
  const s = app.state;
  const loaded = app.data.loaded!;
  const listing = (e: CustomEvent<{ status?: FilterStatus; sort?: Sort }>) =>
    app.setListing('status' in e.detail ? e.detail.status : s.status, e.detail.sort);
  if (view === 'table')
    return html`<rm-data-table
      .i18n=${t}
      .snapshot=${snapshot}
      .countries=${loaded.iso3s}
      .status=${s.status}
      .sort=${s.sort}
      @country-select=${select}
      @listing-change=${listing}
    ></rm-data-table>`;
  if (view === 'timeline')
    return html`<rm-timeline
      .i18n=${t}
      .timeline=${loaded.timeline}
      .data=${loaded.data}
      today=${app.today}
      .sort=${s.sort}
      date=${s.date}
      direction=${t.info.dir}
      @period-select=${select}
      @sort-change=${listing}
    ></rm-timeline>`;
  return undefined;
}

/** Under "then and now": what changed between the two days, and the counts on both. */
export function compareChanges(
  app: AppController,
  then: EraSnapshot,
  now: EraSnapshot,
  select: Select,
): unknown {
  return html`<rm-compare-changes
    .i18n=${app.language.i18n}
    .then=${then}
    .now=${now}
    @country-select=${select}
  ></rm-compare-changes>`;
}
