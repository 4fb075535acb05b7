/**
 * Parsing and validation of the dataset. One validator serves the build, `npm run validate`, the
 * tests and the page: each finding names the file, the event and the field.
 */
import * as v from 'valibot';
import { countryByAlpha3 } from './countries.ts';
import { firstDayOf, isIsoDate, lastDayOf, parsePartialDate, type IsoDate } from './iso-date.ts';
import { EventSchema, MetaSchema, type DatasetMeta, type RawEvent } from './schema.ts';
import type { Precision } from './statuses.ts';

export interface DatasetIssue {
  severity: 'error' | 'warning';
  file: string;
  /** The event's id, or `#index` when it has none; absent for dataset-level findings. */
  eventId?: string;
  /** Dotted path of the field inside the event (or the dataset). */
  field: string;
  message: string;
}

/** A validated event, with the values the model derives from it. */
export interface DatasetEvent extends RawEvent {
  /** The day the event takes effect on the map. */
  effectiveDate: IsoDate;
  /** Last day the fact holds, for a fact with an `end`. */
  endDate?: IsoDate;
  /** Not dated to the day: the interface says "around" or "by". */
  approximate: boolean;
  era: 1 | 2;
  /** Position in the file, which is date order. */
  index: number;
}

export interface Dataset {
  meta: DatasetMeta;
  events: readonly DatasetEvent[];
  /** Findings that do not make the dataset invalid (plain `http` sources). */
  warnings: readonly DatasetIssue[];
}

export function formatIssue(issue: DatasetIssue): string {
  const where = [
    issue.file,
    issue.eventId && `event "${issue.eventId}"`,
    issue.field && `field "${issue.field}"`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${issue.severity === 'warning' ? 'warning: ' : ''}${where}: ${issue.message}`;
}

export class DatasetError extends Error {
  readonly issues: readonly DatasetIssue[];
  constructor(issues: readonly DatasetIssue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(
      `The dataset is invalid (${errors.length} ${errors.length === 1 ? 'error' : 'errors'}):\n` +
        errors.map((i) => `  ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'DatasetError';
    this.issues = issues;
  }
}

const pathOf = (issue: v.BaseIssue<unknown>) =>
  (issue.path ?? []).map((p) => String(p.key)).join('.');

const TOP_LEVEL_KEYS = ['$schema', 'meta', 'events'];

const PRECISION_FORM: Partial<Record<Precision, 'day' | 'month' | 'year'>> = {
  day: 'day',
  month: 'month',
  year: 'year',
};

/**
 * Validate `json` (the parsed file) and return the dataset, or throw a {@link DatasetError} that
 * lists every error found. `file` is the name used in messages.
 */
export function parseDataset(json: unknown, file = 'data/recognition.json'): Dataset {
  const issues: DatasetIssue[] = [];
  const error = (field: string, message: string, eventId?: string) =>
    issues.push({ severity: 'error', file, eventId, field, message });

  const top = v.safeParse(v.looseObject({ meta: v.unknown(), events: v.unknown() }), json);
  if (!top.success) {
    error('', 'the dataset must be a JSON object with "meta" and "events"');
    throw new DatasetError(issues);
  }
  for (const key of Object.keys(top.output))
    if (!TOP_LEVEL_KEYS.includes(key)) error(key, `unknown field "${key}"`);

  const meta = v.safeParse(MetaSchema, top.output.meta);
  if (!meta.success) {
    for (const i of meta.issues) error(`meta.${pathOf(i)}`, i.message);
    throw new DatasetError(issues);
  }
  const eras = checkEras(meta.output, error);
  if (!Array.isArray(top.output.events)) {
    error('events', 'events must be a list');
    throw new DatasetError(issues);
  }

  const events: DatasetEvent[] = [];
  const seen = new Set<string>();
  let previous: DatasetEvent | undefined;
  top.output.events.forEach((raw: unknown, index: number) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const eventId = typeof rawId === 'string' && rawId ? rawId : `#${index}`;
    const fail = (field: string, message: string) => error(field, message, eventId);

    const parsed = v.safeParse(EventSchema, raw);
    if (!parsed.success) {
      for (const i of parsed.issues) fail(pathOf(i), i.message);
      return;
    }
    const e = parsed.output;
    if (seen.has(e.id)) fail('id', `duplicate id "${e.id}"`);
    seen.add(e.id);

    const dated = checkDates(e, fail);
    checkActor(e, fail);
    checkSources(e, fail, (field, message) =>
      issues.push({ severity: 'warning', file, eventId, field, message }),
    );
    if (!dated) return;

    const era = eras && eraContaining(eras, meta.output.asOf, dated.effectiveDate);
    if (eras && !era) {
      const coarse = e.precision !== 'day' && !e.effective;
      fail(
        e.effective ? 'effective' : 'date',
        `date ${dated.effectiveDate} is outside both eras (${eras[0].start} – ${eras[0].end}, ` +
          `${eras[1].start} – ${eras[1].end ?? meta.output.asOf})` +
          (coarse
            ? '; a coarse date that begins before an era needs an "effective" date inside it'
            : ''),
      );
      return;
    }
    const event: DatasetEvent = { ...e, ...dated, era: era ?? 1, index };
    if (previous && event.effectiveDate < previous.effectiveDate) {
      fail(
        'date',
        `events out of date order: takes effect ${event.effectiveDate}, before "${previous.id}" (${previous.effectiveDate}) listed above it`,
      );
    }
    previous = event;
    events.push(event);
  });

  if (issues.some((i) => i.severity === 'error')) throw new DatasetError(issues);
  return { meta: meta.output, events, warnings: issues };
}

