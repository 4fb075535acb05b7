import { writeFileSync } from 'node:fs';
import { jsonSchemaText, lessonSchemaText } from './json-schema.ts';

writeFileSync('data/recognition.schema.json', jsonSchemaText());
writeFileSync('data/lesson.schema.json', lessonSchemaText());
console.log('wrote data/recognition.schema.json and data/lesson.schema.json');
