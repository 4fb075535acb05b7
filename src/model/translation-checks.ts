/**
 * The checks a parsed translations file gets beyond its own shape, in one place for the validator
 * (`npm run validate`) and the build. The page does not run them: it loads only translations.ts.
 */
import type { Dataset, DatasetIssue } from './dataset.ts';
import type { Lesson } from './lesson.ts';
import { checkLessonTranslation, type Translations } from './translations.ts';
import {
  checkTranslationSources,
  translatedIds,
  type SourceRecord,
} from './translation-sources.ts';

/**
 * Problems with a parsed translations file beyond its own shape, for the validator and the build
 * alike: lessons that do not exist or do not match step for step, and texts whose English has
 * changed since they were translated (`recorded`: data/translation-sources.json).
 */
export function translationIssues(
  translations: Translations,
  dataset: Dataset,
  lessons: ReadonlyMap<string, Lesson>,
  recorded: SourceRecord | undefined,
  file: string,
): DatasetIssue[] {
  const issues = Object.entries(translations.lessons).flatMap(([id, t]): DatasetIssue[] => {
    const lesson = lessons.get(id);
    if (lesson) return checkLessonTranslation(lesson, t, file);
    return [{ severity: 'error', file, field: `lessons.${id}`, message: 'no such lesson' }];
  });
  const ids = translatedIds(translations);
  const language = translations.language;
  issues.push(...checkTranslationSources(ids, dataset, lessons, recorded, file, language));
  return issues;
}