type Fail = (field: string, message: string) => void;
type ResolvedEra = { id: 1 | 2; start: IsoDate; end: IsoDate | null };

function checkEras(
  meta: DatasetMeta,
  error: Fail,
): readonly [ResolvedEra, ResolvedEra] | undefined {
  const [one, two] = meta.eras;
  const dates = [one.start, one.end, two.start, two.end, meta.asOf].filter(
    (d): d is string => d !== null,
  );
  const bad = dates.find((d) => !isIsoDate(d));
  if (bad) {
    error('meta.eras', `malformed date ${bad}`);
    return undefined;
  }
  if (one.id !== 1 || two.id !== 2) error('meta.eras', 'eras must be listed as era 1, then era 2');
  else if (!one.end || !(one.start <= one.end && one.end < two.start))
    error('meta.eras', 'era 1 must end before era 2 starts');
  else if (two.end !== null && two.end < two.start)
    error('meta.eras', 'era 2 ends before it starts');
  else if (meta.asOf < two.start) error('meta.asOf', `asOf ${meta.asOf} is before era 2 starts`);
  else return [one, two];
  return undefined;
}

function eraContaining(
  eras: readonly [ResolvedEra, ResolvedEra],
  asOf: IsoDate,
  date: IsoDate,
): 1 | 2 | undefined {
  for (const era of eras) {
    const end = era.end ?? asOf;
    if (date >= era.start && date <= end) return era.id;
  }
  return undefined;
}

function checkDates(
  e: RawEvent,
  fail: Fail,
): { effectiveDate: IsoDate; endDate?: IsoDate; approximate: boolean } | undefined {
  const written = parsePartialDate(e.date);
  if (!written) {
    fail('date', `malformed date ${JSON.stringify(e.date)}: not a calendar date`);
    return undefined;
  }
  const form = PRECISION_FORM[e.precision];
  if (form && written.written !== form) {
    fail(
      'precision',
      `precision "${e.precision}" does not match the date ${e.date} (written to the ${written.written})`,
    );
    return undefined;
  }
  let effectiveDate = firstDayOf(e.date);
  if (e.effective !== undefined) {
    if (!isIsoDate(e.effective)) {
      fail(
        'effective',
        `malformed effective date ${JSON.stringify(e.effective)}: not a calendar date`,
      );
      return undefined;
    }
    if (e.precision === 'day') {
      fail('effective', 'an event dated to the day takes effect on that day: remove "effective"');
      return undefined;
    }
    const lower = e.precision === 'no-later-than' ? '0000-01-01' : firstDayOf(e.date);
    if (e.effective < lower || e.effective > lastDayOf(e.date)) {
      fail('effective', `effective date ${e.effective} is outside the period ${e.date}`);
      return undefined;
    }
    effectiveDate = e.effective;
  } else if (e.precision === 'no-later-than') {
    fail('effective', 'a "no-later-than" event needs an effective date: its earliest source');
    return undefined;
  }
  let endDate: IsoDate | undefined;
  if (e.end !== undefined) {
    if (!parsePartialDate(e.end)) {
      fail('end', `malformed end date ${JSON.stringify(e.end)}: not a calendar date`);
      return undefined;
    }
    endDate = lastDayOf(e.end);
    if (endDate < effectiveDate) {
      fail('end', `end ${e.end} is before the event takes effect (${effectiveDate})`);
      return undefined;
    }
  }
  return { effectiveDate, endDate, approximate: e.precision !== 'day' };
}

function checkActor(e: RawEvent, fail: Fail): void {
  if (e.country && e.entity) {
    fail('country', 'an event has either a country or an entity, not both');
    return;
  }
  if (!e.country && !e.entity) {
    fail('country', 'an event needs a country (ISO codes) or an entity (id and name)');
    return;
  }
  if (e.entity && e.status !== null) {
    fail(
      'status',
      `entity "${e.entity.id}" is not on the map: its events set no status (use null)`,
    );
  }
  if (e.country) {
    const known = countryByAlpha3(e.country.iso3);
    if (!known)
      fail('country.iso3', `unknown country code "${e.country.iso3}" (not in ISO 3166-1)`);
    else if (known.numeric !== e.country.numeric)
      fail(
        'country.numeric',
        `numeric code "${e.country.numeric}" does not match ${e.country.iso3} (ISO 3166-1 gives "${known.numeric}")`,
      );
    else if (e.country.iso3 === 'AFG' && e.status !== null)
      fail('status', "Afghanistan's own events are context: they set no status (use null)");
  }
}

function checkSources(e: RawEvent, fail: Fail, warn: Fail): void {
  e.sources.forEach((s, i) => {
    let url: URL | undefined;
    try {
      url = new URL(s.url);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
      fail(`sources.${i}.url`, `source URL ${JSON.stringify(s.url)} is not an http(s) address`);
    else if (url.protocol === 'http:') warn(`sources.${i}.url`, `plain http source URL: ${s.url}`);
  });
}
