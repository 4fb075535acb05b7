/**
 * What each translation was made from. A translation is only as good as the English it renders:
 * when an event's description or a lesson's words change, a translation of the old words states
 * something the English no longer does. `data/translation-sources.json` records, per language, a
 * fingerprint of the English each translated text was made from; the validator compares it with
 * today's English and names every translation left behind. Only the validator and the build read
 * it: the page never loads it.
 */
import * as v from 'valibot';
import type { Dataset, DatasetIssue } from './dataset.ts';
import type { Lesson } from './lesson.ts';
import type { Translations } from './translations.ts';

const fingerprints = (what: string) =>
  v.record(
    v.string(),
    v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'a fingerprint is 16 hex digits')),
    `${what} must map ids to fingerprints`,
  );

export const SourceRecordSchema = v.strictObject({
  /** Event id → fingerprint of the English description the translation was made from. */
  events: fingerprints('events'),
  /** Lesson id → fingerprint of the lesson's English words the translation was made from. */
  lessons: fingerprints('lessons'),
});

/** Language → its record. */
export const TranslationSourcesSchema = v.record(
  v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'keys are language codes')),
  SourceRecordSchema,
);

export type SourceRecord = v.InferOutput<typeof SourceRecordSchema>;

/** The ids a translations file translates. */
export interface TranslatedIds {
  events: Iterable<string>;
  lessons: Iterable<string>;
}

export const translatedIds = (t: Translations): TranslatedIds => ({
  events: t.events.keys(),
  lessons: Object.keys(t.lessons),
});

/**
 * FNV-1a (64-bit) of the text's UTF-16 code units, as 16 hex digits. Not a secret, only a way to
 * notice that a text changed without keeping a copy of every English text per language.
 */
export function fingerprint(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Every word of a lesson a translation renders, in order. */
function lessonWords(lesson: Lesson): string {
  return [
    lesson.title,
    lesson.summary,
    ...lesson.steps.flatMap((s) => [s.title, s.caption, s.question]),
  ].join('\n');
}

/** The record for `ids` as the English stands today. */
export function recordSources(
  ids: TranslatedIds,
  dataset: Dataset,
  lessons: ReadonlyMap<string, Lesson>,
): SourceRecord {
  const descriptions = new Map(dataset.events.map((e) => [e.id, e.description]));
  const events = Object.fromEntries(
    [...ids.events].sort().flatMap((id) => {
      const english = descriptions.get(id);
      return english === undefined ? [] : [[id, fingerprint(english)]];
    }),
  );
  const lessonPrints = Object.fromEntries(
    [...ids.lessons].sort().flatMap((id) => {
      const lesson = lessons.get(id);
      return lesson ? [[id, fingerprint(lessonWords(lesson))]] : [];
    }),
  );
  return { events, lessons: lessonPrints };
}

/**
 * Translated texts whose English has changed since they were made, or whose source was never
 * recorded. Records of texts no longer translated are ignored (recording again drops them).
 */
export function checkTranslationSources(
  ids: TranslatedIds,
  dataset: Dataset,
  lessons: ReadonlyMap<string, Lesson>,
  recorded: SourceRecord | undefined,
  file: string,
  language: string,
): DatasetIssue[] {
  const now = recordSources(ids, dataset, lessons);
  const record = `then run \`npm run record:translations -- ${language}\``;
  const issues: DatasetIssue[] = [];
  const check = (kind: 'events' | 'lessons', id: string, print: string) => {
    const before = recorded?.[kind][id];
    if (before === print) return;
    const what = kind === 'events' ? 'description' : `lessons.${id}`;
    const english = kind === 'events' ? 'English description' : "lesson's English";
    issues.push({
      severity: 'error',
      file,
      ...(kind === 'events' ? { eventId: id } : {}),
      field: what,
      message:
        before === undefined
          ? `no record of the English it was translated from: check the translation against ` +
            `today's English, ${record}`
          : `the ${english} has changed since this was translated: update the translation and ` +
            `${record}, or remove it (readers then see the English)`,
    });
  };
  for (const [id, print] of Object.entries(now.events)) check('events', id, print);
  for (const [id, print] of Object.entries(now.lessons)) check('lessons', id, print);
  return issues;
}
