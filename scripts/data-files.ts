/** The data files beside the dataset, as the build, the dev server and the validator list them. */
import { existsSync, readdirSync } from 'node:fs';

/** The JSON files of one folder of `data/` (`releases`, `lessons`, `translations`), sorted. */
export function dataFiles(folder: string): string[] {
  const dir = `data/${folder}`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `${folder}/${f}`);
}

/** The language a translations file is for: `translations/fa.json` → `fa`. */
export const translationLanguage = (file: string): string =>
  file.slice(file.lastIndexOf('/') + 1, -'.json'.length);
