/**
 * The URL is the page's public API: `?date=YYYY-MM-DD&country=ISO3&region=world|asia`. Reading
 * never throws: bad values are dropped with a notice the page shows politely, dates in the gap or
 * the future are snapped onto the timeline, and parameters the page does not know are kept as they
 * are (embedding scripts such as pym.js add their own).
 */
import {
  STATUSES,
  isIsoDate,
  snapToTimeline,
  type IsoDate,
  type SnapReason,
  type Timeline,
} from './model/index.ts';
import { REGIONS, type Region } from './geo/projection.ts';

/** Names the page owns now, and names reserved for features that use them. */
export const URL_PARAMS = [
  'date',
  'country',
  'region',
  'embed',
  'controls',
  'theme',
  'release',
  'view',
  'compare',
  'present',
  'contrast',
  'lesson',
  'step',
  'lang',
  'cal',
  'status',
  'sort',
  'speed',
] as const;

/** Which calendar leads where the page shows two (Dari, Pashto). */
export const CALENDARS = ['gregory', 'persian'] as const;

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export const VIEWS = ['map', 'table', 'timeline'] as const;
export type View = (typeof VIEWS)[number];

/** `status=`: the table shows the countries of one status (the table's own list of statuses). */
export const FILTER_STATUSES = ['afghanistan', ...STATUSES] as const;
export type FilterStatus = (typeof FILTER_STATUSES)[number];

/**
 * `sort=<column>[-desc]`: the column the table (and the timeline) is ordered by. On the timeline
 * `since` is the first engagement and `status` today's status.
 */
export const SORT_COLUMNS = ['country', 'status', 'since'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export interface Sort {
  column: SortColumn;
  descending: boolean;
}
const SORTS = SORT_COLUMNS.flatMap((c) => [c, `${c}-desc`]);

/** `speed=`: how fast Play runs (1 is about half a minute for both periods). */
export const SPEEDS = [0.5, 1, 2] as const;
export type Speed = (typeof SPEEDS)[number];

export interface UrlState {
  /** Absent: today. */
  date?: IsoDate;
  country?: string;
  region: Region;
  /** `embed=1`: the page inside another site's article. */
  embed: boolean;
  /** `controls=0`: a still map of the chosen date, without the slider. */
  controls: boolean;
  /** Absent: light in an embed, the reader's system setting on the page. */
  theme?: Theme;
  /** A pinned data release (`data/releases/<release>.json`); absent: the latest data. */
  release?: IsoDate;
  /** `view=table`: the table instead of the map. */
  view: View;
  /** `compare=YYYY-MM-DD`: "then and now", this date beside `date`. */
  compare?: IsoDate;
  /** `present=1`: presentation mode (the page shows a Start button: fullscreen needs a click). */
  present: boolean;
  /** `contrast=high`. */
  highContrast: boolean;
  /** `lesson=ID&step=N` (steps counted from 1). */
  lesson?: string;
  step?: number;
  /** `lang=fa`: one of the page's languages; absent: the browser's language, else English. */
  lang?: string;
  /** `cal=persian`: the Solar Hijri date first (Dari and Pashto); absent: the Gregorian. */
  cal?: (typeof CALENDARS)[number];
  /** `status=contact`: the table lists only that status's countries (and so does its CSV). */
  status?: FilterStatus;
  /** `sort=since-desc`: the table's (or the timeline's) order; absent: the view's own. */
  sort?: Sort;
  /** `speed=2`: Play's speed; absent: 1. */
  speed?: Speed;
}

/** What a link without parameters shows: the world map today, with its controls. */
export const PLAIN_MAP: Readonly<UrlState> = {
  region: 'world',
  embed: false,
  controls: true,
  view: 'map',
  present: false,
  highContrast: false,
};

export type Notice =
  | { kind: 'bad-date'; param: string; value: string }
  | { kind: 'snapped'; param: string; value: IsoDate; to: IsoDate; reason: SnapReason }
  | { kind: 'unknown-country'; value: string }
  | { kind: 'bad-value'; param: string; value: string }
  /**
   * Not from the URL: a file could not be used (offline, missing, damaged…), so the page shows the
   * last good copy it kept; `checked` is the date the shown data was checked, for the dataset.
   */
  | {
      kind: 'kept-copy';
      file: string;
      failure: 'network' | 'timeout' | 'http' | 'corrupt' | 'invalid';
      status?: number;
      detail: string;
      checked?: IsoDate;
    }
  /** Not from the URL: a newer version of the page or of its data has been published. */
  | { kind: 'update-ready' }
  /** Not from the URL: the chosen language's files could not load (the page is in English). */
  | { kind: 'language-failed'; language: string };

export interface ReadContext {
  timeline: Timeline;
  /** True for an ISO alpha-3 code the map draws. */
  isCountry(iso3: string): boolean;
  /** The page's language for a language tag (`fa-AF` → `fa`), if it speaks it. */
  langOf(tag: string): string | undefined;
}

/** Read and correct a date parameter. */
export function readDate(
  params: URLSearchParams,
  param: string,
  timeline: Timeline,
  notices: Notice[],
): IsoDate | undefined {
  const raw = params.get(param);
  if (raw === null || raw === '') return undefined;
  const value = raw.trim();
  if (!isIsoDate(value)) {
    // "…so the map shows today" is true of the date only; a bad comparison date is just ignored.
    const kind = param === 'date' ? 'bad-date' : 'bad-value';
    notices.push({ kind, param, value: raw.slice(0, 40) });
    return undefined;
  }
  const snapped = snapToTimeline(timeline, value);
  if (snapped.reason)
    notices.push({ kind: 'snapped', param, value, to: snapped.date, reason: snapped.reason });
  return snapped.date;
}

function readChoice<T extends string>(
  params: URLSearchParams,
  param: string,
  choices: readonly T[],
  fallback: T,
  notices: Notice[],
): T {
  const raw = params.get(param);
  if (raw === null || raw === '') return fallback;
  const value = raw.trim().toLowerCase();
  if ((choices as readonly string[]).includes(value)) return value as T;
  notices.push({ kind: 'bad-value', param, value: raw.slice(0, 40) });
  return fallback;
}

const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];

