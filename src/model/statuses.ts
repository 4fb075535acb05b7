/**
 * The status vocabulary. These ids are a public interface: the dataset, the DOM (`data-status`),
 * URLs, CSV exports and embedders use them. Extend the list; never rename an id.
 */

/** Statuses an event can set, strongest first; `withdrawn` is its own class after `none`. */
export const STATUSES = [
  'recognized',
  'ambassador',
  'charge',
  'contact',
  'none',
  'withdrawn',
] as const;
export type Status = (typeof STATUSES)[number];

/** States that exist only on the map: Afghanistan itself, and shapes with no ISO code. */
export const MAP_ONLY_STATUSES = ['afghanistan', 'no-data'] as const;
export type MapStatus = Status | (typeof MAP_ONLY_STATUSES)[number];

export function isStatus(value: unknown): value is Status {
  return (STATUSES as readonly unknown[]).includes(value);
}

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * How precisely the sources date an event. `no-later-than`: the sources show it had happened by
 * the written date, not when it began.
 */
export const PRECISIONS = ['day', 'month', 'year', 'no-later-than'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Event types: what happened. Context events (status `null`) use them too. */
export const EVENT_TYPES = [
  'formal_recognition',
  'recognition_withdrawn',
  'relations_downgraded',
  'taliban_ambassador_accepted',
  'taliban_mission_accepted',
  'taliban_staff_accepted',
  'ambassador_designate_arrived',
  'ambassador_accredited_to_taliban',
  'mission_in_kabul_reopened',
  'mission_in_kabul_closed',
  'mission_upgraded',
  'contact_without_recognition',
  'protecting_power',
  'republic_mission_persists',
  'republic_mission_cooperating',
  'republic_mission_closed',
  'terror_designation_removed',
  'armed_conflict',
  'baseline_statement',
  'context_capital_captured',
  'context_government_formed',
  'context_regime_end',
  'taliban_disowns_republic_missions',
  'un_credentials',
  'un_sanctions',
  'formal_recognition_by_nonstate',
  'mutual_recognition_nonstate',
  'embassy_opened',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
