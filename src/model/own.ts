/**
 * Looking a value up by a key that came from outside (a link, storage, a key press, a message)
 * must never find what every object inherits: `constructor`, `__proto__`, `toString`, `valueOf`,
 * `hasOwnProperty`… (`?lang=constructor` once blanked the page). Tables keyed by any string are
 * read through `own`, or are Maps; ESLint rejects a table typed `Record<string, …>` in src/.
 */
export function own<T>(table: { readonly [key: string]: T }, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
