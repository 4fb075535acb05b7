import { writeFileSync } from 'node:fs';
import { jsonSchemaText } from './json-schema.ts';

writeFileSync('data/recognition.schema.json', jsonSchemaText());
console.log('wrote data/recognition.schema.json');
