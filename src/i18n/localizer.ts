/**
 * Interface strings, dates, numbers and country names for one locale. Components receive a
 * `Localizer` as a property and never format anything themselves.
 */
import type { IsoDate } from '../model/iso-date.ts';
import { countryByAlpha3 } from '../model/countries.ts';
import type { Messages, MessageKey, PluralMessage } from './messages/en.ts';

export type Params = Record<string, string | number>;

/** A locale's messages: every key English has (the catalogue test checks it). */
export type Catalogue = { [K in MessageKey]: Messages[K] extends string ? string : PluralMessage };

export type DateStyle = 'day' | 'month' | 'year' | 'long' | 'weekday';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  weekday: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
};

export interface LocaleInfo {
  /** BCP 47 tag used for Intl (e.g. `fa-AF`). */
  intl: string;
  dir: 'ltr' | 'rtl';
}

export class Localizer {
  readonly lang: string;
  readonly info: LocaleInfo;
  private readonly messages: Catalogue;
  private readonly regionNames: (iso2: string) => string | undefined;
  private readonly plurals: Intl.PluralRules;
  private readonly numbers: Intl.NumberFormat;
  private readonly dates = new Map<DateStyle, Intl.DateTimeFormat>();

  constructor(
    lang: string,
    info: LocaleInfo,
    messages: Catalogue,
    regionNames: (iso2: string) => string | undefined,
  ) {
    this.lang = lang;
    this.info = info;
    this.messages = messages;
    this.regionNames = regionNames;
    this.plurals = new Intl.PluralRules(info.intl);
    this.numbers = new Intl.NumberFormat(info.intl);
  }

  /** The message for `key`, with `{name}` placeholders filled; plural messages choose by `count`. */
  t(key: MessageKey, params: Params = {}): string {
    const message = this.messages[key] as string | PluralMessage;
    const text =
      typeof message === 'string'
        ? message
        : (message[this.plurals.select(Number(params.count ?? 0)) as keyof PluralMessage] ??
          message.other);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? this.number(value) : value;
    });
  }

  /** Whether the catalogue has a key (for keys built from data, such as entity ids). */
  has(key: string): key is MessageKey {
    return Object.hasOwn(this.messages, key);
  }

  number(value: number): string {
    return this.numbers.format(value);
  }

  /**
   * A calendar date for people. Built from UTC parts and formatted in UTC, so no time zone can move
   * it to the day before.
   */
  date(date: IsoDate, style: DateStyle = 'day'): string {
    let format = this.dates.get(style);
    if (!format) {
      format = new Intl.DateTimeFormat(this.info.intl, { ...DATE_OPTIONS[style], timeZone: 'UTC' });
      this.dates.set(style, format);
    }
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return format.format(new Date(Date.UTC(y, m - 1, d)));
  }

  /** A country's name in this locale, from its ISO alpha-3 code. */
  country(iso3: string): string {
    const codes = countryByAlpha3(iso3);
    return (codes && this.regionNames(codes.iso2)) ?? iso3;
  }
}
