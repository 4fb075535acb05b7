/**
 * Each state's relationship over time, as periods of one status: what the timeline view draws.
 * The periods are read from the same snapshots the map shows (statusAt on every day a status may
 * change), so the timeline and the map cannot disagree. Pure.
 */
import { addDays, type IsoDate } from './iso-date.ts';
import { AFGHANISTAN } from './countries.ts';
import { timelineOf } from './timeline.ts';
import { statusAt, statusOf } from './status.ts';
import type { Dataset, DatasetEvent } from './dataset.ts';
import { STATUSES, type Status } from './statuses.ts';

export interface StatusPeriod {
  status: Exclude<Status, 'none'>;
  era: 1 | 2;
  /** First and last day (included) the status held. */
  start: IsoDate;
  end: IsoDate;
  /** The event that began the period (the first of its unbroken run). */
  since: DatasetEvent;
  /** The start is not known to the day (month, year, or "by"). */
  approximate: boolean;
  /** The period still holds on the timeline's last day (today). */
  ongoing: boolean;
}

export interface CountryPeriods {
  iso3: string;
  periods: StatusPeriod[];
  /** The day of the first period: the state's first engagement. */
  first: IsoDate;
  /** The status on the timeline's last day (today). */
  today: Status;
  /** The state's events with a date on the timeline (status-bearing and context), in order. */
  events: DatasetEvent[];
}

/** The days in each era on which some state's status may change, in order. */
function changeDays(dataset: Dataset, era: { id: 1 | 2; start: IsoDate; end: IsoDate }) {
  const days = new Set<IsoDate>([era.start]);
  for (const e of dataset.events) {
    if (e.era !== era.id || e.status === null || !e.country) continue;
    days.add(e.effectiveDate);
    if (e.endDate) days.add(addDays(e.endDate, 1));
  }
  return [...days].filter((d) => d >= era.start && d <= era.end).sort();
}

/**
 * Every state (Afghanistan aside) that held a status other than `none` on some day of either era,
 * with its periods, in the order of their first engagement (then by code, for a stable order).
 */
export function statusPeriods(dataset: Dataset, today: IsoDate): CountryPeriods[] {
  const timeline = timelineOf(dataset, today);
  const byCountry = new Map<string, StatusPeriod[]>();
  for (const era of timeline.eras) {
    const open = new Map<string, StatusPeriod>();
    const close = (iso3: string, end: IsoDate) => {
      const p = open.get(iso3);
      if (!p) return;
      open.delete(iso3);
      p.end = end;
      p.ongoing = era.id === 2 && end === era.end;
      const list = byCountry.get(iso3) ?? [];
      list.push(p);
      byCountry.set(iso3, list);
    };
    for (const day of changeDays(dataset, era)) {
      const snapshot = statusAt(dataset, day, today);
      if (snapshot.kind !== 'era') continue;
      const seen = new Set([...open.keys(), ...snapshot.countries.keys()]);
      for (const iso3 of seen) {
        if (iso3 === AFGHANISTAN) continue;
        const s = statusOf(snapshot, iso3);
        const current = open.get(iso3);
        if (current && current.status === s.status) continue;
        close(iso3, addDays(day, -1));
        if (s.status === 'none' || !s.since) continue;
        open.set(iso3, {
          status: s.status,
          era: era.id,
          start: day,
          end: era.end,
          since: s.since,
          approximate: s.since.approximate,
          ongoing: false,
        });
      }
    }
    for (const iso3 of [...open.keys()]) close(iso3, era.end);
  }
  const lastDay = timeline.eras[1].end;
  const last = statusAt(dataset, lastDay, today);
  const rows = [...byCountry].map(([iso3, periods]): CountryPeriods => {
    periods.sort((a, b) => (a.start < b.start ? -1 : 1));
    return {
      iso3,
      periods,
      first: periods[0]!.start,
      today: last.kind === 'era' ? statusOf(last, iso3).status : 'none',
      events: dataset.events.filter(
        (e) =>
          e.country?.iso3 === iso3 &&
          timeline.eras.some((era) => e.effectiveDate >= era.start && e.effectiveDate <= era.end),
      ),
    };
  });
  return rows.sort((a, b) => byFirst(a, b) || (a.iso3 < b.iso3 ? -1 : 1));
}

/** How the timeline's rows are ordered: by first engagement, by today's status, or by name. */
export const TIMELINE_ORDERS = ['since', 'status', 'country'] as const;
export type TimelineOrder = (typeof TIMELINE_ORDERS)[number];

const byFirst = (a: CountryPeriods, b: CountryPeriods) =>
  a.first < b.first ? -1 : a.first > b.first ? 1 : 0;

/** Today's status, strongest first (`withdrawn` after `none`, as the legend lists them). */
const byToday = (a: CountryPeriods, b: CountryPeriods) =>
  STATUSES.indexOf(a.today) - STATUSES.indexOf(b.today);

/**
 * The rows in `order`, ties by first engagement then by `compareNames` (the reader's language's
 * order of names), reversed when `descending`.
 */
export function orderPeriods(
  rows: readonly CountryPeriods[],
  order: TimelineOrder,
  name: (iso3: string) => string,
  compareNames: (a: string, b: string) => number,
  descending = false,
): CountryPeriods[] {
  const names = (a: CountryPeriods, b: CountryPeriods) => compareNames(name(a.iso3), name(b.iso3));
  const compare =
    order === 'country'
      ? names
      : order === 'status'
        ? (a: CountryPeriods, b: CountryPeriods) => byToday(a, b) || byFirst(a, b) || names(a, b)
        : (a: CountryPeriods, b: CountryPeriods) => byFirst(a, b) || names(a, b);
  const out = [...rows].sort(compare);
  return descending ? out.reverse() : out;
}

/** The period of `row` that holds on `date`, if any. */
export function periodOn(row: CountryPeriods, date: IsoDate): StatusPeriod | undefined {
  return row.periods.find((p) => p.start <= date && date <= p.end);
}
