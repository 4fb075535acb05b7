/** The data files beside the dataset, as the build, the dev server and the validator list them. */
import { existsSync, readdirSync } from 'node:fs';

/** The JSON files of one folder of `data/` (`releases`, `lessons`, `translations`), sorted. */
export function dataFiles(folder: string, root = 'data'): string[] {
  const dir = `${root}/${folder}`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `${folder}/${f}`);
}

/**
 * The files of `data/` served beside the site, in the order they are checked (a lesson is checked
 * against the live dataset, a translation against the dataset and the lessons): the live dataset,
 * the pinned releases, the lessons, the translations.
 */
export const servedDataFiles = (root = 'data'): string[] => [
  'recognition.json',
  ...dataFiles('releases', root),
  ...dataFiles('lessons', root),
  ...dataFiles('translations', root),
];

/** The language a translations file is for: `translations/fa.json` → `fa`. */
export const translationLanguage = (file: string): string =>
  file.slice(file.lastIndexOf('/') + 1, -'.json'.length);
