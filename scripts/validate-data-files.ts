/**
 * The one check of the files in `data/` the site publishes: the live dataset, every pinned
 * release, every lesson and every translation, in that order, with the validators the page uses
 * plus the checks the page leaves out (a translation against the English it was made from).
 * `npm run validate` prints its findings, the build refuses to publish data it finds wrong
 * (build/dataset-plugin.ts), and the tests read the data through it.
 */
import { readFileSync } from 'node:fs';
import { DatasetError, parseDataset, type Dataset, type DatasetIssue } from '../src/model/index.ts';
import { parseLesson, type Lesson } from '../src/model/lesson.ts';
import { parseTranslations, type Translations } from '../src/model/translations.ts';
import { translationIssues } from '../src/model/translation-checks.ts';
import type { SourceRecord } from '../src/model/translation-sources.ts';
import { servedDataFiles, translationLanguage } from './data-files.ts';
import { readTranslationSources } from './translation-sources.ts';

interface FileCheck {
  /** The path inside `data/` (and `dist/data/`): `lessons/1.json`. */
  name: string;
  /** The path the findings name: `data/lessons/1.json`. */
  file: string;
  /** The file's JSON; undefined when it could not be read or parsed. */
  json: unknown;
  /** Its errors, and a dataset's warnings. */
  issues: DatasetIssue[];
}

/** One file and what it parsed to (absent when it did not parse, or was not checked). */
export type CheckedFile =
  | (FileCheck & { kind: 'dataset'; dataset?: Dataset })
  | (FileCheck & { kind: 'lesson'; lesson?: Lesson })
  | (FileCheck & { kind: 'translations'; language: string; translations?: Translations });

export interface DataCheck {
  /** Every file served beside the site, in the order checked. */
  files: CheckedFile[];
  /** `data/recognition.json`, when valid: lessons and translations are checked against it. */
  live?: Dataset;
  /** The valid lessons by id. */
  lessons: Map<string, Lesson>;
  /** The translations that parsed, by language (their other findings are in `files`). */
  translations: Map<string, Translations>;
  /** The lessons and translations not checked, as `data/recognition.json` is invalid. */
  unchecked: string[];
  /** Problems of `data/translation-sources.json`, which is read but not served. */
  sourcesIssues: DatasetIssue[];
  /** Every error of every file, in order: the data may be published only when this is empty. */
  errors: DatasetIssue[];
}

const error = (file: string, message: string): DatasetIssue => ({
  severity: 'error',
  file,
  field: '',
  message,
});

/** A failure's findings: a DatasetError's own, or anything else named by file. */
const issuesOf = (e: unknown, file: string): DatasetIssue[] =>
  e instanceof DatasetError ? [...e.issues] : [error(file, (e as Error).message)];

function readJson(file: string): { json?: unknown; issue?: DatasetIssue } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { issue: error(file, `cannot be read: ${(e as Error).message}`) };
  }
  try {
    return { json: JSON.parse(text) };
  } catch (e) {
    return { issue: error(file, `not valid JSON: ${(e as Error).message}`) };
  }
}

/** Checks every data file in `dir` (another copy of `data/` only in tests); never throws. */
export function validateDataFiles(dir = 'data'): DataCheck {
  const check: DataCheck = {
    files: [],
    lessons: new Map(),
    translations: new Map(),
    unchecked: [],
    sourcesIssues: [],
    errors: [],
  };
  let sources: Record<string, SourceRecord> = {};
  try {
    // What each translation was made from: a translation whose English has changed since fails.
    sources = readTranslationSources(`${dir}/translation-sources.json`);
  } catch (e) {
    check.sourcesIssues = issuesOf(e, `${dir}/translation-sources.json`);
  }

  for (const name of servedDataFiles(dir)) {
    const file = `${dir}/${name}`;
    const { json, issue } = readJson(file);
    const base = { name, file, json, issues: issue ? [issue] : [] };
    const entry: CheckedFile = name.startsWith('lessons/')
      ? { ...base, kind: 'lesson' }
      : name.startsWith('translations/')
        ? { ...base, kind: 'translations', language: translationLanguage(name) }
        : { ...base, kind: 'dataset' };
    check.files.push(entry);
    if (issue) continue;
    const live = check.live;
    if (entry.kind !== 'dataset' && !live) {
      check.unchecked.push(file);
      continue;
    }
    try {
      if (entry.kind === 'dataset') {
        entry.dataset = parseDataset(json, file);
        entry.issues.push(...entry.dataset.warnings);
        if (name === 'recognition.json') check.live = entry.dataset;
      } else if (entry.kind === 'lesson') {
        entry.lesson = parseLesson(json, live!, file);
        check.lessons.set(entry.lesson.id, entry.lesson);
      } else {
        const t = parseTranslations(json, live!, file, entry.language);
        entry.translations = t;
        check.translations.set(entry.language, t);
        // Lessons that exist, step for step, and the English each text was made from.
        entry.issues.push(
          ...translationIssues(t, live!, check.lessons, sources[entry.language], file),
        );
      }
    } catch (e) {
      entry.issues.push(...issuesOf(e, file));
    }
  }

  check.errors = [...check.files.flatMap((f) => f.issues), ...check.sourcesIssues].filter(
    (i) => i.severity === 'error',
  );
  return check;
}
