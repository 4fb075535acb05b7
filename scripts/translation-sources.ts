/**
 * `data/translation-sources.json`: what each translation was made from (see
 * src/model/translation-sources.ts). Read by the validator and the build, written by
 * `npm run record:translations`.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { DatasetError } from '../src/model/dataset.ts';
import { TranslationSourcesSchema, type SourceRecord } from '../src/model/translation-sources.ts';

export const SOURCES_FILE = 'data/translation-sources.json';

/** Language → record; a malformed file throws a DatasetError naming the file and the field. */
export function readTranslationSources(): Record<string, SourceRecord> {
  if (!existsSync(SOURCES_FILE)) return {};
  const parsed = v.safeParse(
    TranslationSourcesSchema,
    JSON.parse(readFileSync(SOURCES_FILE, 'utf8')),
  );
  if (parsed.success) return parsed.output;
  throw new DatasetError(
    parsed.issues.map((i) => ({
      severity: 'error' as const,
      file: SOURCES_FILE,
      field: (i.path ?? []).map((p) => String(p.key)).join('.'),
      message: i.message,
    })),
  );
}
