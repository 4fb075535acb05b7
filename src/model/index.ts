/** The model: pure and DOM-free. It imports nothing of the app's but itself. */
export * from './iso-date.ts';
export * from './statuses.ts';
export * from './schema.ts';
export * from './dataset.ts';
export * from './countries.ts';
export * from './timeline.ts';
export * from './status.ts';
export * from './lesson.ts';
