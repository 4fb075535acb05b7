import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLesson, type Lesson } from '../../src/model/lesson.ts';
import {
  checkTranslationSources,
  fingerprint,
  recordSources,
  translatedIds,
  type SourceRecord,
} from '../../src/model/translation-sources.ts';
import { parseTranslations } from '../../src/model/translations.ts';
import type { Dataset } from '../../src/model/index.ts';
import { realDataset } from '../helpers/dataset.ts';

const data = realDataset();
const lesson = parseLesson(
  JSON.parse(readFileSync(new URL('../../data/lessons/1.json', import.meta.url), 'utf8')),
  data,
  'data/lessons/1.json',
);
const lessons = new Map([[lesson.id, lesson]]);
const [first, second] = data.events;
const ids = { events: [first!.id, second!.id], lessons: ['1'] };
const FILE = 'data/translations/fa.json';

/** The dataset with one event's English description changed. */
function withDescription(id: string, description: string): Dataset {
  return { ...data, events: data.events.map((e) => (e.id === id ? { ...e, description } : e)) };
}

describe('fingerprint(text)', () => {
  it('is FNV-1a 64 (the published test vectors), as 16 hex digits', () => {
    expect(fingerprint('')).toBe('cbf29ce484222325');
    expect(fingerprint('a')).toBe('af63dc4c8601ec8c');
    expect(fingerprint('foobar')).toBe('85944171f73967e8');
  });

  it('changes with a single character', () => {
    expect(fingerprint('recognised on 3 July 2025')).not.toBe(
      fingerprint('recognised on 4 July 2025'),
    );
  });
});

describe('checkTranslationSources(ids, dataset, lessons, recorded, file, language)', () => {
  const recorded = recordSources(ids, data, lessons);

  it('finds nothing while the English is the one recorded', () => {
    expect(checkTranslationSources(ids, data, lessons, recorded, FILE, 'fa')).toEqual([]);
  });

  it('names the file, the event and the field when an English description changes', () => {
    const changed = withDescription(second!.id, `${second!.description} Corrected.`);
    const issues = checkTranslationSources(ids, changed, lessons, recorded, FILE, 'fa');
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'error', file: FILE, eventId: second!.id }),
    ]);
    expect(issues[0]!.field).toBe('description');
    expect(issues[0]!.message).toMatch(/has changed since this was translated/);
    expect(issues[0]!.message).toMatch(/npm run record:translations -- fa/);
  });

  it("names the lesson when a lesson's English words change", () => {
    const step = { ...lesson.steps[2]!, question: `${lesson.steps[2]!.question} Why?` };
    const edited: Lesson = { ...lesson, steps: lesson.steps.with(2, step) };
    const issues = checkTranslationSources(
      ids,
      data,
      new Map([['1', edited]]),
      recorded,
      FILE,
      'fa',
    );
    expect(issues.map((i) => [i.field, i.eventId])).toEqual([['lessons.1', undefined]]);
  });

  it('asks for a record when a translated text has none', () => {
    const issues = checkTranslationSources(ids, data, lessons, undefined, FILE, 'fa');
    expect(issues).toHaveLength(3);
    expect(issues.every((i) => /no record of the English/.test(i.message))).toBe(true);
  });

  it('ignores records of texts the file no longer translates', () => {
    const fewer = { events: [first!.id], lessons: [] };
    expect(checkTranslationSources(fewer, data, lessons, recorded, FILE, 'fa')).toEqual([]);
  });
});

describe('data/translation-sources.json', () => {
  const sources = JSON.parse(
    readFileSync(new URL('../../data/translation-sources.json', import.meta.url), 'utf8'),
  ) as Record<string, SourceRecord>;
  const dir = new URL('../../data/translations/', import.meta.url);
  const languages = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length));

  it.each(languages)('%s: every translated text is recorded, from today’s English', (lang) => {
    const file = `data/translations/${lang}.json`;
    const json: unknown = JSON.parse(readFileSync(new URL(`${lang}.json`, dir), 'utf8'));
    const translations = parseTranslations(json, data, file, lang);
    expect(
      checkTranslationSources(
        translatedIds(translations),
        data,
        lessons,
        sources[lang],
        file,
        lang,
      ),
    ).toEqual([]);
  });
});
