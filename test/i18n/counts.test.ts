/**
 * A count always carries its noun, through the language's plural rules: "1 state recognises",
 * never "1 recognise", and never a bare number before a phrase that could make it part of the
 * phrase (Urdu «4 طالبان کا سفیر…» was heard as "four Taliban…").
 */
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/i18n/locales.ts';
import { loadExtraMessages, loadLocalizer } from '../../src/i18n/index.ts';
import type { MessageKey } from '../../src/i18n/localizer.ts';

/** The word for "state" (or "country") in each language, in any of its forms. */
const NOUN: Record<Lang, RegExp> = {
  en: /\bstates?\b/,
  fa: /کشور/,
  ps: /هېواد/,
  ar: /دول/,
  ur: /ریاست/,
  ru: /государств/,
  zh: /国家/,
  fr: /États?\b/,
  es: /Estados?\b/,
};
const COUNTED: MessageKey[] = [
  'announce.recognized',
  'announce.ambassador',
  'announce.charge',
  'announce.contact',
  'announce.withdrawn',
  'map.describeStatus',
  'timeline.count',
  'compare.changesCount',
];
/** Every plural category of the nine languages is reached by one of these. */
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 101, 1000000];

async function localizer(lang: Lang) {
  return (await loadLocalizer(lang)).withExtra(await loadExtraMessages(lang));
}
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe.each(LANGS)('counts in %s', (lang) => {
  it('name what they count, in every plural form', async () => {
    const t = await localizer(lang);
    const bare = COUNTED.flatMap((key) =>
      COUNTS.map((count) => plain(t.t(key, { count, status: 'S', names: 'N' }))).filter(
        (text) => !NOUN[lang].test(text),
      ),
    );
    expect(bare).toEqual([]);
  });
});

describe('English counts', () => {
  it('agree with their number', async () => {
    const t = await localizer('en');
    expect(t.t('announce.recognized', { count: 1 })).toBe('1 state recognises');
    expect(t.t('announce.ambassador', { count: 1 })).toBe('1 state accepts a Taliban ambassador');
    expect(t.t('announce.ambassador', { count: 4 })).toBe('4 states accept a Taliban ambassador');
    expect(t.t('announce.withdrawn', { count: 3 })).toBe('3 states have withdrawn recognition');
    expect(t.t('timeline.count', { count: 1 })).toBe(
      '1 state has had relations with the Taliban government',
    );
    expect(t.t('compare.changesCount', { count: 2 })).toBe(
      '2 states have a different status on the two dates',
    );
  });
});
