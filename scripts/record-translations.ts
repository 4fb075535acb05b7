/**
 * `npm run record:translations -- <lang>…`: after checking or updating a language's translations
 * against today's English, records the English they now render (data/translation-sources.json),
 * so that the validator notices when that English changes again. Name the languages you checked:
 * recording a language you did not check would hide its out-of-date translations.
 */
import { writeFileSync } from 'node:fs';
import { DatasetError } from '../src/model/index.ts';
import { recordSources, translatedIds } from '../src/model/translation-sources.ts';
import { dataFiles, translationLanguage } from './data-files.ts';
import { SOURCES_FILE, readTranslationSources } from './translation-sources.ts';
import { validateDataFiles } from './validate-data-files.ts';

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

// Recording needs the dataset, the lessons and the named languages' files to be valid; the other
// findings of their check (English changed since a text was translated) are what recording is for.
const check = validateDataFiles();
const broken = check.files.filter(
  (f) =>
    (f.kind === 'dataset' && f.name === 'recognition.json' && !f.dataset) ||
    (f.kind === 'lesson' && !f.lesson) ||
    (f.kind === 'translations' && languages.includes(f.language) && !f.translations),
);
if (broken.length) {
  for (const f of broken) if (f.issues.length) console.error(new DatasetError(f.issues).message);
  process.exit(1);
}
const dataset = check.live!;
const lessons = check.lessons;

const sources = readTranslationSources();
for (const lang of languages) {
  const file = `data/translations/${lang}.json`;
  const translations = check.translations.get(lang)!;
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
