import { describe, expect, it } from 'vitest';
import { browserLang, langOf } from '../../src/i18n/locales.ts';
import { englishLocalizer, intlRegionNames, loadLocalizer } from '../../src/i18n/index.ts';
import type { Lesson } from '../../src/model/lesson.ts';
import { translateLesson } from '../../src/model/translations.ts';

describe('choosing a language', () => {
  it('maps language tags to ours: region and script subtags, Dari’s own code', () => {
    expect(langOf('fa-AF')).toBe('fa');
    expect(langOf('prs')).toBe('fa');
    expect(langOf('ps_AF')).toBe('ps');
    expect(langOf('zh-Hans-CN')).toBe('zh');
    expect(langOf('de')).toBeUndefined();
    expect(langOf('')).toBeUndefined();
  });

  it('takes the first of the browser’s languages it speaks, else English', () => {
    expect(browserLang(['de-DE', 'fr-CH', 'en'])).toBe('fr');
    expect(browserLang(['de-DE'])).toBe('en');
    expect(browserLang([])).toBe('en');
  });
});

describe('Localizer', () => {
  it('isolates each value in right-to-left languages, so a Latin name keeps its order', async () => {
    const fa = await loadLocalizer('fa');
    expect(fa.t('app.asOf', { date: 'X' })).toContain('\u2068X\u2069');
    expect(englishLocalizer().t('app.asOf', { date: 'X' })).toBe('Data checked X');
  });

  it('chooses Russian and Arabic plural forms by count', async () => {
    const ru = (await loadLocalizer('ru')).withExtra(
      (await import('../../src/i18n/messages/ru-extra.ts')).default,
    );
    const forms = [1, 2, 5].map((count) => ru.t('announce.recognized', { count }));
    expect(new Set(forms).size).toBe(3);
  });

  it('names countries and formats dates in the language', async () => {
    const zh = await loadLocalizer('zh');
    expect(zh.country('RUS')).toBe('俄罗斯');
    expect(zh.date('2025-07-03', 'long')).toBe('2025年7月3日');
    const ar = await loadLocalizer('ar');
    expect(ar.date('2025-07-03', 'long')).toBe('3 يوليو 2025');
    expect(ar.number(1996)).toMatch(/^1.?996$/);
  });

  it('gives translated descriptions, the English original on request, marked as English', async () => {
    const event = { id: 'e1', description: 'Russia recognises the Islamic Emirate.' };
    const fa = (await loadLocalizer('fa')).withTranslations(new Map([['e1', 'روسیه …']]));
    expect(fa.translatesContent).toBe(true);
    expect(fa.description(event)).toEqual({ text: 'روسیه …' });
    expect(fa.withOriginal(true).description(event)).toEqual({
      text: event.description,
      lang: 'en',
    });
    expect(fa.description({ id: 'e2', description: 'x' })).toEqual({ text: 'x', lang: 'en' });
    expect(englishLocalizer().description(event)).toEqual({ text: event.description });
  });
});

describe('translateLesson', () => {
  const lesson = {
    id: '1',
    title: 'T',
    summary: 'S',
    steps: [
      { number: 1, title: 'a', caption: 'b', question: 'c', date: 'today', gap: false, events: [] },
    ],
  } as unknown as Lesson;

  it('replaces the words, keeps the dates, regions and sources', () => {
    const t = translateLesson(lesson, {
      title: 'ت',
      summary: 'س',
      steps: [{ title: 'ا', caption: 'ب', question: 'ج' }],
    });
    expect(t?.steps[0]).toMatchObject({ title: 'ا', caption: 'ب', question: 'ج', date: 'today' });
    expect(t?.title).toBe('ت');
  });

  it('gives nothing when the steps do not match (the lesson stays in English)', () => {
    expect(translateLesson(lesson, { title: 'x', summary: 'x', steps: [] })).toBeUndefined();
    expect(translateLesson(lesson, undefined)).toBeUndefined();
  });
});

describe('intlRegionNames', () => {
  it('gives names where the runtime has the language', () => {
    expect(intlRegionNames('fr')?.('DE')).toBe('Allemagne');
    expect(intlRegionNames('fa-AF')?.('DE')).toBe('آلمان');
  });

  it('gives nothing where the runtime would answer in another language', () => {
    // No runtime has data for a made-up language: it falls back to its default locale.
    expect(intlRegionNames('xx')).toBeUndefined();
  });
});
