/**
 * `npm run validate`: checks the dataset and every pinned release with the same validator the page
 * uses, and that the published JSON Schema is current. Exits non-zero on any error.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { DatasetError, formatIssue, parseDataset } from '../src/model/index.ts';
import { jsonSchemaText } from './json-schema.ts';

const files = [
  'data/recognition.json',
  ...(existsSync('data/releases')
    ? readdirSync('data/releases')
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => `data/releases/${f}`)
    : []),
];

let failed = false;
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

const schemaFile = 'data/recognition.schema.json';
if (!existsSync(schemaFile) || readFileSync(schemaFile, 'utf8') !== jsonSchemaText()) {
  console.error(`${schemaFile} is out of date: run \`npm run generate:schema\``);
  failed = true;
}
process.exit(failed ? 1 : 0);
