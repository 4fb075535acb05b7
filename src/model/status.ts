/**
 * What each state's relationship with the Taliban government was on a given day.
 *
 * Rules (also written in data/README.md):
 * - A country's status on day D is the status set by its latest status-bearing event of the same
 *   era that took effect on or before D (and whose `end`, if any, is not past); with none, `none`.
 * - Its *since* event is the first of the latest unbroken run of that status.
 * - Between the eras there was no Taliban government: the answer says so, and era 2 starts from
 *   `none` for everyone.
 */
import { addDays, type IsoDate } from './iso-date.ts';
import { AFGHANISTAN, UN_MEMBERS } from './countries.ts';
import { placeDate, timelineOf, type EraSpan, type Timeline } from './timeline.ts';
import type { Dataset, DatasetEvent } from './dataset.ts';
import { STATUSES, type Confidence, type Status } from './statuses.ts';

export interface CountryStatus {
  iso3: string;
  status: Status;
  /** First event of the latest unbroken run of this status; absent for the default `none`. */
  since?: DatasetEvent;
  /** The latest status-bearing event on or before the day (it may restate the status). */
  latest?: DatasetEvent;
  /** The since date is not day-precise: say "around" or "by". */
  approximate: boolean;
  /** Confidence of the since event. */
  confidence?: Confidence;
  /** A later event that puts this status in doubt (its note says why). */
  doubt?: DatasetEvent;
}

export type StatusSnapshot =
  | {
      kind: 'era';
      date: IsoDate;
      era: EraSpan;
      /** Every country with a recorded status in this era; others are `none`. */
      countries: ReadonlyMap<string, CountryStatus>;
    }
  | { kind: 'no-government'; date: IsoDate; gap: Timeline['gap'] }
  | { kind: 'out-of-range'; date: IsoDate; side: 'before' | 'after' };

interface CountryIndex {
  /** Status-bearing events, by era, in effective-date order. */
  statusEvents: Map<1 | 2, DatasetEvent[]>;
  doubts: DatasetEvent[];
}

const indexes = new WeakMap<Dataset, Map<string, CountryIndex>>();

/** Per-country index, built once per dataset: a date change is then a few binary searches. */
function indexOf(dataset: Dataset): Map<string, CountryIndex> {
  let index = indexes.get(dataset);
  if (index) return index;
  index = new Map();
  for (const e of dataset.events) {
    if (!e.country) continue;
    let c = index.get(e.country.iso3);
    if (!c) index.set(e.country.iso3, (c = { statusEvents: new Map(), doubts: [] }));
    if (e.status !== null) {
      const list = c.statusEvents.get(e.era) ?? [];
      list.push(e);
      c.statusEvents.set(e.era, list);
    }
    if (e.castsDoubt) c.doubts.push(e);
  }
  indexes.set(dataset, index);
  return index;
}

/** Number of events in `sorted` that took effect on or before `date`. */
function countUpTo(sorted: readonly DatasetEvent[], date: IsoDate): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.effectiveDate <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function countryStatusAt(
  iso3: string,
  c: CountryIndex,
  era: 1 | 2,
  date: IsoDate,
): CountryStatus | undefined {
  const all = c.statusEvents.get(era);
  if (!all) return undefined;
  // Events whose stated period has ended no longer hold: what came before them applies again.
  const live = all.slice(0, countUpTo(all, date)).filter((e) => !e.endDate || date <= e.endDate);
  const latest = live.at(-1);
  if (!latest || latest.status === null) return undefined;
  let first = live.length - 1;
  while (first > 0 && live[first - 1]!.status === latest.status) first--;
  const since = live[first]!;
  const doubt = c.doubts.findLast(
    (d) => d.era === era && d.effectiveDate >= latest.effectiveDate && d.effectiveDate <= date,
  );
  return {
    iso3,
    status: latest.status,
    since,
    latest,
    approximate: since.approximate,
    confidence: since.confidence,
    doubt,
  };
}

