/** The dataset's JSON Schema (for editors), generated from the valibot schemas the validator uses. */
import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema } from '../src/model/schema.ts';
import { LessonSchema } from '../src/model/lesson.ts';
import { TranslationsSchema } from '../src/model/translations.ts';

export function jsonSchemaText(): string {
  const schema = toJsonSchema(DatasetSchema, { errorMode: 'ignore' });
  return JSON.stringify({ ...schema, title: 'Recognition Map dataset' }, null, 2) + '\n';
}

export function lessonSchemaText(): string {
  const schema = toJsonSchema(LessonSchema, { errorMode: 'ignore' });
  return JSON.stringify({ ...schema, title: 'Recognition Map lesson' }, null, 2) + '\n';
}

export function translationsSchemaText(): string {
  const schema = toJsonSchema(TranslationsSchema, { errorMode: 'ignore' });
  return JSON.stringify({ ...schema, title: 'Recognition Map translations' }, null, 2) + '\n';
}
