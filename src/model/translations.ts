/**
 * Translations of the content (`data/translations/<lang>.json`): event descriptions and lessons
 * in another language. The English in the dataset stays the reference: a translation may only
 * cover events and lessons that exist, and readers can always see the original.
 */
import * as v from 'valibot';
import { DatasetError, type Dataset, type DatasetIssue } from './dataset.ts';
import type { Lesson } from './lesson.ts';

const text = (what: string) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} must not be empty`));

export const LessonTranslationSchema = v.strictObject({
  title: text('title'),
  summary: text('summary'),
  steps: v.array(
    v.strictObject({
      title: text('title'),
      caption: text('caption'),
      question: text('question'),
    }),
    'steps must be a list',
  ),
});

export const TranslationsSchema = v.strictObject({
  $schema: v.optional(v.string()),
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'language: a two- or three-letter code')),
  /** Event id → the description in this language. */
  events: v.record(v.string(), text('description'), 'events must map event ids to text'),
  /** Lesson id → the lesson's words in this language, step by step. */
  lessons: v.record(v.string(), LessonTranslationSchema, 'lessons must map lesson ids to text'),
});

export type LessonTranslation = v.InferOutput<typeof LessonTranslationSchema>;

export interface Translations {
  language: string;
  events: ReadonlyMap<string, string>;
  lessons: Readonly<Record<string, LessonTranslation>>;
}

/**
 * Validate a translations file against the dataset; throws a DatasetError naming the file, the
 * event and the field. `language` is the file's expected language.
 */
export function parseTranslations(
  json: unknown,
  dataset: Dataset,
  file: string,
  language: string,
): Translations {
  const issues: DatasetIssue[] = [];
  const fail = (field: string, message: string, eventId?: string) =>
    issues.push({ severity: 'error', file, eventId, field, message });
  const parsed = v.safeParse(TranslationsSchema, json);
  if (!parsed.success) {
    for (const i of parsed.issues) {
      const path = (i.path ?? []).map((p) => String(p.key));
      if (path[0] === 'events' && path[1] !== undefined) fail('description', i.message, path[1]);
      else fail(path.join('.'), i.message);
    }
    throw new DatasetError(issues);
  }
  const { output } = parsed;
  if (output.language !== language)
    fail('language', `says "${output.language}" but the file is for "${language}"`);
  const known = new Set(dataset.events.map((e) => e.id));
  for (const id of Object.keys(output.events))
    if (!known.has(id)) fail('events', 'no event in the dataset has this id', id);
  if (issues.length) throw new DatasetError(issues);
  return {
    language: output.language,
    events: new Map(Object.entries(output.events)),
    lessons: output.lessons,
  };
}

/** Problems with a lesson's translation: its steps must match the lesson's, one for one. */
export function checkLessonTranslation(
  lesson: Lesson,
  translation: LessonTranslation,
  file: string,
): DatasetIssue[] {
  if (translation.steps.length === lesson.steps.length) return [];
  return [
    {
      severity: 'error',
      file,
      field: `lessons.${lesson.id}.steps`,
      message: `has ${translation.steps.length} steps; the lesson has ${lesson.steps.length}`,
    },
  ];
}

/**
 * The lesson in the translation's words, or undefined when the translation does not match it
 * (the lesson then shows in English).
 */
export function translateLesson(
  lesson: Lesson,
  translation: LessonTranslation | undefined,
): Lesson | undefined {
  if (!translation || translation.steps.length !== lesson.steps.length) return undefined;
  return {
    ...lesson,
    title: translation.title,
    summary: translation.summary,
    steps: lesson.steps.map((step, i) => ({ ...step, ...translation.steps[i]! })),
  };
}
