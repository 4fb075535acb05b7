import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { initialState, type AppState } from '../../src/app/state.ts';
import * as to from '../../src/app/transitions.ts';
import { Store } from '../../src/app/store.ts';
import { parseLesson, type Lesson } from '../../src/model/lesson.ts';
import { realDataset } from '../helpers/dataset.ts';

const TODAY = '2026-11-28';
const lesson = (): Lesson =>
  parseLesson(
    JSON.parse(readFileSync(new URL('../../data/lessons/1.json', import.meta.url), 'utf8')),
    realDataset(),
    'data/lessons/1.json',
  );
const state = (over: Partial<AppState> = {}): AppState => ({ ...initialState(TODAY), ...over });

describe('setDate(date)', () => {
  it('stops play and takes the gap card away', () => {
    const s = to.setDate('2025-07-03')(state({ playing: true, gapCard: true }));
    expect(s).toMatchObject({ date: '2025-07-03', playing: false, gapCard: false });
  });

  it('is what the store hears, with the history mode asked for', () => {
    const store = new Store(state({ playing: true }));
    const heard: [boolean, string][] = [];
    store.subscribe((next, _previous, mode) => heard.push([next.playing, mode]));
    store.dispatch(to.setDate('2025-07-03'), 'push');
    expect(heard).toEqual([[false, 'push']]);
  });
});

describe('playTo(date)', () => {
  it('moves the date and keeps playing', () => {
    expect(to.playTo('1997-05-25')(state({ playing: true }))).toMatchObject({
      date: '1997-05-25',
      playing: true,
    });
  });
});

describe('chooseView(view)', () => {
  it('opens then-and-now on 1 June 1998 beside today, and closes it', () => {
    const compare = to.chooseView('compare')(state());
    expect(compare).toMatchObject({ view: 'map', compare: '1998-06-01' });
    expect(to.chooseView('table')(compare)).toMatchObject({ view: 'table', compare: undefined });
  });
});

describe('lessonLoaded(lesson, today)', () => {
  it('a step past the end gives a notice and step 1, with its date', () => {
    const l = lesson();
    const s = to.lessonLoaded(l, TODAY)(state({ lesson: '1', step: 99 }));
    expect(s.step).toBe(1);
    expect(s.date).toBe(l.steps[0]!.date);
    expect(s.notices).toEqual([{ kind: 'bad-value', param: 'step', value: '99' }]);
  });

  it('a step within the lesson shows it without a notice', () => {
    const l = lesson();
    const s = to.lessonLoaded(l, TODAY)(state({ lesson: '1', step: 2 }));
    expect(s.step).toBe(2);
    expect(s.notices).toEqual([]);
  });
});

describe('showStep(lesson, n, today)', () => {
  it('shows the gap card for the twenty years, and today for "today"', () => {
    const l = lesson();
    const gap = l.steps.findIndex((st) => st.gap) + 1;
    expect(to.showStep(l, gap, TODAY)(state()).gapCard).toBe(true);
    const last = to.showStep(l, l.steps.length, TODAY)(state({ playing: true }));
    expect(last).toMatchObject({ date: TODAY, playing: false, gapCard: false });
  });

  it('gives the same map whether stepped to or linked: a step without a region shows the world', () => {
    const l = lesson();
    const n = l.steps.findIndex((st) => !st.region) + 1;
    expect(n).toBeGreaterThan(0);
    const card = l.steps[n - 1]!;
    const fromAsia = to.showStep(l, n, TODAY)(state({ region: 'asia' }));
    const fromWorld = to.showStep(l, n, TODAY)(state({ region: 'world' }));
    expect(fromAsia.region).toBe('world');
    expect(fromAsia).toMatchObject({ date: fromWorld.date, region: fromWorld.region });
    const withRegion = l.steps.findIndex((st) => st.region === 'asia') + 1;
    if (withRegion > 0) expect(to.showStep(l, withRegion, TODAY)(state()).region).toBe('asia');
    expect(card.region).toBeUndefined();
  });

  it('clamps to the lesson', () => {
    const l = lesson();
    expect(to.showStep(l, 0, TODAY)(state()).step).toBe(1);
    expect(to.showStep(l, 500, TODAY)(state()).step).toBe(l.steps.length);
  });
});

