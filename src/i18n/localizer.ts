/**
 * Interface strings, dates, numbers and country names for one locale. Components receive a
 * `Localizer` as a property and never format anything themselves.
 */
import type { IsoDate } from '../model/iso-date.ts';
import { countryByAlpha3 } from '../model/countries.ts';
import type { CoreMessages, PluralMessage } from './messages/en.ts';
import type { ExtraMessages } from './messages/en-extra.ts';
import type { LocaleInfo as FullLocaleInfo } from './locales.ts';

/**
 * A date placed in a message after a preposition ("since {date}", "by {date}"): the localizer
 * writes it as the words around it need (see `Formats.dateAfterPreposition`).
 */
export interface DateParam {
  readonly date: IsoDate;
  readonly style: DateStyle;
}
export type Params = Record<string, string | number | DateParam>;

type Messages = CoreMessages & ExtraMessages;
export type MessageKey = keyof Messages;
type Shape<M> = { [K in keyof M]: M[K] extends string ? string : PluralMessage };
/** Messages only ever shown in English (about a language that could not load). */
export type EnglishOnlyKey = 'notice.languageFailed';
/** The first view's messages in one locale: every key English's core part has. */
export type CoreCatalogue = Shape<Omit<CoreMessages, EnglishOnlyKey>>;
/** The rest, loaded with the controls. */
export type ExtraCatalogue = Shape<ExtraMessages>;
export type Catalogue = CoreCatalogue & ExtraCatalogue;

export type DateStyle = 'day' | 'month' | 'year' | 'long';

/** How a locale writes dates, numbers and lists. Intl's, unless the locale needs its own. */
export interface Formats {
  date(date: IsoDate, style: DateStyle): string;
  /**
   * A date after a preposition, where the language writes it differently from a date alone:
   * Russian months in the genitive («с мая 1997 г.»), an article before a day in French and
   * Spanish («depuis le 1er janv. 2001», «desde el 3 jul 2025»). Without it, the date alone.
   */
  dateAfterPreposition?(date: IsoDate, style: DateStyle): string;
  number(value: number): string;
  /** "A, B and C". */
  list(items: readonly string[]): string;
  /** The plural category of a count, where the locale says it without Intl (English). */
  plural?(count: number): Intl.LDMLPluralRule;
}

export const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
};

/**
 * The UTC midnight of a calendar date: formatted in UTC, no time zone moves it a day. The year is
 * set on its own: `Date.UTC` reads years 0–99 as 1900–1999 (0099-06-01 would become 1999).
 */
export function utcDate(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const out = new Date(0);
  out.setUTCFullYear(y, m - 1, d);
  return out;
}

/** Intl's formats for a BCP 47 tag. */
export function intlFormats(
  intl: string,
  options: Record<DateStyle, Intl.DateTimeFormatOptions> = DATE_OPTIONS,
): Formats {
  // Each made when first used: the first use of Intl loads the browser's locale data, a long task
  // the page spends when it chooses (src/i18n/warm.ts), not when a localizer is created.
  const dates = new Map<DateStyle, Intl.DateTimeFormat>();
  let numbers: Intl.NumberFormat | undefined;
  let lists: Intl.ListFormat | undefined;
  return {
    date(date, style) {
      let format = dates.get(style);
      if (!format) {
        format = new Intl.DateTimeFormat(intl, { ...options[style], timeZone: 'UTC' });
        dates.set(style, format);
      }
      return format.format(utcDate(date));
    },
    number: (value) => (numbers ??= new Intl.NumberFormat(intl)).format(value),
    list(items) {
      lists ??= new Intl.ListFormat(intl, { type: 'conjunction' });
      return lists.format(items);
    },
  };
}

/** What the localizer needs of a locale (see `LOCALES`). */
export type LocaleInfo = Pick<FullLocaleInfo, 'intl' | 'dir'>;

/** A name as English sorts it: letters without their accents, case set aside. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** First strong isolate … pop directional isolate: a value keeps its own direction in any text. */
const FSI = '\u2068';
const PDI = '\u2069';

export class Localizer {
  readonly lang: string;
  readonly info: LocaleInfo;
  private readonly messages: Partial<Record<MessageKey, string | PluralMessage>>;
  private readonly regionNames: (iso2: string) => string | undefined;
  private readonly formats: Formats;
  private pluralRules?: Intl.PluralRules;
  /** Formatted dates and country names, kept: scrubbing asks for the same ones every frame. */
  private readonly memo = new Map<string, string>();

  constructor(
    lang: string,
    info: LocaleInfo,
    messages: CoreCatalogue,
    regionNames: (iso2: string) => string | undefined,
    formats: Formats = intlFormats(info.intl),
  ) {
    this.lang = lang;
    this.info = info;
    this.messages = { ...messages };
    this.regionNames = regionNames;
    this.formats = formats;
  }

  /** The plural category of `count`: the locale's own rule if it has one, else Intl's. */
  private pluralOf(count: number): Intl.LDMLPluralRule {
    return this.formats.plural?.(count) ?? this.plurals.select(count);
  }

