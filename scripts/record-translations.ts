/**
 * `npm run record:translations -- <lang>…`: after checking or updating a language's translations
 * against today's English, records the English they now render (data/translation-sources.json),
 * so that the validator notices when that English changes again. Name the languages you checked:
 * recording a language you did not check would hide its out-of-date translations.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseDataset } from '../src/model/index.ts';
import { parseLesson, type Lesson } from '../src/model/lesson.ts';
import { parseTranslations } from '../src/model/translations.ts';
import { recordSources, translatedIds } from '../src/model/translation-sources.ts';
import { dataFiles, translationLanguage } from './data-files.ts';
import { SOURCES_FILE, readTranslationSources } from './translation-sources.ts';

const languages = process.argv.slice(2);
const available = dataFiles('translations').map(translationLanguage);
const unknown = languages.filter((l) => !available.includes(l));
if (languages.length === 0 || unknown.length > 0) {
  console.error(
    `${unknown.length ? `No translations file for: ${unknown.join(', ')}. ` : ''}` +
      `Usage: npm run record:translations -- <language>… (of ${available.join(', ')})`,
  );
  process.exit(1);
}

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const dataset = parseDataset(read('data/recognition.json'), 'data/recognition.json');
const lessons = new Map<string, Lesson>();
for (const name of dataFiles('lessons')) {
  const lesson = parseLesson(read(`data/${name}`), dataset, `data/${name}`);
  lessons.set(lesson.id, lesson);
}

const sources = readTranslationSources();
for (const lang of languages) {
  const file = `data/translations/${lang}.json`;
  const translations = parseTranslations(read(file), dataset, file, lang);
  sources[lang] = recordSources(translatedIds(translations), dataset, lessons);
  const { events, lessons: recorded } = sources[lang];
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  console.log(
    `${file}: recorded the English of ${count(Object.keys(events).length, 'description')} and ` +
      `${count(Object.keys(recorded).length, 'lesson')}`,
  );
}
const sorted = Object.fromEntries(Object.entries(sources).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(SOURCES_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
