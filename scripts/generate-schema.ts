import { writeFileSync } from 'node:fs';
import { jsonSchemaText, lessonSchemaText, translationsSchemaText } from './json-schema.ts';

writeFileSync('data/recognition.schema.json', jsonSchemaText());
writeFileSync('data/lesson.schema.json', lessonSchemaText());
writeFileSync('data/translations.schema.json', translationsSchemaText());
console.log(
  'wrote data/recognition.schema.json, data/lesson.schema.json and data/translations.schema.json',
);
