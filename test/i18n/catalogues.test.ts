/**
 * Every language has exactly English's keys, the same placeholders, the plural forms its
 * grammar uses, and the digits its newsrooms print.
 */
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/messages/en.ts';
import enExtra from '../../src/i18n/messages/en-extra.ts';
import { LANGS, LOCALES, type Lang } from '../../src/i18n/locales.ts';
import type { PluralMessage } from '../../src/i18n/messages/en.ts';

type Message = string | PluralMessage;
type Catalogue = Record<string, Message>;

const ENGLISH_ONLY = ['notice.languageFailed'];

/** Messages a language writes exactly as English does (checked by the translators). */
const SAME_WORDS: Partial<Record<Lang, string[]>> = {
  fr: [
    'status.afghanistan.name',
    'place.kosovo',
    'place.somaliland',
    'slider.label',
    'slider.pause',
    'panel.sources',
    'share.png',
    'share.svg',
    'table.source',
    'about.sources',
    'about.licence',
  ],
  es: ['place.kosovo'],
};
const others = LANGS.filter((l) => l !== 'en');

async function catalogues(lang: Lang): Promise<{ core: Catalogue; extra: Catalogue }> {
  const [core, extra] = await Promise.all([
    import(`../../src/i18n/messages/${lang}.ts`),
    import(`../../src/i18n/messages/${lang}-extra.ts`),
  ]);
  return { core: core.default, extra: extra.default };
}

const forms = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m));
const placeholders = (m: Message): string[] =>
  [...new Set(forms(m).flatMap((f) => [...f.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!)))].sort();

const englishCore = Object.fromEntries(
  Object.entries(en).filter(([k]) => !ENGLISH_ONLY.includes(k)),
) as Catalogue;

describe.each(others)('the %s catalogue', (lang) => {
  it('has every key English has and none it lacks', async () => {
    const { core, extra } = await catalogues(lang);
    expect(Object.keys(core).sort()).toEqual(Object.keys(englishCore).sort());
    expect(Object.keys(extra).sort()).toEqual(Object.keys(enExtra).sort());
  });

  it('keeps every placeholder of each message, and adds none', async () => {
    const { core, extra } = await catalogues(lang);
    const english: Catalogue = { ...englishCore, ...enExtra };
    const mismatches = Object.entries({ ...core, ...extra }).filter(
      ([key, m]) => placeholders(m).join() !== placeholders(english[key]!).join(),
    );
    expect(mismatches.map(([key]) => key)).toEqual([]);
  });

  it('writes plural messages with its own plural categories, `other` always', async () => {
    const { core, extra } = await catalogues(lang);
    const english: Catalogue = { ...englishCore, ...enExtra };
    const categories = new Intl.PluralRules(LOCALES[lang].intl).resolvedOptions().pluralCategories;
    for (const [key, m] of Object.entries({ ...core, ...extra })) {
      expect(typeof m, key).toBe(typeof english[key]);
      if (typeof m === 'string') continue;
      expect(m.other, key).toBeTruthy();
      for (const form of Object.keys(m)) expect(categories, `${key}.${form}`).toContain(form);
    }
  });

  it('translates every message with words (the same word only where the language has it)', async () => {
    const { core, extra } = await catalogues(lang);
    const english: Catalogue = { ...englishCore, ...enExtra };
    const untranslated = Object.entries({ ...core, ...extra })
      .filter(([key, m]) => JSON.stringify(m) === JSON.stringify(english[key]))
      .filter(([, m]) => forms(m).some((f) => /\p{L}/u.test(f.replace(/\{\w+\}/g, ''))))
      .map(([key]) => key)
      .sort();
    expect(untranslated).toEqual((SAME_WORDS[lang] ?? []).sort());
  });

  it('has no empty message', async () => {
    const { core, extra } = await catalogues(lang);
    const empty = Object.entries({ ...core, ...extra }).filter(([, m]) =>
      forms(m).some((f) => f.trim() === ''),
    );
    expect(empty.map(([key]) => key)).toEqual([]);
  });
});

describe('digits as each language’s newsrooms print them', () => {
  /** Latin digits that are names, not numbers to read: a licence, a date format, key names. */
  const LATIN_NAMES = /CC BY 4\.0|YYYY-MM-DD|ISO 3166-1|[A-Z]+-?\d|\d+(px|x)\b|1\.0/g;

  it.each(['fa', 'ps'] as const)('%s writes numbers with Persian digits', async (lang) => {
    const { core, extra } = await catalogues(lang);
    const latin = Object.entries({ ...core, ...extra }).filter(([, m]) =>
      forms(m).some((f) => /[0-9]/.test(f.replace(LATIN_NAMES, ''))),
    );
    expect(latin.map(([key]) => key)).toEqual([]);
  });

  it.each(['ar', 'ur'] as const)('%s writes numbers with Latin digits', async (lang) => {
    const { core, extra } = await catalogues(lang);
    const eastern = Object.entries({ ...core, ...extra }).filter(([, m]) =>
      forms(m).some((f) => /[\u0660-\u0669\u06f0-\u06f9]/.test(f)),
    );
    expect(eastern.map(([key]) => key)).toEqual([]);
  });
});