describe('presenterKey(action, ctx)', () => {
  const ctx = { eventDates: ['1997-05-25', '2025-07-03'], today: TODAY };
  const presenting = state({ presenting: true, present: true, date: '2000-01-01' });

  it('does nothing unless presenting, or while a dialog is open', () => {
    expect(to.presenterKey('next', ctx)(state())).toEqual(state());
    const open = { ...presenting, dialog: 'about' as const };
    expect(to.presenterKey('next', ctx)(open)).toBe(open);
  });

  it('B blanks and unblanks; Esc unblanks, then closes a country, then leaves', () => {
    const blank = to.presenterKey('blank', ctx)(presenting);
    expect(blank.blank).toBe(true);
    expect(to.presenterKey('exit', ctx)(blank).blank).toBe(false);
    const open = to.presenterKey('exit', ctx)({ ...presenting, country: 'RUS' });
    expect(open).toMatchObject({ country: null, presenting: true });
    expect(to.presenterKey('exit', ctx)(presenting)).toMatchObject({
      presenting: false,
      present: false,
    });
  });

  it('without a lesson, next and previous go from event to event', () => {
    expect(to.presenterKey('next', ctx)(presenting).date).toBe('2025-07-03');
    expect(to.presenterKey('previous', ctx)(presenting).date).toBe('1997-05-25');
  });

  it('with a lesson, they step it', () => {
    const l = lesson();
    const s = to.presenterKey('next', { ...ctx, lesson: l })({ ...presenting, step: 1 });
    expect(s.step).toBe(2);
  });
});

describe('languageFailed(lang, name)', () => {
  it('falls back to English with one notice, however often it fails', () => {
    const once = to.languageFailed('fa', 'دری')(state({ lang: 'fa' }));
    expect(once.lang).toBe('en');
    const twice = to.languageFailed('fa', 'دری')({ ...once, lang: 'fa' });
    expect(twice.notices.filter((n) => n.kind === 'language-failed')).toHaveLength(1);
  });

  it('ignores the failure of a language the reader has left', () => {
    const s = state({ lang: 'ru' });
    expect(to.languageFailed('fa', 'دری')(s)).toBe(s);
  });

  it('the notice goes once the language is spoken', () => {
    const failed = to.languageFailed('fa', 'دری')(state({ lang: 'fa' }));
    expect(to.languageReady(failed).notices).toEqual([]);
  });
});

describe('chooseCalendar(cal)', () => {
  it('keeps the Gregorian out of the state (and the link)', () => {
    expect(to.chooseCalendar('persian')(state()).cal).toBe('persian');
    expect(to.chooseCalendar('gregory')(state({ cal: 'persian' })).cal).toBeUndefined();
  });
});

describe('chooseView(view) and the timeline', () => {
  it('chooseView("timeline") shows the timeline and leaves "then and now"', () => {
    const s = to.chooseView('timeline')(state({ compare: '1998-06-01' }));
    expect(s).toMatchObject({ view: 'timeline', compare: undefined });
  });

  it('showPeriod(date, iso3) shows that day and opens that state, and stops play', () => {
    const s = to.showPeriod('1997-05-25', 'PAK')(state({ playing: true }));
    expect(s).toMatchObject({ date: '1997-05-25', country: 'PAK', playing: false });
  });

  it('setListing(status, sort) keeps the table’s filter and order; setSpeed(speed) Play’s speed', () => {
    const sort = { column: 'since' as const, descending: true };
    expect(to.setListing('contact', sort)(state())).toMatchObject({ status: 'contact', sort });
    expect(
      to.setListing(undefined, undefined)(state({ status: 'contact' })).status,
    ).toBeUndefined();
    expect(to.setSpeed(2)(state()).speed).toBe(2);
  });
});

describe('lessonKey(action, ctx)', () => {
  const ctx = (l?: Lesson) => ({ lesson: l, eventDates: [], today: TODAY });

  it('steps an open lesson when not presenting', () => {
    const l = lesson();
    const s = to.lessonKey('next', ctx(l))(state({ lesson: l.id, step: 2 }));
    expect(s.step).toBe(3);
    expect(to.lessonKey('previous', ctx(l))(s).step).toBe(2);
  });

  it('does nothing while presenting (its own keys), with a dialog open, or with no lesson', () => {
    const l = lesson();
    const open = state({ lesson: l.id, step: 2 });
    expect(to.lessonKey('next', ctx(l))({ ...open, presenting: true }).step).toBe(2);
    expect(to.lessonKey('next', ctx(l))({ ...open, dialog: 'about' }).step).toBe(2);
    expect(to.lessonKey('next', ctx())(open).step).toBe(2);
  });
});
