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

/**
 * Language → record; a malformed file throws a DatasetError naming the file and the field. `file`
 * differs only in tests, which check a copy of `data/`.
 */
export function readTranslationSources(file = SOURCES_FILE): Record<string, SourceRecord> {
  if (!existsSync(file)) return {};
  const parsed = v.safeParse(TranslationSourcesSchema, JSON.parse(readFileSync(file, 'utf8')));
  if (parsed.success) return parsed.output;
  throw new DatasetError(
    parsed.issues.map((i) => ({
      severity: 'error' as const,
      file,
      field: (i.path ?? []).map((p) => String(p.key)).join('.'),
      message: i.message,
    })),
  );
}
