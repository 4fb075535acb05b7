/**
 * `npm run validate`: checks the dataset, every pinned release, lesson and translation
 * (validateDataFiles, the check the build runs) and that the published JSON Schemas are current,
 * and prints each file's figures or its findings. Exits non-zero on any error. `--warnings` also
 * lists the datasets' warnings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { DatasetError, formatIssue } from '../src/model/index.ts';
import { jsonSchemaText, lessonSchemaText, translationsSchemaText } from './json-schema.ts';
import { validateDataFiles, type CheckedFile } from './validate-data-files.ts';

const check = validateDataFiles();

/** A valid file's figures, one line (none for a file not checked). */
function summary(f: CheckedFile): string | undefined {
  if (f.kind === 'dataset' && f.dataset) {
    const { events, warnings } = f.dataset;
    const count = (c: string) => events.filter((e) => e.confidence === c).length;
    return (
      `${f.file}: ${events.length} events ` +
      `(${(['high', 'medium', 'low'] as const).map((c) => `${count(c)} ${c}`).join(', ')}), ` +
      `${warnings.length} warnings`
    );
  }
  if (f.kind === 'lesson' && f.lesson) return `${f.file}: ${f.lesson.steps.length} steps`;
  if (f.kind === 'translations' && f.translations) {
    const t = f.translations;
    return (
      `${f.file}: ${t.events.size} of ${check.live!.events.length} event descriptions, ` +
      `lessons ${Object.keys(t.lessons).join(', ') || 'none'}`
    );
  }
  return undefined;
}

for (const f of check.files) {
  const errors = f.issues.filter((i) => i.severity === 'error');
  const line = summary(f);
  if (errors.length) console.error(new DatasetError(errors).message);
  else if (line) console.log(line);
  if (f.kind === 'dataset' && process.argv.includes('--warnings'))
    for (const w of f.dataset?.warnings ?? []) console.log(`  ${formatIssue(w)}`);
}
if (check.unchecked.length)
  console.error(`not checked until data/recognition.json is valid: ${check.unchecked.join(', ')}`);
if (check.sourcesIssues.length) console.error(new DatasetError(check.sourcesIssues).message);
let failed = check.errors.length > 0;

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