  private get plurals(): Intl.PluralRules {
    return (this.pluralRules ??= new Intl.PluralRules(this.info.intl));
  }

  /** Whether the messages the first view did not need are here. */
  get complete(): boolean {
    return this.hasExtra;
  }
  private hasExtra = false;
  /** Event descriptions in this language (`data/translations/<lang>.json`), once loaded. */
  private translations?: ReadonlyMap<string, string>;
  /** The reader asked to see the English originals instead of the translations. */
  readonly original: boolean = false;

  private copy(): Localizer {
    const next = new Localizer(
      this.lang,
      this.info,
      this.messages as CoreCatalogue,
      this.regionNames,
      this.formats,
    );
    next.hasExtra = this.hasExtra;
    next.translations = this.translations;
    (next as { original: boolean }).original = this.original;
    return next;
  }

  /** With the content's translations (a new object, so components draw again). */
  withTranslations(events: ReadonlyMap<string, string>): Localizer {
    const next = this.copy();
    next.translations = events;
    return next;
  }

  /** Showing the English originals, or the translations again. */
  withOriginal(original: boolean): Localizer {
    const next = this.copy();
    (next as { original: boolean }).original = original;
    return next;
  }

  /** Whether this page has translated content a reader could switch off. */
  get translatesContent(): boolean {
    return this.lang !== 'en' && (this.translations?.size ?? 0) > 0;
  }

  /**
   * An event's description for this reader: the translation if there is one (and the reader has
   * not asked for the original), else the English, marked as English for screen readers and
   * hyphenation.
   */
  description(e: { id: string; description: string }): { text: string; lang?: 'en' } {
    const translated = this.original ? undefined : this.translations?.get(e.id);
    if (translated !== undefined) return { text: translated };
    return this.lang === 'en' ? { text: e.description } : { text: e.description, lang: 'en' };
  }

  /**
   * A localizer with the messages the first view did not need added (see `loadExtraMessages`).
   * A new object, so that every component given it draws again.
   */
  withExtra(extra: ExtraCatalogue): Localizer {
    const next = this.copy();
    Object.assign(next.messages, extra);
    next.hasExtra = true;
    return next;
  }

  /**
   * The message for `key`, with `{name}` placeholders filled; plural messages choose by `count`.
   * In right-to-left locales each value is isolated, so a Latin name or a date keeps its order.
   * A `DateParam` value is written as it reads after a preposition in this language.
   */
  t(key: MessageKey, params: Params = {}): string {
    const message = (Object.hasOwn(this.messages, key) ? this.messages[key] : undefined) as
      string | PluralMessage | undefined;
    if (message === undefined) {
      console.warn(`missing message "${key}" (the extra messages are not loaded yet?)`);
      return '';
    }
    const text =
      typeof message === 'string'
        ? message
        : (message[this.pluralOf(Number(params.count ?? 0)) as keyof PluralMessage] ??
          message.other);
    const isolate = this.info.dir === 'rtl';
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = Object.hasOwn(params, name) ? params[name] : undefined;
      if (value === undefined) return whole;
      const shown =
        typeof value === 'number'
          ? this.number(value)
          : typeof value === 'string'
            ? value
            : (this.formats.dateAfterPreposition?.(value.date, value.style) ??
              this.date(value.date, value.style));
      return isolate ? FSI + shown + PDI : shown;
    });
  }

  /** Whether the catalogue has a key (for keys built from data, such as entity ids). */
  has(key: string): key is MessageKey {
    return Object.hasOwn(this.messages, key);
  }

  number(value: number): string {
    return this.formats.number(value);
  }

  /**
   * Sorts names in this language's order. English needs no collator (whose first use loads the
   * browser's locale data, a long task on a phone): it compares names with their accents set
   * aside, which orders every English country name as the collator does.
   */
  compare(a: string, b: string): number {
    if (this.lang === 'en') {
      const [x, y] = [fold(a), fold(b)];
      return x < y ? -1 : x > y ? 1 : 0;
    }
    return (this.collator ??= new Intl.Collator(this.info.intl)).compare(a, b);
  }
  private collator?: Intl.Collator;

  /** "A, B and C" in this language. */
  list(items: readonly string[]): string {
    return this.formats.list(items);
  }

  /** A calendar date for people (both calendars where the locale reads two). */
  date(date: IsoDate, style: DateStyle = 'day'): string {
    const key = `${style} ${date}`;
    let text = this.memo.get(key);
    if (text === undefined) {
      text = this.formats.date(date, style);
      this.memo.set(key, text);
    }
    return text;
  }

  /** A country's name in this locale, from its ISO alpha-3 code. */
  country(iso3: string): string {
    const key = `country ${iso3}`;
    let name = this.memo.get(key);
    if (name === undefined) {
      const codes = countryByAlpha3(iso3);
      name = (codes && this.regionNames(codes.iso2)) ?? iso3;
      this.memo.set(key, name);
    }
    return name;
  }
}