/** A yes/no parameter (`1`, `true`, `yes`, `on` / `0`, `false`, `no`, `off`). */
export function readFlag(
  params: URLSearchParams,
  param: string,
  fallback: boolean,
  notices: Notice[],
): boolean {
  const raw = params.get(param);
  if (raw === null) return fallback;
  const value = raw.trim().toLowerCase();
  if (value === '' || TRUE.includes(value)) return value === '' ? fallback : true;
  if (FALSE.includes(value)) return false;
  notices.push({ kind: 'bad-value', param, value: raw.slice(0, 40) });
  return fallback;
}

/**
 * The language and the leading calendar a link asks for (`lang`, `cal`). The page reads them first,
 * before its data, to load the language's messages alongside.
 */
export function readLanguage(
  params: URLSearchParams,
  langOf: ReadContext['langOf'],
  notices: Notice[] = [],
): Pick<UrlState, 'lang' | 'cal'> {
  const out: Pick<UrlState, 'lang' | 'cal'> = {};
  const lang = params.get('lang')?.trim();
  if (lang) {
    const known = langOf(lang);
    if (known) out.lang = known;
    else notices.push({ kind: 'bad-value', param: 'lang', value: lang.slice(0, 40) });
  }
  const cal = params.get('cal')?.trim().toLowerCase();
  if (cal) {
    const known = CALENDARS.find((c) => c === cal);
    if (known) out.cal = known;
    else notices.push({ kind: 'bad-value', param: 'cal', value: cal.slice(0, 40) });
  }
  return out;
}

