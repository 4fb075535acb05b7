/**
 * The app's state in one plain place: every field the URL carries, and the runtime ones, declared
 * together. DOM-free: transitions (transitions.ts) are pure functions from one state to the next,
 * controllers (src/controllers/) carry out what a change asks of the page, and elements draw it.
 */
import type { IsoDate, Status } from '../model/index.ts';
import type { Region } from '../geo/projection.ts';
import type { Calendar, Lang } from '../i18n/locales.ts';
import type { FilterStatus, Notice, Sort, Speed, Theme, View } from '../url-state.ts';

/** What the header's view buttons choose: the map, the table, "then and now", or the timeline. */
export type AppView = 'map' | 'table' | 'compare' | 'timeline';

/** The modal panel open, if any. */
export type Dialog = 'about' | 'share' | null;

export interface AppState {
  // ── in the URL (url.ts reads and writes them) ──────────────────────────────────────────────
  /** The day the map shows. */
  date: IsoDate;
  /** "Then and now": the earlier date, beside `date`. */
  compare?: IsoDate;
  /** The country whose panel is open. */
  country: string | null;
  region: Region;
  view: View;
  /** Inside another site's article. */
  embed: boolean;
  /** `controls=0`: a still map of the chosen date. */
  controls: boolean;
  theme?: Theme;
  highContrast: boolean;
  /** The pinned data release shown (set once it has loaded). */
  release?: IsoDate;
  /** The link asks for presentation mode (it starts on a click: fullscreen needs one). */
  present: boolean;
  /** The open lesson's id, and its step (from 1). */
  lesson?: string;
  step: number;
  /** The language asked for (the page speaks it once its messages are loaded). */
  lang: Lang;
  /** `lang` came from the link or the menu (else from the browser, and links do not pin it). */
  langInUrl: boolean;
  /** Which calendar leads in Dari and Pashto (absent: the Gregorian). */
  cal?: Calendar;
  /** The table's status filter, and the table's or the timeline's order (absent: the view's). */
  status?: FilterStatus;
  sort?: Sort;
  /** Play's speed (1: both periods in about half a minute, with pauses on the changes). */
  speed: Speed;

  // ── runtime only ───────────────────────────────────────────────────────────────────────────
  /** Presentation mode is running. */
  presenting: boolean;
  /** The presenter blanked the screen. */
  blank: boolean;
  playing: boolean;
  /** The card for the twenty years with no Taliban government shows over the 2001 map. */
  gapCard: boolean;
  dialog: Dialog;
  /** The status the legend points at (hover or pin), and the one pinned. */
  highlight: Status | null;
  pinned: Status | null;
  /** What the page tells the reader about the link, the files and the versions. */
  notices: readonly Notice[];
}

/** "Then and now" opens on this date beside today. */
export const DEFAULT_COMPARE: IsoDate = '1998-06-01';

export function initialState(today: IsoDate, lang: Lang = 'en'): AppState {
  return {
    date: today,
    country: null,
    region: 'world',
    view: 'map',
    embed: false,
    controls: true,
    highContrast: false,
    present: false,
    step: 1,
    lang,
    langInUrl: false,
    speed: 1,
    presenting: false,
    blank: false,
    playing: false,
    gapCard: false,
    dialog: null,
    highlight: null,
    pinned: null,
    notices: [],
  };
}

/** The view the header shows as chosen. */
export const appView = (s: AppState): AppView => (s.compare ? 'compare' : s.view);

/** A lesson is open beside the map (not presenting). */
export const teaching = (s: AppState, lessonLoaded: boolean): boolean =>
  lessonLoaded && !s.presenting;

/** Both maps of "then and now" take the page's width. */
export const comparing = (s: AppState): boolean => !!s.compare && !s.presenting;
