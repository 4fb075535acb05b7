/** The content translations in data/translations against the dataset and the lessons. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/model/index.ts';
import { checkLessonTranslation, parseTranslations } from '../../src/model/translations.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { validateDataFiles } from '../../scripts/validate-data-files.ts';

// The data as `npm run validate` and the build read it.
const check = validateDataFiles();
const data = check.live!;
const lesson = check.lessons.get('1')!;
const files = readdirSync(new URL('../../data/translations/', import.meta.url)).filter((f) =>
  f.endsWith('.json'),
);
const load = (lang: string) => check.translations.get(lang)!;
const findings = (lang: string) =>
  check.files.find((f) => f.file === `data/translations/${lang}.json`)!.issues.map(formatIssue);

/** Persian, Arabic-Indic and Latin digits read alike; Chinese years sit beside 年. */
const latinDigits = (s: string) =>
  s.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));

describe('data/translations', () => {
  it('has a file for every language but English, and nothing else', () => {
    expect(files.sort()).toEqual(
      LANGS.filter((l) => l !== 'en')
        .map((l) => `${l}.json`)
        .sort(),
    );
  });

  it.each(files.map((f) => f.slice(0, -5)))(
    '%s: valid, with lesson 1 step for step and the English it was made from',
    (lang) => {
      expect(findings(lang)).toEqual([]);
      const t = load(lang);
      expect(t.lessons['1']).toBeDefined();
      expect(checkLessonTranslation(lesson, t.lessons['1']!, lang)).toEqual([]);
    },
  );

  it.each(['fa', 'ps', 'ru', 'zh', 'ar'])('%s translates every event description', (lang) => {
    const t = load(lang);
    expect(data.events.filter((e) => !t.events.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it.each(['fa', 'ps', 'ru', 'zh', 'ar'])(
    '%s keeps the years and figures of every description',
    (lang) => {
      const t = load(lang);
      const lost = data.events.flatMap((e) => {
        const translated = latinDigits(t.events.get(e.id) ?? '');
        const years = e.description.match(/\b(19|20)\d\d\b/g) ?? [];
        return years.filter((y) => !translated.includes(y)).map((y) => `${e.id}: ${y}`);
      });
      expect(lost).toEqual([]);
    },
  );
});

describe('parseTranslations', () => {
  const minimal = { language: 'fa', events: {}, lessons: {} };

  it('names the file, the event and the field of an unknown event or empty text', () => {
    const bad = { ...minimal, events: { 'no-such-event': 'متن', [data.events[0]!.id]: '  ' } };
    expect(() => parseTranslations(bad, data, 'data/translations/fa.json', 'fa')).toThrow(
      /data\/translations\/fa\.json, event "[^"]+", field "description": description must not be empty/,
    );
    const unknown = { ...minimal, events: { 'no-such-event': 'متن' } };
    expect(() => parseTranslations(unknown, data, 'data/translations/fa.json', 'fa')).toThrow(
      'data/translations/fa.json, event "no-such-event", field "events": no event in the dataset has this id',
    );
  });

  it('refuses a file that says it is another language', () => {
    expect(() => parseTranslations(minimal, data, 'data/translations/ps.json', 'ps')).toThrow(
      'says "fa" but the file is for "ps"',
    );
  });

  it('finds a lesson translation whose steps do not match the lesson', () => {
    const t = { title: 'x', summary: 'x', steps: [{ title: 'x', caption: 'x', question: 'x' }] };
    expect(checkLessonTranslation(lesson, t, 'f.json')).toEqual([
      expect.objectContaining({
        field: 'lessons.1.steps',
        message: 'has 1 steps; the lesson has 12',
      }),
    ]);
  });
});