/** The table's filter and order, and Play's speed (`status`, `sort`, `speed`). */
export function readViewOptions(
  params: URLSearchParams,
  notices: Notice[],
): Pick<UrlState, 'status' | 'sort' | 'speed'> {
  const out: Pick<UrlState, 'status' | 'sort' | 'speed'> = {};
  const status = readChoice(params, 'status', ['', ...FILTER_STATUSES], '', notices);
  if (status) out.status = status;
  const sort = readChoice(params, 'sort', ['', ...SORTS], '', notices);
  if (sort) {
    const [column, desc] = sort.split('-') as [SortColumn, string | undefined];
    out.sort = { column, descending: desc === 'desc' };
  }
  const speed = readChoice(params, 'speed', ['', ...SPEEDS.map(String)], '', notices);
  if (speed && speed !== '1') out.speed = Number(speed) as Speed;
  return out;
}

export function readUrl(
  search: string,
  context: ReadContext,
): { state: UrlState; notices: Notice[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const notices: Notice[] = [];
  const state: UrlState = {
    region: readChoice(params, 'region', REGIONS, 'world', notices),
    embed: readFlag(params, 'embed', false, notices),
    controls: readFlag(params, 'controls', true, notices),
    view: readChoice(params, 'view', VIEWS, 'map', notices),
    present: readFlag(params, 'present', false, notices),
    highContrast:
      readChoice(params, 'contrast', ['normal', 'high'] as const, 'normal', notices) === 'high',
  };
  const compare = readDate(params, 'compare', context.timeline, notices);
  if (compare) state.compare = compare;
  const lesson = params.get('lesson')?.trim();
  if (lesson) {
    if (/^[a-z0-9-]{1,40}$/i.test(lesson)) {
      state.lesson = lesson;
      const step = params.get('step')?.trim();
      if (step) {
        if (/^\d{1,3}$/.test(step) && Number(step) >= 1) state.step = Number(step);
        else notices.push({ kind: 'bad-value', param: 'step', value: step.slice(0, 40) });
      }
    } else notices.push({ kind: 'bad-value', param: 'lesson', value: lesson.slice(0, 40) });
  }
  Object.assign(state, readLanguage(params, context.langOf, notices));
  Object.assign(state, readViewOptions(params, notices));
  const theme = params.get('theme');
  if (theme) state.theme = readChoice(params, 'theme', THEMES, 'auto', notices);
  const release = params.get('release');
  if (release) {
    if (isIsoDate(release.trim())) state.release = release.trim();
    else notices.push({ kind: 'bad-value', param: 'release', value: release.slice(0, 40) });
  }
  const date = readDate(params, 'date', context.timeline, notices);
  if (date) state.date = date;
  const country = params.get('country');
  if (country) {
    const iso3 = country.trim().toUpperCase();
    if (/^[A-Z]{3}$/.test(iso3) && context.isCountry(iso3)) state.country = iso3;
    else notices.push({ kind: 'unknown-country', value: country.slice(0, 40) });
  }
  return { state, notices };
}

/**
 * The query string for a state, keeping every parameter the page does not own. Defaults are
 * left out (`region=world`); the date is written once the reader has chosen one.
 */
export function writeUrl(state: UrlState, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  const set = (name: string, value: string | undefined) =>
    value === undefined ? params.delete(name) : params.set(name, value);
  set('date', state.date);
  set('country', state.country);
  set('region', state.region === 'world' ? undefined : state.region);
  set('embed', state.embed ? '1' : undefined);
  set('controls', state.controls ? undefined : '0');
  set('theme', state.theme);
  set('release', state.release);
  set('view', state.view === 'map' ? undefined : state.view);
  set('compare', state.compare);
  set('present', state.present ? '1' : undefined);
  set('contrast', state.highContrast ? 'high' : undefined);
  set('lesson', state.lesson);
  set('step', state.lesson && state.step ? String(state.step) : undefined);
  set('lang', state.lang);
  set('cal', state.cal);
  set('status', state.status);
  set('sort', state.sort && `${state.sort.column}${state.sort.descending ? '-desc' : ''}`);
  set('speed', state.speed && state.speed !== 1 ? String(state.speed) : undefined);
  const text = params.toString();
  return text ? `?${text}` : '';
}
