/**
 * The data as researchers' tools read it: `datapackage.json` (a Frictionless Data Package) at the
 * site's root, describing the dataset's JSON, a CSV of every event (one row per event, its
 * sources joined with " | ") and a CSV of every country's status on the build's day, with field
 * schemas that match the CSV headers (the Share panel's own columns, src/export/tables.ts), the
 * licence, the sources and the data release as its version. The CSVs are the Share panel's
 * downloads, formula-escaped by src/export/csv.ts, without the byte-order mark spreadsheets want. CITATION.cff is published beside them.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { CONFIDENCES, EVENT_TYPES, PRECISIONS, STATUSES } from '../src/model/index.ts';
import { toCsv } from '../src/export/csv.ts';
import {
  EVENT_COLUMNS,
  STATUS_COLUMNS,
  eventRecords,
  statusRecords,
} from '../src/export/tables.ts';
import { tableLabels } from '../src/elements/rm-share-panel/share-files.ts';
import { buildData, type BuildData, type BuildOptions } from './build-data.ts';
import { PROVIDER_NAME } from './oembed-plugin.ts';
import { SITE_FILES } from './site-address.ts';

export interface DataPackageOptions extends BuildOptions {
  /** The citation file published beside the data. */
  citationFile?: string;
}

type FieldType = 'string' | 'date' | 'boolean';
interface Field {
  name: string;
  type: FieldType;
  description: string;
  constraints?: { enum?: readonly string[]; required?: boolean; pattern?: string };
}

const field = (
  name: string,
  type: FieldType,
  description: string,
  constraints?: Field['constraints'],
): Field => ({ name, type, description, ...(constraints ? { constraints } : {}) });

const LICENCE_COLUMN = "The data's licence, with its address.";
const CITE_COLUMN = 'How to cite the data.';
const SOURCES_JOIN = 'joined with " | "';

/** The events CSV's fields, in the order of its columns. */
export const EVENT_FIELDS: readonly Field[] = [
  field('id', 'string', "The event's id in the dataset.", { required: true }),
  field(
    'date',
    'string',
    'The date as precise as the sources allow: YYYY-MM-DD, YYYY-MM or YYYY.',
    {
      required: true,
      pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?',
    },
  ),
  field('precision', 'string', 'How precise the date is.', { enum: PRECISIONS }),
  field('effective_date', 'date', 'The day the map applies the event from.'),
  field('end', 'string', "When the event's effect ended, if it did."),
  field('iso3', 'string', "The country's ISO 3166-1 alpha-3 code (empty for an entity)."),
  field('iso_numeric', 'string', "The country's ISO 3166-1 numeric code."),
  field('entity', 'string', 'An actor that is not a country on the map (the UN, Ichkeria).'),
  field('actor', 'string', "The country's or entity's name, in English."),
  field('status', 'string', 'The status the event sets on the map (empty: none).', {
    enum: STATUSES,
  }),
  field('type', 'string', 'What kind of event it is.', { enum: EVENT_TYPES }),
  field('description', 'string', 'One neutral sentence, in English.'),
  field('confidence', 'string', 'How well the sources support the event.', { enum: CONFIDENCES }),
  field('note', 'string', 'What the sources leave open.'),
  field('source_urls', 'string', `The sources' addresses, ${SOURCES_JOIN}.`),
  field('source_outlets', 'string', `The sources' outlets, ${SOURCES_JOIN}.`),
  field('source_published', 'string', `When each source was published, ${SOURCES_JOIN}.`),
  field('data_release', 'date', 'The data release.'),
  field('licence', 'string', LICENCE_COLUMN),
  field('cite', 'string', CITE_COLUMN),
];

