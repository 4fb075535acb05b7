/**
 * Guided lessons: steps through the story, each with a date and map state, a caption in neutral
 * words whose sources are the dataset's events, and a question for the class. Lessons are data
 * (`data/lessons/<id>.json`), validated like the events: a teacher can edit one or write their
 * own without touching code.
 */
import * as v from 'valibot';
import { isIsoDate, type IsoDate } from './iso-date.ts';
import { placeDate, timelineOf } from './timeline.ts';
import { DatasetError, type Dataset, type DatasetEvent, type DatasetIssue } from './dataset.ts';

const text = (what: string) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} must not be empty`));

export const LessonStepSchema = v.strictObject({
  /** `YYYY-MM-DD`, or `today`. Absent on the step about the twenty-year gap. */
  date: v.optional(v.string('date must be a string')),
  /** The step about the twenty years with no Taliban government: a card over the 2001 map. */
  gap: v.optional(v.literal(true, 'gap must be true (or left out)')),
  region: v.optional(v.picklist(['world', 'asia'], 'region must be "world" or "asia"')),
  title: text('title'),
  caption: text('caption'),
  /** Ids of the dataset events the caption rests on: their sources are the step's sources. */
  events: v.pipe(
    v.array(v.string(), 'events must be a list of event ids'),
    v.minLength(1, 'a step needs at least one event as its source'),
  ),
  question: text('question'),
});

export const LessonSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/i, 'id: letters, digits and hyphens')),
  title: text('title'),
  summary: text('summary'),
  steps: v.pipe(
    v.array(LessonStepSchema, 'steps must be a list'),
    v.minLength(1, 'a lesson needs steps'),
  ),
});

export type RawLesson = v.InferOutput<typeof LessonSchema>;
export type RawLessonStep = v.InferOutput<typeof LessonStepSchema>;

export interface LessonStep extends Omit<RawLessonStep, 'events' | 'date' | 'gap'> {
  /** 1-based. */
  number: number;
  /** The day the map shows; for the gap step, the last day of era 1 (greyed, under a card). */
  date: IsoDate | 'today';
  gap: boolean;
  events: DatasetEvent[];
}

export interface Lesson extends Omit<RawLesson, 'steps'> {
  steps: LessonStep[];
}

/** Validate a lesson against its dataset; throws a DatasetError naming file, step and field. */
export function parseLesson(json: unknown, dataset: Dataset, file: string): Lesson {
  const issues: DatasetIssue[] = [];
  const fail = (field: string, message: string, step?: number) =>
    issues.push({
      severity: 'error',
      file,
      eventId: step === undefined ? undefined : `step ${step}`,
      field,
      message,
    });
  const parsed = v.safeParse(LessonSchema, json);
  if (!parsed.success) {
    for (const i of parsed.issues) {
      const path = (i.path ?? []).map((p) => String(p.key));
      const step = path[0] === 'steps' && path[1] !== undefined ? Number(path[1]) + 1 : undefined;
      fail(step === undefined ? path.join('.') : path.slice(2).join('.'), i.message, step);
    }
    throw new DatasetError(issues);
  }
  const byId = new Map(dataset.events.map((e) => [e.id, e]));
  // Any real day: lesson dates are checked against the eras, and era 2 is open-ended.
  const timeline = timelineOf(dataset, '9999-12-31');
  const era1End = dataset.meta.eras[0].end ?? '';
  const steps = parsed.output.steps.map((raw, i): LessonStep => {
    const number = i + 1;
    let date: IsoDate | 'today' = era1End;
    if (raw.gap) {
      if (raw.date !== undefined)
        fail('date', 'the gap step shows the 2001 map under a card: leave its date out', number);
    } else if (raw.date === 'today') date = 'today';
    else if (raw.date === undefined)
      fail('date', 'a step needs a date (YYYY-MM-DD or "today"), or "gap": true', number);
    else if (!isIsoDate(raw.date))
      fail(
        'date',
        `malformed date ${JSON.stringify(raw.date)} (write YYYY-MM-DD or "today")`,
        number,
      );
    else if (placeDate(timeline, raw.date).kind !== 'era')
      fail(
        'date',
        `date ${raw.date} is outside both eras: for the years between them use "gap": true`,
        number,
      );
    else date = raw.date;
    const events = raw.events.flatMap((id) => {
      const e = byId.get(id);
      if (!e) fail('events', `unknown event id "${id}"`, number);
      return e ? [e] : [];
    });
    return { ...raw, number, date, gap: raw.gap === true, events };
  });
  if (issues.length) throw new DatasetError(issues);
  return { ...parsed.output, steps };
}
