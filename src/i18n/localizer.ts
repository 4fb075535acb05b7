/**
 * Interface strings, dates, numbers and country names for one locale. Components receive a
 * `Localizer` as a property and never format anything themselves.
 */
import type { IsoDate } from '../model/iso-date.ts';
import { countryByAlpha3 } from '../model/countries.ts';
import type { CoreMessages, PluralMessage } from './messages/en.ts';
import type { ExtraMessages } from './messages/en-extra.ts';

export type Params = Record<string, string | number>;

type Messages = CoreMessages & ExtraMessages;
export type MessageKey = keyof Messages;
type Shape<M> = { [K in keyof M]: M[K] extends string ? string : PluralMessage };
/** The first view's messages in one locale: every key English's core part has. */
export type CoreCatalogue = Shape<CoreMessages>;
/** The rest, loaded with the controls. */
export type ExtraCatalogue = Shape<ExtraMessages>;
export type Catalogue = CoreCatalogue & ExtraCatalogue;

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
  private readonly messages: Partial<Catalogue>;
  private readonly regionNames: (iso2: string) => string | undefined;
  private readonly plurals: Intl.PluralRules;
  private readonly numbers: Intl.NumberFormat;
  private readonly dates = new Map<DateStyle, Intl.DateTimeFormat>();
  /** Formatted dates and country names, kept: scrubbing asks for the same ones every frame. */
  private readonly memo = new Map<string, string>();

  constructor(
    lang: string,
    info: LocaleInfo,
    messages: CoreCatalogue,
    regionNames: (iso2: string) => string | undefined,
  ) {
    this.lang = lang;
    this.info = info;
    this.messages = { ...messages };
    this.regionNames = regionNames;
    this.plurals = new Intl.PluralRules(info.intl);
    this.numbers = new Intl.NumberFormat(info.intl);
  }

  /** Whether the messages the first view did not need are here. */
  get complete(): boolean {
    return this.hasExtra;
  }
  private hasExtra = false;

  /**
   * A localizer with the messages the first view did not need added (see `loadExtraMessages`).
   * A new object, so that every component given it draws again.
   */
  withExtra(extra: ExtraCatalogue): Localizer {
    const next = new Localizer(
      this.lang,
      this.info,
      this.messages as CoreCatalogue,
      this.regionNames,
    );
    Object.assign(next.messages, extra);
    next.hasExtra = true;
    return next;
  }

  /** The message for `key`, with `{name}` placeholders filled; plural messages choose by `count`. */
  t(key: MessageKey, params: Params = {}): string {
    const message = this.messages[key] as string | PluralMessage | undefined;
    if (message === undefined) {
      console.warn(`missing message "${key}" (the extra messages are not loaded yet?)`);
      return '';
    }
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
    const key = `${style} ${date}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    let format = this.dates.get(style);
    if (!format) {
      format = new Intl.DateTimeFormat(this.info.intl, { ...DATE_OPTIONS[style], timeZone: 'UTC' });
      this.dates.set(style, format);
    }
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const text = format.format(new Date(Date.UTC(y, m - 1, d)));
    this.memo.set(key, text);
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
