/**
 * Findings of the back-translation audit (src/i18n/README.md), kept fixed: each check reads every
 * language for a way its words could say something the English does not.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/i18n/locales.ts';
import type { PluralMessage } from '../../src/i18n/messages/en.ts';

type Message = string | PluralMessage;

async function catalogue(lang: Lang): Promise<Record<string, Message>> {
  const [core, extra] = await Promise.all([
    import(`../../src/i18n/messages/${lang}.ts`),
    import(`../../src/i18n/messages/${lang}-extra.ts`),
  ]);
  return { ...core.default, ...extra.default };
}

const forms = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m));

/**
 * Words that make a date an end ("until {date}"). "By {date}" starts a status: a reader must not
 * take it for the day it ended (Dari «حداکثر تا» read back as "until … at the most").
 */
const UNTIL: Record<Lang, RegExp> = {
  en: /\b(until|till)\b/,
  fa: /(^|[\s«(])تا(\s|$)/,
  ps: /پورې/,
  ar: /حتى|لغاية/,
  ur: /(\{date\}|[0-9]{4})\s*تک/,
  ru: /(^|\s)до\s/,
  zh: /直到|为止/,
  fr: /jusqu/,
  es: /\bhasta\b/,
};
const BY_KEYS = [
  'since.by',
  'precision.no-later-than',
  'about.rule.approximate',
  'about.rule.claims',
];

describe.each(LANGS)('the %s words', (lang) => {
  it('say "by a date" as a start, never as an end ("until")', async () => {
    const messages = await catalogue(lang);
    const ends = BY_KEYS.filter((key) => forms(messages[key]!).some((f) => UNTIL[lang].test(f)));
    expect(ends).toEqual([]);
  });
});

/** The statuses a state can have (the legend's), against the events that set them. */
const STATUS_NAMES = ['recognized', 'ambassador', 'charge', 'contact', 'none', 'withdrawn'].map(
  (s) => `status.${s}.name`,
);
/** Case, spaces, punctuation and zero-width joiners aside. */
const normal = (text: string) => text.toLocaleLowerCase().replace(/[\s\p{P}\u200c\u200d]/gu, '');

describe.each(LANGS)('the %s status names', (lang) => {
  it('differ from every event type (a state is not an event: “Recognises” · “Formal recognition”)', async () => {
    const messages = await catalogue(lang);
    const types = Object.entries(messages).filter(([key]) => key.startsWith('type.'));
    const same = STATUS_NAMES.flatMap((key) =>
      types
        .filter(([, type]) => normal(String(type)) === normal(String(messages[key])))
        .map(([typeKey]) => `${key} = ${typeKey}`),
    );
    expect(same).toEqual([]);
  });
});

/**
 * Past-tense verbs. Afghanistan is governed by the Taliban in the second period, which is still
 * running: its legend line must not say it "was" (Dari «بود», Pashto «و», Urdu «تھی», Arabic
 * «حكمتها», Russian «управляли»).
 */
const PAST: Record<Lang, RegExp> = {
  en: /\b(was|were|had been)\b/,
  fa: /(^|\s)بود(ه|ند)?([\s.،]|$)/,
  ps: /\sو(ه|ې)?[.،]?$/,
  ar: /حكمت|كانت|كان\s/,
  ur: /تھ(ی|ا|ے|یں)/,
  ru: /управлял|(^|\s)был[аио]?(\s|$)/,
  zh: /曾/,
  fr: /était|a été|ont été/,
  es: /estaba|estuvo|\bfue\b/,
};

describe.each(LANGS)('the %s legend for Afghanistan', (lang) => {
  it('has no past tense (the second period is still running)', async () => {
    const messages = await catalogue(lang);
    const past = ['status.afghanistan.definition', 'status.afghanistan.detail'].filter((key) =>
      PAST[lang].test(String(messages[key])),
    );
    expect(past).toEqual([]);
  });
});

describe('Spanish «Gobierno»', () => {
  /**
   * Capitalised for the body that governs («el Gobierno talibán», «no hubo Gobierno talibán»),
   * as EFE and the RAE write it; lower case only for a period of rule («Primer gobierno talibán»)
   * or a government in general («un gobierno»).
   */
  const LOWER =
    /(Primer|Segundo|Fin del|periodos de) gobierno talibán|un gobierno|al gobierno que/g;

  it('is capitalised wherever it names the Taliban’s (or any) government as a body', async () => {
    const { readFileSync } = await import('node:fs');
    const texts = [
      ...Object.values(await catalogue('es')).flatMap(forms),
      readFileSync(new URL('../../data/translations/es.json', import.meta.url), 'utf8'),
    ];
    const lower = texts.flatMap((text) =>
      [...text.replace(LOWER, '').matchAll(/.{0,20}\bgobierno\b.{0,12}/g)].map((m) => m[0]),
    );
    expect(lower).toEqual([]);
  });
});

/** Loanwords and colloquialisms the audit replaced with the language's own register. */
const REGISTER: Partial<Record<Lang, RegExp>> = {
  ur: /ورکنگ|پریزنٹ/, // عملی روابط, پیش کریں
  zh: /打交道/, // 往来
};

describe.each(Object.keys(REGISTER) as Lang[])('the %s register', (lang) => {
  it('keeps the words the audit chose (no loanword or colloquialism where the language has its own)', async () => {
    const { readFileSync } = await import('node:fs');
    const texts = [
      ...Object.values(await catalogue(lang)).flatMap(forms),
      readFileSync(new URL(`../../data/translations/${lang}.json`, import.meta.url), 'utf8'),
    ];
    expect(texts.filter((text) => REGISTER[lang]!.test(text))).toEqual([]);
  });
});

describe('a button whose name is longer than its words starts with what it shows (WCAG 2.5.3)', () => {
  // The header's About button shows `app.aboutShort` and is named `app.about`: a voice-control
  // user says what they see ("حول"), and the name must contain it.
  it.each(LANGS)('%s: app.about contains app.aboutShort', async (lang) => {
    const c = await catalogue(lang);
    const short = c['app.aboutShort'] as string;
    const name = c['app.about'] as string;
    expect(name.toLocaleLowerCase(lang).replace(/\u0654/g, '')).toContain(
      short.toLocaleLowerCase(lang),
    );
  });
});
