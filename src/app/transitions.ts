/**
 * Everything a reader (or a presenter's remote, or a loaded file) can do to the page, as pure
 * functions from one state to the next. What a change asks of the outside world (load a lesson,
 * go full screen, write the URL) is the controllers' business: they watch the state.
 */
import type { IsoDate, Status } from '../model/index.ts';
import type { Lesson } from '../model/lesson.ts';
import { adjacentDate } from '../model/time-scale.ts';
import type { Region } from '../geo/projection.ts';
import type { Calendar, Lang } from '../i18n/locales.ts';
import type { PresenterAction } from './presenter-keys.ts';
import type { FilterStatus, Notice, Sort, Speed } from '../url-state.ts';
import { withNotices } from './notices.ts';
import { DEFAULT_COMPARE, type AppState, type AppView, type Dialog } from './state.ts';

export type Transition = (s: AppState) => AppState;

/** The reader chose a day (slider, keys, a panel's "show on the map"): play stops there. */
export const setDate =
  (date: IsoDate): Transition =>
  (s) => ({ ...s, date, playing: false, gapCard: false });

/** Play moved on to `date` (it keeps playing). */
export const playTo =
  (date: IsoDate): Transition =>
  (s) => ({ ...s, date });

export const setPlaying =
  (playing: boolean): Transition =>
  (s) => ({ ...s, playing, gapCard: playing ? s.gapCard : false });

export const showGapCard =
  (gapCard: boolean): Transition =>
  (s) => ({ ...s, gapCard });

export const setCompare =
  (compare: IsoDate): Transition =>
  (s) => ({ ...s, compare });

export const openCountry =
  (iso3: string): Transition =>
  (s) => ({ ...s, country: iso3 });

export const closeCountry: Transition = (s) => ({ ...s, country: null });

export const setRegion =
  (region: Region): Transition =>
  (s) =>
    s.region === region ? s : { ...s, region };

/** The header's view buttons: the map, the table, "then and now" (from 1998 by default), the timeline. */
export const chooseView =
  (view: AppView): Transition =>
  (s) => ({
    ...s,
    view: view === 'table' || view === 'timeline' ? view : 'map',
    compare: view === 'compare' ? (s.compare ?? DEFAULT_COMPARE) : undefined,
  });

/** The table's status filter (none: every status) and the table's or the timeline's order. */
export const setListing =
  (status: FilterStatus | undefined, sort: Sort | undefined): Transition =>
  (s) => ({ ...s, status, sort });

export const setSpeed =
  (speed: Speed): Transition =>
  (s) => ({ ...s, speed });

/**
 * The reader chose a stretch of a state's history (a timeline segment): the day it shows and
 * that state's panel.
 */
export const showPeriod =
  (date: IsoDate, iso3: string): Transition =>
  (s) => ({ ...setDate(date)(s), country: iso3 });

/** The legend points at a status (hover, focus), or pins it (a click). */
export const highlightStatus =
  (status: Status | null): Transition =>
  (s) => ({ ...s, highlight: status });

export const pinStatus =
  (status: Status | null): Transition =>
  (s) => ({ ...s, pinned: status, highlight: status });

export const openDialog =
  (dialog: Exclude<Dialog, null>): Transition =>
  (s) => ({ ...s, dialog });

export const closeDialog: Transition = (s) => ({ ...s, dialog: null });

export const addNotices =
  (more: readonly Notice[]): Transition =>
  (s) =>
    more.length ? { ...s, notices: withNotices(s.notices, more) } : s;

export const dismissNotice =
  (notice: Notice): Transition =>
  (s) => ({ ...s, notices: s.notices.filter((n) => n !== notice) });

// ── lessons ──────────────────────────────────────────────────────────────────────────────────

export const startLesson =
  (id: string): Transition =>
  (s) => ({ ...s, lesson: id, step: 1 });

/** Step `n` of `lesson`: its date (today, or the 2001 map under the gap card) and its region. */
export const showStep =
  (lesson: Lesson, n: number, today: IsoDate): Transition =>
  (s) => {
    const step = Math.max(1, Math.min(lesson.steps.length, n));
    const card = lesson.steps[step - 1]!;
    return {
      ...s,
      step,
      playing: false,
      date: card.date === 'today' ? today : card.date,
      gapCard: card.gap,
      // A step is the same map however it is reached (stepped to, or opened by a link): a step
      // that names no region shows the world.
      region: card.region ?? 'world',
    };
  };

