/**
 * Dates in running text take the form the words around them need, for every date: the Russian
 * genitive after «с», French «1er» and «le», Spanish «el» before a day.
 */
import { describe, expect, it } from 'vitest';
import { loadExtraMessages, loadLocalizer } from '../../src/i18n/index.ts';
import type { DateStyle } from '../../src/i18n/localizer.ts';
import type { Lang } from '../../src/i18n/locales.ts';

/** Intl's spaces (no-break, narrow no-break) vary with the ICU version: compared as spaces. */
async function localizer(lang: Lang) {
  const t = (await loadLocalizer(lang)).withExtra(await loadExtraMessages(lang));
  const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
  return {
    t: (...args: Parameters<typeof t.t>) => spaces(t.t(...args)),
    date: (...args: Parameters<typeof t.date>) => spaces(t.date(...args)),
  };
}

/** The first day of every month of both periods and the years between. */
const MONTHS = Array.from({ length: (2026 - 1996 + 1) * 12 }, (_, i) => {
  const year = 1996 + Math.floor(i / 12);
  return `${year}-${String((i % 12) + 1).padStart(2, '0')}-01`;
});
const at = (date: string, style: DateStyle) => ({ date, style });

describe('Russian dates after a preposition', () => {
  it('put a month in the genitive: «примерно с мая 1997 г.»', async () => {
    const ru = await localizer('ru');
    expect(ru.t('since.approx', { date: at('1997-05-01', 'month') })).toBe(
      'примерно с мая 1997 г.',
    );
    expect(ru.t('since.day', { date: at('2025-07-03', 'day') })).toBe('с 3 июл. 2025 г.');
  });

  it('never leave a month in the nominative, in any month', async () => {
    const ru = await localizer('ru');
    const nominative =
      /(^|\s)(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)(\s|$)/;
    const wrong = MONTHS.flatMap((d) => [
      ru.t('since.approx', { date: at(d, 'month') }),
      ru.t('doubt.notice', { date: at(d, 'month') }),
    ]).filter((text) => nominative.test(text) || text.includes(':'));
    expect(wrong).toEqual([]);
  });
});

describe('French dates', () => {
  it('write the first of the month «1er», alone and in a sentence', async () => {
    const fr = await localizer('fr');
    expect(fr.date('2001-01-01', 'long')).toBe('1er janvier 2001');
    expect(fr.t('since.day', { date: at('2001-01-01', 'day') })).toBe('depuis le 1er janv. 2001');
    const wrong = MONTHS.flatMap((d) => [fr.date(d, 'day'), fr.date(d, 'long')]).filter((text) =>
      /^1\s/.test(text),
    );
    expect(wrong).toEqual([]);
  });

  it('put «le» before a day and nothing before a month or a year', async () => {
    const fr = await localizer('fr');
    expect(fr.t('since.by', { date: at('2023-02-27', 'day') })).toBe(
      'depuis le 27 févr. 2023 au plus tard',
    );
    expect(fr.t('since.approx', { date: at('1997-05-01', 'month') })).toBe(
      'depuis mai 1997 environ',
    );
    expect(fr.t('doubt.notice', { date: at('2022-01-01', 'year') })).toBe(
      'Statut incertain depuis 2022',
    );
  });
});

describe('Spanish dates after a preposition', () => {
  it('put «el» before a day («desde el 3 jul 2025»), and write a month in full', async () => {
    const es = await localizer('es');
    expect(es.t('since.day', { date: at('2025-07-03', 'day') })).toBe('desde el 3 jul 2025');
    expect(es.t('since.approx', { date: at('1997-05-01', 'month') })).toBe(
      'aproximadamente desde mayo de 1997',
    );
    const wrong = MONTHS.flatMap((d) => [
      es.t('since.day', { date: at(d, 'day') }),
      es.t('doubt.notice', { date: at(d, 'day') }),
    ]).filter((text) => /desde \d|el el/.test(text));
    expect(wrong).toEqual([]);
  });
});

describe('a date after a preposition, in a language without forms of its own', () => {
  it('is the date alone', async () => {
    const en = await localizer('en');
    expect(en.t('since.approx', { date: at('1997-05-01', 'month') })).toBe('since around May 1997');
  });
});
