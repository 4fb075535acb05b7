/**
 * `npm run validate`: checks the dataset and every pinned release with the same validator the page
 * uses, and that the published JSON Schema is current. Exits non-zero on any error.
 */
import { readFileSync, existsSync } from 'node:fs';
import { DatasetError, formatIssue, parseDataset, type Dataset } from '../src/model/index.ts';
import { parseLesson, type Lesson } from '../src/model/lesson.ts';
import { parseTranslations } from '../src/model/translations.ts';
import { translationIssues } from '../src/model/translation-checks.ts';
import { readTranslationSources } from './translation-sources.ts';
import { dataFiles, translationLanguage } from './data-files.ts';
import { jsonSchemaText, lessonSchemaText, translationsSchemaText } from './json-schema.ts';

const files = ['data/recognition.json', ...dataFiles('releases').map((f) => `data/${f}`)];

let failed = false;
let live: Dataset | undefined;
for (const file of files) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`${file}: not valid JSON: ${(e as Error).message}`);
    failed = true;
    continue;
  }
  try {
    const dataset = parseDataset(json, file);
    if (file === 'data/recognition.json') live = dataset;
    const count = (c: string) => dataset.events.filter((e) => e.confidence === c).length;
    console.log(
      `${file}: ${dataset.events.length} events ` +
        `(${(['high', 'medium', 'low'] as const).map((c) => `${count(c)} ${c}`).join(', ')}), ` +
        `${dataset.warnings.length} warnings`,
    );
    if (process.argv.includes('--warnings'))
      for (const w of dataset.warnings) console.log(`  ${formatIssue(w)}`);
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    console.error(e.message);
    failed = true;
  }
}

// Lessons are checked against the live dataset: every step's events must exist in it.
const parsedLessons = new Map<string, Lesson>();
for (const name of dataFiles('lessons')) {
  const file = `data/${name}`;
  if (!live) break;
  try {
    const lesson = parseLesson(JSON.parse(readFileSync(file, 'utf8')), live, file);
    parsedLessons.set(lesson.id, lesson);
    console.log(`${file}: ${lesson.steps.length} steps`);
  } catch (e) {
    if (e instanceof DatasetError) console.error(e.message);
    else console.error(`${file}: ${(e as Error).message}`);
    failed = true;
  }
}

// Translations: of events that exist, of lessons step for step, and of today's English.
let sources: ReturnType<typeof readTranslationSources> = {};
try {
  sources = readTranslationSources();
} catch (e) {
  console.error((e as Error).message);
  failed = true;
}
for (const name of dataFiles('translations')) {
  const file = `data/${name}`;
  const language = translationLanguage(name);
  if (!live) break;
  try {
    const parsed = parseTranslations(JSON.parse(readFileSync(file, 'utf8')), live, file, language);
    const issues = translationIssues(parsed, live, parsedLessons, sources[language], file);
    if (issues.length) throw new DatasetError(issues);
    console.log(
      `${file}: ${parsed.events.size} of ${live.events.length} event descriptions, ` +
        `lessons ${Object.keys(parsed.lessons).join(', ') || 'none'}`,
    );
  } catch (e) {
    if (e instanceof DatasetError) console.error(e.message);
    else console.error(`${file}: ${(e as Error).message}`);
    failed = true;
  }
}

const schemas: [string, string][] = [
  ['data/recognition.schema.json', jsonSchemaText()],
  ['data/lesson.schema.json', lessonSchemaText()],
  ['data/translations.schema.json', translationsSchemaText()],
];
for (const [schemaFile, text] of schemas) {
  if (!existsSync(schemaFile) || readFileSync(schemaFile, 'utf8') !== text) {
    console.error(`${schemaFile} is out of date: run \`npm run generate:schema\``);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
