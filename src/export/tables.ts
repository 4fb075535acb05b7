/**
 * What the data downloads hold: every country's status on one day, and every event with its
 * sources, as rows (for CSV) and as records (for JSON). Each carries how to cite it and the
 * licence.
 */
import {
  UN_MEMBERS,
  statusOf,
  type Dataset,
  type DatasetEvent,
  type IsoDate,
  type StatusSnapshot,
} from '../model/index.ts';

export interface Labels {
  country(iso3: string): string;
  status(status: string): string;
}

type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;

export const STATUS_COLUMNS = [
  'date',
  'iso3',
  'country',
  'un_member',
  'status',
  'status_label',
  'since',
  'since_precision',
  'approximate',
  'confidence',
  'uncertain_from',
  'event_id',
  'event_description',
  'source_urls',
  'data_release',
  'data_checked',
  'licence',
  'cite',
] as const;

export const EVENT_COLUMNS = [
  'id',
  'date',
  'precision',
  'effective_date',
  'end',
  'iso3',
  'iso_numeric',
  'entity',
  'actor',
  'status',
  'type',
  'description',
  'confidence',
  'note',
  'source_urls',
  'source_outlets',
  'source_published',
  'data_release',
  'licence',
  'cite',
] as const;

export type StatusRecord = Record<(typeof STATUS_COLUMNS)[number], string | boolean | null>;
export type EventRecord = Record<(typeof EVENT_COLUMNS)[number], string | null>;

const join = (values: string[]) => values.join(' | ');

/**
 * Every country on the map on `snapshot`'s day: drawn countries first by name; Afghanistan is
 * listed with the status `afghanistan`.
 */
export function statusRecords(
  data: Dataset,
  snapshot: EraSnapshot,
  iso3s: readonly string[],
  labels: Labels,
): StatusRecord[] {
  const { meta } = data;
  const un = new Set(UN_MEMBERS);
  return [...iso3s]
    .sort((a, b) => labels.country(a).localeCompare(labels.country(b)))
    .map((iso3) => {
      const s = statusOf(snapshot, iso3);
      const status = iso3 === 'AFG' ? 'afghanistan' : s.status;
      const since = iso3 === 'AFG' ? undefined : s.since;
      return {
        date: snapshot.date,
        iso3,
        country: labels.country(iso3),
        un_member: un.has(iso3),
        status,
        status_label: labels.status(status),
        since: since?.effectiveDate ?? null,
        since_precision: since?.precision ?? null,
        approximate: since ? s.approximate : null,
        confidence: since?.confidence ?? null,
        uncertain_from: s.doubt?.effectiveDate ?? null,
        event_id: since?.id ?? null,
        event_description: since?.description ?? null,
        source_urls: since ? join(since.sources.map((x) => x.url)) : null,
        data_release: meta.release,
        data_checked: meta.asOf,
        licence: `${meta.licence.name} (${meta.licence.url})`,
        cite: meta.cite,
      };
    });
}

export function eventRecords(data: Dataset, labels: Labels): EventRecord[] {
  const { meta } = data;
  return data.events.map((e: DatasetEvent) => ({
    id: e.id,
    date: e.date,
    precision: e.precision,
    effective_date: e.effectiveDate,
    end: e.end ?? null,
    iso3: e.country?.iso3 ?? null,
    iso_numeric: e.country?.numeric ?? null,
    entity: e.entity?.id ?? null,
    actor: e.country ? labels.country(e.country.iso3) : (e.entity?.name ?? null),
    status: e.status,
    type: e.type,
    description: e.description,
    confidence: e.confidence,
    note: e.note ?? null,
    source_urls: join(e.sources.map((s) => s.url)),
    source_outlets: join(e.sources.map((s) => s.outlet)),
    source_published: join(e.sources.map((s) => s.published)),
    data_release: meta.release,
    licence: `${meta.licence.name} (${meta.licence.url})`,
    cite: meta.cite,
  }));
}

/** The JSON downloads: the same records, with the citation and licence once at the top. */
export function jsonDocument(
  data: Dataset,
  kind: 'statuses' | 'events',
  date: IsoDate,
  records: unknown[],
) {
  const { meta } = data;
  return {
    title: meta.title,
    kind,
    date,
    release: meta.release,
    checked: meta.asOf,
    licence: meta.licence,
    cite: meta.cite,
    [kind]: records,
  };
}

/** File names say what and when: `recognition-statuses-2025-07-04.csv`. */
export function exportFileName(
  kind: 'statuses' | 'events' | 'map',
  date: IsoDate,
  extension: string,
  scale = 1,
) {
  return `recognition-${kind}-${date}${scale > 1 ? `@${scale}x` : ''}.${extension}`;
}

/** The filter and order the table shows (the link's `status` and `sort`). */
export interface Listing {
  status?: string;
  sort?: { column: 'country' | 'status' | 'since'; descending: boolean };
}

/** The table's statuses in its order: Afghanistan first, then strongest first. */
const RANK = ['afghanistan', 'recognized', 'ambassador', 'charge', 'contact', 'none', 'withdrawn'];

/**
 * The status records as the table lists them: only the status filtered on, in the table's
 * order (by status when none is given; ties by name, in `compareNames`' order), so that a
 * download holds what the reader sees.
 */
export function listedRecords(
  records: readonly StatusRecord[],
  listing: Listing,
  compareNames: (a: string, b: string) => number,
): StatusRecord[] {
  const name = (a: StatusRecord, b: StatusRecord) =>
    compareNames(String(a.country), String(b.country));
  const column = listing.sort?.column ?? 'status';
  const compare =
    column === 'country'
      ? name
      : column === 'status'
        ? (a: StatusRecord, b: StatusRecord) =>
            RANK.indexOf(String(a.status)) - RANK.indexOf(String(b.status)) || name(a, b)
        : (a: StatusRecord, b: StatusRecord) =>
            String(a.since ?? '9999').localeCompare(String(b.since ?? '9999')) || name(a, b);
  const out = records.filter((r) => !listing.status || r.status === listing.status).sort(compare);
  return listing.sort?.descending ? out.reverse() : out;
}
