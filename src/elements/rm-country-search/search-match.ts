/** Type-ahead matching for country names: accents and case ignored, word starts ranked first. */
export interface Searchable {
  iso3: string;
  name: string;
  /** Other names the country is looked up by (the English name, the ISO code). */
  aliases?: readonly string[];
}

export const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/[’']/g, '').trim();

/** The best matches for a query, best first: name starts, then word starts, then anywhere. */
export function matchCountries(
  items: readonly Searchable[],
  query: string,
  limit = 8,
): Searchable[] {
  const q = fold(query);
  if (!q) return [];
  const scored: [number, Searchable][] = [];
  for (const item of items) {
    let best = Infinity;
    for (const [i, text] of [item.name, ...(item.aliases ?? [])].entries()) {
      const f = fold(text);
      const alias = i > 0 ? 0.5 : 0;
      if (f === q) best = Math.min(best, 0 + alias);
      else if (f.startsWith(q)) best = Math.min(best, 1 + alias);
      else if (f.split(/[\s\-(),.]+/).some((w) => w.startsWith(q)))
        best = Math.min(best, 2 + alias);
      else if (q.length >= 3 && f.includes(q)) best = Math.min(best, 3 + alias);
    }
    if (best < Infinity) scored.push([best, item]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || a[1].name.localeCompare(b[1].name))
    .slice(0, limit)
    .map(([, item]) => item);
}