/** The statuses CSV's fields, in the order of its columns. */
export const STATUS_FIELDS: readonly Field[] = [
  field('date', 'date', 'The day described.', { required: true }),
  field('iso3', 'string', "The country's ISO 3166-1 alpha-3 code.", { required: true }),
  field('country', 'string', "The country's name, in English."),
  field('un_member', 'boolean', 'Whether it is a UN member state.'),
  field('status', 'string', 'Its status on the day (afghanistan: Afghanistan itself).', {
    enum: [...STATUSES, 'afghanistan'],
  }),
  field('status_label', 'string', "The status's name, in English."),
  field('since', 'date', 'The day its status took effect.'),
  field('since_precision', 'string', 'How precise the date of that event is.', {
    enum: PRECISIONS,
  }),
  field('approximate', 'boolean', 'Whether that date is approximate.'),
  field('confidence', 'string', 'How well the sources support that event.', { enum: CONFIDENCES }),
  field('uncertain_from', 'date', 'From when a later event casts doubt on the status.'),
  field('event_id', 'string', "The event that set the status (the events CSV's id)."),
  field('event_description', 'string', "That event's description, in English."),
  field('source_urls', 'string', `That event's sources' addresses, ${SOURCES_JOIN}.`),
  field('data_release', 'date', 'The data release.'),
  field('data_checked', 'date', 'When the data was last checked against the sources.'),
  field('licence', 'string', LICENCE_COLUMN),
  field('cite', 'string', CITE_COLUMN),
];

/** The two CSVs' text: every event, and every country's status on the build's day. */
export function csvFiles(data: BuildData): { events: string; statuses: string } {
  const labels = tableLabels(data.t);
  const events = eventRecords(data.dataset, labels);
  const iso3s = [...new Set(data.shapes.flatMap((s) => (s.iso3 ? [s.iso3] : [])))];
  const statuses = statusRecords(data.dataset, data.snapshot, iso3s, labels);
  return {
    events: toCsv(
      EVENT_COLUMNS,
      events.map((r) => EVENT_COLUMNS.map((c) => r[c])),
      { bom: false },
    ),
    statuses: toCsv(
      STATUS_COLUMNS,
      statuses.map((r) => STATUS_COLUMNS.map((c) => r[c])),
      { bom: false },
    ),
  };
}

const csvResource = (
  name: string,
  path: string,
  title: string,
  fields: readonly Field[],
  key: string[],
) => ({
  name,
  path,
  profile: 'tabular-data-resource',
  title,
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  dialect: {
    delimiter: ',',
    lineTerminator: '\r\n',
    quoteChar: '"',
    doubleQuote: true,
    header: true,
  },
  schema: { fields, primaryKey: key, missingValues: [''] },
});

/** The data package's descriptor. */
export function dataPackage(data: BuildData, site?: string) {
  const { meta, events } = data.dataset;
  const outlets = [...new Set(events.flatMap((e) => e.sources.map((s) => s.outlet)))].sort();
  return {
    profile: 'data-package',
    name: 'recognition-map',
    title: meta.title,
    description: `${meta.cite} Every event, with its date, country, status, description and sources; every country's status on ${data.today}.`,
    version: meta.release,
    ...(site ? { homepage: site } : {}),
    keywords: ['Afghanistan', 'Taliban', 'diplomatic recognition', 'international relations'],
    licenses: [{ name: 'CC-BY-4.0', path: meta.licence.url, title: meta.licence.name }],
    contributors: [{ title: PROVIDER_NAME, role: 'author' }],
    sources: outlets.map((title) => ({ title })),
    resources: [
      {
        name: 'recognition',
        path: SITE_FILES.dataset,
        profile: 'data-resource',
        title: 'The dataset, as the map reads it',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
      csvResource(
        'recognition-events',
        SITE_FILES.eventsCsv,
        'Every event, with its sources',
        EVENT_FIELDS,
        ['id'],
      ),
      csvResource(
        'recognition-statuses',
        SITE_FILES.statusesCsv,
        `Every country's status on ${data.today}`,
        STATUS_FIELDS,
        ['iso3'],
      ),
    ],
  };
}

export function dataPackagePlugin(options: DataPackageOptions = {}): Plugin {
  return {
    name: 'data-package',
    apply: 'build',
    generateBundle() {
      const data = buildData(options.dir, options.today);
      const csv = csvFiles(data);
      const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
      this.emitFile({ type: 'asset', fileName: SITE_FILES.eventsCsv, source: csv.events });
      this.emitFile({ type: 'asset', fileName: SITE_FILES.statusesCsv, source: csv.statuses });
      this.emitFile({
        type: 'asset',
        fileName: SITE_FILES.dataPackage,
        source: json(dataPackage(data, options.site)),
      });
      this.emitFile({
        type: 'asset',
        fileName: SITE_FILES.citation,
        source: readFileSync(options.citationFile ?? 'CITATION.cff', 'utf8'),
      });
    },
  };
}
