import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/model/lesson.ts';
import { translationIssues } from '../../src/model/translation-checks.ts';
import { recordSources, translatedIds } from '../../src/model/translation-sources.ts';
import { parseTranslations, type Translations } from '../../src/model/translations.ts';
import { realDataset } from '../helpers/dataset.ts';

const data = realDataset();
const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8'));
const lesson = parseLesson(read('lessons/1.json'), data, 'data/lessons/1.json');
const lessons = new Map([[lesson.id, lesson]]);
const FILE = 'data/translations/fa.json';
const fa = parseTranslations(read('translations/fa.json'), data, FILE, 'fa');
const recorded = recordSources(translatedIds(fa), data, lessons);

describe('translationIssues(translations, dataset, lessons, recorded, file)', () => {
  it('finds nothing in a file that matches the lessons and the recorded English', () => {
    expect(translationIssues(fa, data, lessons, recorded, FILE)).toEqual([]);
  });

  it('names a lesson that does not exist, and one whose steps do not match', () => {
    const one = fa.lessons['1']!;
    const odd: Translations = {
      ...fa,
      lessons: { '1': { ...one, steps: one.steps.slice(1) }, '9': one },
    };
    const fields = translationIssues(odd, data, lessons, recorded, FILE).map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['lessons.1.steps', 'lessons.9']));
  });

  it('names a translation whose English changed since it was recorded', () => {
    const [first] = data.events;
    const changed = {
      ...data,
      events: data.events.map((e) => (e === first ? { ...e, description: 'Changed.' } : e)),
    };
    const issues = translationIssues(fa, changed, lessons, recorded, FILE);
    expect(issues.map((i) => [i.eventId, i.field])).toEqual([[first!.id, 'description']]);
  });
});
