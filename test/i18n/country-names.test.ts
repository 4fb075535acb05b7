import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAME_LANGS, countryNames } from '../../scripts/generate-country-names.ts';
import { NAME_OVERRIDES } from '../../scripts/country-name-overrides.ts';
import { LIST_NAMES } from '../../src/i18n/load-locale.ts';
import type { Lang } from '../../src/i18n/locales.ts';
import en from '../../src/i18n/messages/en.ts';
import enExtra from '../../src/i18n/messages/en-extra.ts';
import { ISO_COUNTRIES } from '../../src/model/countries.ts';

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const committed = (lang: Lang): Record<string, string> =>
  read(`src/i18n/generated/country-names/${lang}.json`);

describe('generated country names (for browsers without a language’s CLDR data)', () => {
  it.each(NAME_LANGS)('src/i18n/generated/country-names/%s.json is current', (lang) => {
    expect(committed(lang)).toEqual(countryNames(lang));
  });

  it('has Pashto names (Chromium has none)', () => {
    expect(countryNames('ps').AF).toBe('افغانستان');
  });

  it('applies every correction, and each one changes the package’s name', async () => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    for (const [lang, overrides] of Object.entries(NAME_OVERRIDES)) {
      const { countries } = require(`i18n-iso-countries/langs/${lang}.json`) as {
        countries: Record<string, string | string[]>;
      };
      for (const [iso2, name] of Object.entries(overrides)) {
        expect(committed(lang as Lang)[iso2], `${lang} ${iso2}`).toBe(name);
        expect([countries[iso2]].flat(), `${lang} ${iso2}`).not.toContain(name);
      }
    }
  });
});

/**
 * Countries as the English texts name them: CLDR's English names and the short forms the
 * descriptions use. Longest first, so "Papua New Guinea" is not also read as "Guinea".
 */
const ENGLISH_ALIASES: Record<string, string[]> = {
  AE: ['UAE'],
  GB: ['UK', 'Britain'],
  US: ['US'],
  TR: ['Turkey'],
  CZ: ['Czech Republic'],
};
const englishNames = new Intl.DisplayNames(['en'], { type: 'region' });
const ENGLISH = ISO_COUNTRIES.flatMap(({ iso2 }) =>
  [englishNames.of(iso2)!, ...(ENGLISH_ALIASES[iso2] ?? [])].map((name) => ({ iso2, name })),
).sort((a, b) => b.name.length - a.name.length);

/** The countries an English text names, by ISO alpha-2 code. */
function countriesIn(text: string): Set<string> {
  const found = new Set<string>();
  let rest = text;
  for (const { iso2, name } of ENGLISH) {
    const word = new RegExp(
      `(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
      'gu',
    );
    if (word.test(rest)) {
      found.add(iso2);
      rest = rest.replace(word, ' ');
    }
  }
  return found;
}

/** The forms a name takes in a sentence: Pashto's oblique «روسیې» for «روسیه». */
const INFLECTED: Partial<Record<Lang, (name: string) => string[]>> = {
  ps: (name) => (name.endsWith('ه') ? [name, `${name.slice(0, -1)}ې`] : [name]),
};

/** Every text a language has with its English original: descriptions, lessons, interface. */
function pairs(lang: Lang): { where: string; english: string; text: string }[] {
  const translations = read(`data/translations/${lang}.json`);
  const events: { id: string; description: string }[] = read('data/recognition.json').events;
  const out = events
    .filter((e) => translations.events[e.id])
    .map((e) => ({ where: e.id, english: e.description, text: translations.events[e.id] }));
  for (const [id, lesson] of Object.entries<Record<string, unknown>>(translations.lessons)) {
    const english = read(`data/lessons/${id}.json`);
    const steps = lesson.steps as Record<string, string>[];
    for (const field of ['title', 'summary'])
      out.push({
        where: `lesson ${id} ${field}`,
        english: english[field],
        text: String(lesson[field]),
      });
    steps.forEach((step, i) => {
      for (const field of ['title', 'caption', 'question'])
        out.push({
          where: `lesson ${id} step ${i + 1} ${field}`,
          english: english.steps[i][field],
          text: step[field]!,
        });
    });
  }
  return out;
}

async function messagePairs(lang: Lang) {
  const [core, extra] = await Promise.all([
    import(`../../src/i18n/messages/${lang}.ts`),
    import(`../../src/i18n/messages/${lang}-extra.ts`),
  ]);
  const own: Record<string, unknown> = { ...core.default, ...extra.default };
  return Object.entries({ ...en, ...enExtra })
    .filter(([key]) => own[key] !== undefined)
    .map(([key, m]) => ({
      where: key,
      english: JSON.stringify(m),
      text: JSON.stringify(own[key]),
    }));
}

describe.each(LIST_NAMES)('country names in %s (always from the generated list)', (lang) => {
  it('are the list’s names in every description, lesson and interface message', async () => {
    const names = committed(lang);
    const forms = INFLECTED[lang] ?? ((name: string) => [name]);
    const differ = [...pairs(lang), ...(await messagePairs(lang))].flatMap(
      ({ where, english, text }) =>
        [...countriesIn(english)]
          .filter((iso2) => !forms(names[iso2]!).some((form) => text.includes(form)))
          .map((iso2) => `${where}: ${iso2} is «${names[iso2]}» in the list`),
    );
    expect(differ).toEqual([]);
  });
});
