/**
 * What the build's own files are made from: the dataset the app reads, checked by the one check
 * of the data (validateDataFiles, as build/dataset-plugin.ts does), the map's shapes, English
 * words, and the day the build describes. Read once per build and shared by the plugins.
 */
import { readFileSync, statSync } from 'node:fs';
import {
  DatasetError,
  statusAt,
  type Dataset,
  type IsoDate,
  type StatusSnapshot,
} from '../src/model/index.ts';
import { worldFromTopology, type WorldShape } from '../src/geo/world-shapes.ts';
import { Localizer } from '../src/i18n/localizer.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { englishFormats, englishName } from '../src/i18n/english.ts';
import en from '../src/i18n/messages/en.ts';
import enExtra from '../src/i18n/messages/en-extra.ts';
import { validateDataFiles } from '../scripts/validate-data-files.ts';
import { buildDay } from './site-address.ts';

export type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;

/** What every plugin that writes a file from the data is told: the site's address, the data. */
export interface BuildOptions {
  /** The site's public address (SITE_URL), when known. */
  site?: string;
  /** Another copy of `data/`, in tests. */
  dir?: string;
  /** The day the build describes (tests pin it). */
  today?: string;
}

export interface BuildData {
  dataset: Dataset;
  /** The day the build describes (its static image, the statuses CSV). */
  today: IsoDate;
  snapshot: EraSnapshot;
  shapes: WorldShape[];
  /** Every English word of the page, as the page has them. */
  t: Localizer;
}

export const WORLD_FILE = 'src/geo/generated/world.planar.json';

const cache = new Map<string, { key: string; data: BuildData }>();

/** The build's data from `dir` (another copy of `data/` only in tests); throws on invalid data. */
export function buildData(dir = 'data', today: IsoDate = buildDay()): BuildData {
  const key = `${today} ${statSync(`${dir}/recognition.json`).mtimeMs}`;
  const hit = cache.get(dir);
  if (hit?.key === key) return hit.data;
  const check = validateDataFiles(dir);
  if (check.errors.length || !check.live) throw new DatasetError(check.errors);
  const dataset = check.live;
  const snapshot = statusAt(dataset, today, today);
  if (snapshot.kind !== 'era') throw new Error(`the build's day ${today} is on no era of the map`);
  const t = new Localizer('en', LOCALES.en, en, englishName, englishFormats).withExtra(enExtra);
  const shapes = worldFromTopology(JSON.parse(readFileSync(WORLD_FILE, 'utf8')));
  const data = { dataset, today, snapshot, shapes, t };
  cache.set(dir, { key, data });
  return data;
}
