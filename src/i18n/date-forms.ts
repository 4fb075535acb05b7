/**
 * Dates in running text where Intl's date alone is not what the sentence needs. Loaded only with
 * these languages, so English pays nothing for them.
 *
 * - Russian: a month-only date after «с» or «не позднее» takes the genitive («с мая 1997 г.»);
 *   Intl writes a month alone in the nominative («май 1997 г.»), but a day's month in the
 *   genitive, so the genitive comes from a day's date without its day.
 * - French: the first of the month is «1er» in every date; a day after a preposition takes
 *   «le» («depuis le 1er janv. 2001»), a month or a year does not («depuis mai 1997»).
 * - Spanish: a day after a preposition takes «el» («desde el 3 jul 2025»); a month is written
 *   in full («desde mayo de 1997»).
 */
import type { IsoDate } from '../model/iso-date.ts';
import { DATE_OPTIONS, intlFormats, utcDate, type DateStyle, type Formats } from './localizer.ts';

const isDay = (style: DateStyle) => style === 'day' || style === 'long';

function russian(): Formats {
  const base = intlFormats('ru');
  const withDay = new Intl.DateTimeFormat('ru', {
    ...DATE_OPTIONS.month,
    day: 'numeric',
    timeZone: 'UTC',
  });
  const genitiveMonth = (date: IsoDate) => {
    const parts = withDay.formatToParts(utcDate(date));
    const day = parts.findIndex((p) => p.type === 'day');
    // The day and the space after it go; the month keeps the case the day gave it.
    return parts
      .filter((_, i) => i !== day && i !== day + 1)
      .map((p) => p.value)
      .join('')
      .trim();
  };
  return {
    ...base,
    dateAfterPreposition: (date, style) =>
      style === 'month' ? genitiveMonth(date) : base.date(date, style),
  };
}

function french(): Formats {
  const base = intlFormats('fr');
  const formats = new Map<DateStyle, Intl.DateTimeFormat>();
  const date = (iso: IsoDate, style: DateStyle) => {
    if (!isDay(style)) return base.date(iso, style);
    let format = formats.get(style);
    if (!format) {
      format = new Intl.DateTimeFormat('fr', { ...DATE_OPTIONS[style], timeZone: 'UTC' });
      formats.set(style, format);
    }
    return format
      .formatToParts(utcDate(iso))
      .map((p) => (p.type === 'day' && Number(p.value) === 1 ? '1er' : p.value))
      .join('');
  };
  return {
    ...base,
    date,
    dateAfterPreposition: (iso, style) =>
      isDay(style) ? `le ${date(iso, style)}` : date(iso, style),
  };
}

function spanish(): Formats {
  const base = intlFormats('es');
  const fullMonth = intlFormats('es', {
    ...DATE_OPTIONS,
    month: { month: 'long', year: 'numeric' },
  });
  return {
    ...base,
    dateAfterPreposition: (date, style) =>
      isDay(style)
        ? `el ${base.date(date, style)}`
        : style === 'month'
          ? fullMonth.date(date, style)
          : base.date(date, style),
  };
}

export const DATE_FORMS = { ru: russian, fr: french, es: spanish } as const;
export type DateFormLang = keyof typeof DATE_FORMS;
export const hasDateForms = (lang: string): lang is DateFormLang => Object.hasOwn(DATE_FORMS, lang);
