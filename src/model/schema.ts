/**
 * The dataset's shape, as valibot schemas. Valibot validates with plain functions (no `eval`, no
 * `new Function`), so the page can run the same checks under a Content-Security-Policy without
 * `unsafe-eval`. `data/recognition.schema.json` is generated from these schemas for editors.
 *
 * This file checks shape and vocabulary; `dataset.ts` adds the checks that need the whole record
 * (dates against eras, codes against ISO 3166, order, duplicates).
 */
import * as v from 'valibot';
import { CONFIDENCES, EVENT_TYPES, PRECISIONS, STATUSES } from './statuses.ts';

const oneOf = (what: string, values: readonly string[]) => (issue: v.BaseIssue<unknown>) =>
  `unknown ${what} ${JSON.stringify(issue.input)} (expected one of: ${values.join(', ')})`;

const text = (what: string) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} must not be empty`));

/** Shape only; `dataset.ts` checks that the date exists and fits its precision. */
const partialDate = (what: string) =>
  v.pipe(
    v.string(`${what} must be a string`),
    v.regex(
      /^\d{4}(-\d{2}(-\d{2})?)?$/,
      (issue) =>
        `malformed ${what} ${JSON.stringify(issue.input)} (write YYYY, YYYY-MM or YYYY-MM-DD)`,
    ),
  );

const fullDate = (what: string) =>
  v.pipe(
    v.string(`${what} must be a string`),
    v.regex(
      /^\d{4}-\d{2}-\d{2}$/,
      (issue) => `malformed ${what} ${JSON.stringify(issue.input)} (write YYYY-MM-DD)`,
    ),
  );

export const SourceSchema = v.strictObject({
  url: v.pipe(v.string('url must be a string'), v.nonEmpty('url must not be empty')),
  outlet: text('outlet'),
  /** Free text: the fact sheet has "n.d." and partial dates. */
  published: text('published'),
});

export const CountryRefSchema = v.strictObject({
  iso3: v.pipe(
    v.string(),
    v.regex(/^[A-Z]{3}$/, (i) => `malformed ISO alpha-3 code ${JSON.stringify(i.input)}`),
  ),
  numeric: v.pipe(
    v.string('numeric code must be a zero-padded string, as world-atlas writes it ("004")'),
    v.regex(
      /^\d{3}$/,
      (i) => `malformed ISO numeric code ${JSON.stringify(i.input)} (three digits, zero-padded)`,
    ),
  ),
});

export const EntitySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'entity id must be lower-case kebab-case')),
  name: text('entity name'),
});

export const EventSchema = v.strictObject({
  id: v.pipe(
    v.string('id must be a string'),
    v.regex(
      /^[a-z0-9][a-z0-9-]*$/,
      (i) => `malformed id ${JSON.stringify(i.input)} (lower-case letters, digits and hyphens)`,
    ),
  ),
  date: partialDate('date'),
  precision: v.picklist(PRECISIONS, oneOf('precision', PRECISIONS)),
  /** The day the event takes effect on the map, when it is not the first day of `date`. */
  effective: v.optional(fullDate('effective date')),
  /** For a fact that spans a period: its last year, month or day. */
  end: v.optional(partialDate('end date')),
  country: v.optional(CountryRefSchema),
  entity: v.optional(EntitySchema),
  status: v.nullable(v.picklist(STATUSES, oneOf('status', STATUSES))),
  type: v.picklist(EVENT_TYPES, oneOf('event type', EVENT_TYPES)),
  description: text('description'),
  sources: v.pipe(
    v.array(SourceSchema, 'sources must be a list'),
    v.minLength(1, 'missing source: every event needs at least one'),
  ),
  confidence: v.picklist(CONFIDENCES, oneOf('confidence', CONFIDENCES)),
  note: v.optional(text('note')),
  /** From this event on, the country's status is in doubt; the note says why. */
  castsDoubt: v.optional(v.boolean('castsDoubt must be true or false')),
});

export const EraSchema = v.strictObject({
  id: v.picklist([1, 2] as const, 'era id must be 1 or 2'),
  start: fullDate('era start'),
  /** `null`: the era runs to today. */
  end: v.nullable(fullDate('era end')),
});

export const CorrectionSchema = v.strictObject({
  release: fullDate('correction release'),
  text: text('correction text'),
});

export const MetaSchema = v.strictObject({
  title: text('title'),
  /** The day the data was last checked against sources. */
  asOf: fullDate('asOf'),
  /** The release this file is (and its name under `data/releases/`). */
  release: fullDate('release'),
  licence: v.strictObject({ name: text('licence name'), url: text('licence url') }),
  cite: text('cite'),
  eras: v.tuple([EraSchema, EraSchema], 'eras must list exactly two eras'),
  unSeat: v.array(
    v.strictObject({ period: text('period'), holder: text('holder'), note: text('note') }),
  ),
  openQuestions: v.array(text('open question')),
  corrections: v.array(CorrectionSchema),
});

/** The whole file. `dataset.ts` checks events one by one, to report each one's errors. */
export const DatasetSchema = v.strictObject({
  $schema: v.optional(v.string()),
  meta: MetaSchema,
  events: v.array(EventSchema, 'events must be a list'),
});

export type RawEvent = v.InferOutput<typeof EventSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type CountryRef = v.InferOutput<typeof CountryRefSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type DatasetMeta = v.InferOutput<typeof MetaSchema>;
export type Era = v.InferOutput<typeof EraSchema>;