/** Every country's status on `date`; `today` (the reader's local date) ends era 2. */
export function statusAt(dataset: Dataset, date: IsoDate, today: IsoDate): StatusSnapshot {
  const timeline = timelineOf(dataset, today);
  const place = placeDate(timeline, date);
  if (place.kind === 'gap') return { kind: 'no-government', date, gap: timeline.gap };
  if (place.kind !== 'era') return { kind: 'out-of-range', date, side: place.kind };
  const countries = new Map<string, CountryStatus>();
  for (const [iso3, c] of indexOf(dataset)) {
    const s = countryStatusAt(iso3, c, place.era.id, date);
    if (s) countries.set(iso3, s);
  }
  return { kind: 'era', date, era: place.era, countries };
}

/** One country's status in a snapshot, with the default `none` for countries without events. */
export function statusOf(
  snapshot: Extract<StatusSnapshot, { kind: 'era' }>,
  iso3: string,
): CountryStatus {
  return snapshot.countries.get(iso3) ?? { iso3, status: 'none', approximate: false };
}

export type StatusCounts = Record<Status, number>;

/** How many UN member states (Afghanistan aside) hold each status. */
export function countsOf(snapshot: Extract<StatusSnapshot, { kind: 'era' }>): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const iso3 of UN_MEMBERS) {
    if (iso3 !== AFGHANISTAN) counts[statusOf(snapshot, iso3).status]++;
  }
  return counts;
}

export type StatusMembers = Readonly<Record<Status, readonly CountryStatus[]>>;

/**
 * Who holds each status: the UN member states (Afghanistan aside) that `countsOf` counts, each
 * with its since event, in alpha-3 order (a reader's order is their language's: the legend sorts
 * by name). Each status's list is as long as its count.
 */
export function membersOf(snapshot: Extract<StatusSnapshot, { kind: 'era' }>): StatusMembers {
  const members = Object.fromEntries(STATUSES.map((s) => [s, []])) as unknown as Record<
    Status,
    CountryStatus[]
  >;
  for (const iso3 of [...UN_MEMBERS].sort()) {
    if (iso3 === AFGHANISTAN) continue;
    const s = statusOf(snapshot, iso3);
    members[s.status].push(s);
  }
  return members;
}

/** Every event of one country across both eras, in date order (context events included). */
export function countryHistory(dataset: Dataset, iso3: string): DatasetEvent[] {
  return dataset.events.filter((e) => e.country?.iso3 === iso3);
}

/** Events of `date`'s era that took effect on or before `date`, newest first. */
export function changesUpTo(dataset: Dataset, date: IsoDate, today: IsoDate): DatasetEvent[] {
  const place = placeDate(timelineOf(dataset, today), date);
  if (place.kind !== 'era') return [];
  return dataset.events.filter((e) => e.era === place.era.id && e.effectiveDate <= date).reverse();
}

/** The sorted, distinct days on which events take effect (the slider's ticks). */
export function eventDates(dataset: Dataset): IsoDate[] {
  return [...new Set(dataset.events.map((e) => e.effectiveDate))].sort();
}

export interface CountsPoint {
  date: IsoDate;
  counts: StatusCounts;
}

/**
 * Counts per status over each era, as a step series: one point at the era's start and at every
 * day the counts may change. Feeds the stacked chart above the slider.
 */
export function countsSeries(dataset: Dataset, today: IsoDate): [CountsPoint[], CountsPoint[]] {
  const timeline = timelineOf(dataset, today);
  return timeline.eras.map((era) => {
    const days = new Set<IsoDate>([era.start]);
    for (const e of dataset.events) {
      if (e.era !== era.id || e.status === null) continue;
      days.add(e.effectiveDate);
      if (e.endDate && e.endDate < era.end) days.add(addDays(e.endDate, 1));
    }
    return [...days]
      .filter((d) => d >= era.start && d <= era.end)
      .sort()
      .map((date) => {
        const snapshot = statusAt(dataset, date, today);
        if (snapshot.kind !== 'era') throw new Error(`unreachable: ${date} is in era ${era.id}`);
        return { date, counts: countsOf(snapshot) };
      });
  }) as [CountsPoint[], CountsPoint[]];
}
