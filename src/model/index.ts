/**
 * The model: pure and DOM-free. It imports nothing of the app's but itself.
 *
 * Lessons (`lesson.ts`) and content translations (`translations.ts`) are imported from their own
 * modules: the page loads them only when a reader opens a lesson or another language.
 */
export * from './iso-date.ts';
export * from './statuses.ts';
export * from './schema.ts';
export * from './dataset.ts';
export * from './countries.ts';
export * from './timeline.ts';
export * from './status.ts';
export * from './own.ts';