/**
 * The lesson's file has loaded. A step past its end is ignored, as the notice says: the lesson
 * starts at step 1 (and the link is corrected, so reloading it does not repeat the notice).
 */
export const lessonLoaded =
  (lesson: Lesson, today: IsoDate): Transition =>
  (s) => {
    const past = s.step > lesson.steps.length;
    const noticed = past
      ? addNotices([{ kind: 'bad-value', param: 'step', value: String(s.step) }])(s)
      : s;
    return showStep(lesson, past ? 1 : s.step, today)(noticed);
  };

/** A lesson that does not exist (or fails its checks): ignored, with a notice. */
export const lessonFailed =
  (id: string): Transition =>
  (s) =>
    addNotices([{ kind: 'bad-value', param: 'lesson', value: id }])({ ...s, lesson: undefined });

export const exitLesson: Transition = (s) => ({ ...s, lesson: undefined, gapCard: false });

// ── presenting ───────────────────────────────────────────────────────────────────────────────

export const startPresenting: Transition = (s) => ({ ...s, present: true, presenting: true });

export const stopPresenting: Transition = (s) => ({
  ...s,
  present: false,
  presenting: false,
  blank: false,
});

export const setBlank =
  (blank: boolean): Transition =>
  (s) => ({ ...s, blank });

/** What the page knows that "next" and "previous" need. */
export interface MoveContext {
  /** The open lesson, once loaded. */
  lesson?: Lesson;
  /** Days on which an event takes effect. */
  eventDates: readonly IsoDate[];
  today: IsoDate;
}

/** Next or previous: the lesson's step, or the next event on the timeline. */
export const move =
  (direction: 1 | -1, ctx: MoveContext): Transition =>
  (s) => {
    if (ctx.lesson) return showStep(ctx.lesson, s.step + direction, ctx.today)(s);
    const next = adjacentDate(ctx.eventDates, s.date, direction);
    return next ? setDate(next)(s) : s;
  };

/** A presenter-remote key while presenting (not while a dialog is open). */
export const presenterKey =
  (action: PresenterAction, ctx: MoveContext): Transition =>
  (s) => {
    if (!s.presenting || s.dialog) return s;
    switch (action) {
      case 'blank':
        return setBlank(!s.blank)(s);
      case 'exit':
        if (s.blank) return setBlank(false)(s);
        if (s.country) return closeCountry(s);
        return stopPresenting(s);
      case 'next':
      case 'previous':
        return move(action === 'next' ? 1 : -1, ctx)({ ...s, blank: false });
    }
  };

/**
 * A lesson key while a lesson is open and not presenting (presenting has its own keys), and no
 * dialog is open: the lesson's next or previous step.
 */
export const lessonKey =
  (action: 'next' | 'previous', ctx: MoveContext): Transition =>
  (s) =>
    s.presenting || s.dialog || !s.lesson || !ctx.lesson
      ? s
      : showStep(ctx.lesson, s.step + (action === 'next' ? 1 : -1), ctx.today)(s);

// ── languages ────────────────────────────────────────────────────────────────────────────────

/** The reader chose a language in the menu: links now carry it. */
export const chooseLanguage =
  (lang: Lang): Transition =>
  (s) => ({ ...s, lang, langInUrl: true });

export const chooseCalendar =
  (cal: Calendar): Transition =>
  (s) => ({ ...s, cal: cal === 'gregory' ? undefined : cal });

/** The language asked for is spoken now: a notice about an earlier failure goes. */
export const languageReady: Transition = (s) =>
  s.notices.some((n) => n.kind === 'language-failed')
    ? { ...s, notices: s.notices.filter((n) => n.kind !== 'language-failed') }
    : s;

/**
 * The files of `lang` could not load: the page speaks English and says so, once. A failure of a
 * language the reader has since left behind changes nothing.
 */
export const languageFailed =
  (lang: Lang, name: string): Transition =>
  (s) =>
    s.lang !== lang
      ? s
      : {
          ...s,
          lang: 'en',
          notices: [
            ...s.notices.filter((n) => n.kind !== 'language-failed'),
            { kind: 'language-failed', language: name },
          ],
        };
