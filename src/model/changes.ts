/**
 * What differs between two days ("then and now"): each state whose status is not the same on
 * both, with the event that set its status on the later day. Pure.
 */
import { AFGHANISTAN } from './countries.ts';
import type { DatasetEvent } from './dataset.ts';
import { statusOf, type StatusSnapshot } from './status.ts';
import type { Status } from './statuses.ts';

type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;

export interface StatusChange {
  iso3: string;
  from: Status;
  to: Status;
  /**
   * The event behind the status on the second day: its latest status-bearing event, if it is
   * later than the first day. Absent when the second day's status is only the new period's
   * default (era 2 starts from `none` for every state).
   */
  event?: DatasetEvent;
}

/** The states (Afghanistan aside) whose status on `then` differs from that on `now`. */
export function statusChanges(then: EraSnapshot, now: EraSnapshot): StatusChange[] {
  const iso3s = new Set([...then.countries.keys(), ...now.countries.keys()]);
  iso3s.delete(AFGHANISTAN);
  const out: StatusChange[] = [];
  for (const iso3 of [...iso3s].sort()) {
    const a = statusOf(then, iso3);
    const b = statusOf(now, iso3);
    if (a.status === b.status) continue;
    const latest = b.latest;
    const [early, late] = then.date <= now.date ? [then.date, now.date] : [now.date, then.date];
    const event =
      latest && latest.effectiveDate > early && latest.effectiveDate <= late ? latest : undefined;
    out.push({ iso3, from: a.status, to: b.status, event });
  }
  return out;
}
