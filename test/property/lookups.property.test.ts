/**
 * Property: no value from a link (or a key press, storage, a message) finds a name every object
 * inherits. `?lang=constructor` once blanked the page: a plain-object lookup found
 * Object.prototype.constructor.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALENDARS, THEMES, URL_PARAMS, VIEWS, readUrl } from '../../src/url-state.ts';
import { LANGS, langOf, browserLang } from '../../src/i18n/locales.ts';
import { own } from '../../src/model/own.ts';
import { presenterAction } from '../../src/app/presenter-keys.ts';
import { timelineOf } from '../../src/model/index.ts';
import { META } from '../helpers/dataset.ts';

/** Every name an object inherits, and some that look like them. */
const INHERITED = Object.getOwnPropertyNames(Object.prototype);
const hostile = fc.oneof(
  fc.constantFrom(...INHERITED, 'prototype', 'then', 'length', 'call', 'apply', 'bind'),
  fc
    .tuple(
      fc.constantFrom(...INHERITED),
      fc.constantFrom('-af', '_x', '-', '-Hans-CN', ' ', '', '.x'),
      fc.boolean(),
    )
    .map(([name, suffix, upper]) => (upper ? name.toUpperCase() : name) + suffix),
);

const context = {
  timeline: timelineOf({ meta: META as never }, '2026-11-28'),
  isCountry: (iso3: string) => iso3 === 'RUS',
  langOf,
};

describe('own(table, key)', () => {
  it('finds only the table’s own keys', () => {
    const table = { fa: 1, ps: 2 } as const;
    expect(own(table, 'fa')).toBe(1);
    fc.assert(
      fc.property(hostile, (key) => {
        expect(own(table, key)).toBeUndefined();
      }),
    );
  });
});

describe('langOf(tag) and browserLang(tags)', () => {
  it('give a language of the page or nothing, never an inherited value', () => {
    fc.assert(
      fc.property(hostile, (tag) => {
        const lang = langOf(tag);
        if (lang !== undefined) expect(LANGS).toContain(lang);
        expect(browserLang([tag])).toBe('en');
      }),
    );
  });
});

describe('presenterAction(event)', () => {
  it('answers no key named like an inherited property', () => {
    fc.assert(
      fc.property(hostile, (key) => {
        const event = {
          key,
          ctrlKey: false,
          metaKey: false,
          altKey: false,
          defaultPrevented: false,
          composedPath: () => [],
        } as unknown as KeyboardEvent;
        expect(presenterAction(event)).toBeUndefined();
      }),
    );
  });
});

describe('readUrl(search) with inherited names in every parameter', () => {
  it('keeps every field to its allowed values and says what it ignored', () => {
    fc.assert(
      fc.property(fc.constantFrom(...URL_PARAMS), hostile, (param, value) => {
        const search = `?${param}=${encodeURIComponent(value)}`;
        const { state, notices } = readUrl(search, context);
        if (state.lang !== undefined) expect(LANGS).toContain(state.lang);
        if (state.cal !== undefined) expect(CALENDARS).toContain(state.cal);
        if (state.theme !== undefined) expect(THEMES).toContain(state.theme);
        expect(VIEWS).toContain(state.view);
        expect(['world', 'asia']).toContain(state.region);
        expect(state.country).toBeUndefined();
        expect(state.date).toBeUndefined();
        for (const field of Object.values(state))
          expect(typeof field === 'function' || (typeof field === 'object' && field !== null)).toBe(
            false,
          );
        // A value the page cannot use is reported, unless it is blank after trimming.
        if (value.trim() && !['lesson', 'step'].includes(param))
          expect(notices.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
