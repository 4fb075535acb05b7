/**
 * The Share panel's addresses, as queries for the page's own address: a link to the view the
 * reader has open, and the embed, live or pinned to a day and a data release. Pure: the panel
 * puts them after `location`'s origin and path.
 */
import { hasCalendarChoice, type Lang } from '../../i18n/locales.ts';
import type { IsoDate } from '../../model/index.ts';
import { writeUrl, type Theme, type UrlState } from '../../url-state.ts';

/**
 * A link to this exact view (date, country, region, view, language, the release if one is
 * pinned), opened as a page: never as an embed, with its controls, not presenting.
 */
export function linkQuery(view: UrlState): string {
  return writeUrl({ ...view, embed: false, controls: true, present: false }, '');
}

/** What the embed section of the panel asks. */
export interface EmbedChoice {
  /** This day and this data release, or the live map (latest data, today). */
  pinned: boolean;
  /** `''`: the default, light. */
  theme: Theme | '';
  /** A map without the slider. */
  stillMap: boolean;
  /** The article's language, which is not necessarily its reader's. */
  lang: Lang;
}

/**
 * The embed's query: the view's region on the map, with the choices made in the panel. A pinned
 * embed names the day and the data release, so it keeps showing what the article said.
 */
export function embedQuery(
  view: UrlState,
  choice: EmbedChoice,
  pin: { date: IsoDate; release: IsoDate },
): string {
  return writeUrl(
    {
      region: view.region,
      view: 'map',
      present: false,
      highContrast: false,
      embed: true,
      controls: !choice.stillMap,
      theme: choice.theme || undefined,
      date: choice.pinned ? pin.date : undefined,
      release: choice.pinned ? pin.release : undefined,
      // Always written: without it the embed would follow each reader's browser.
      lang: choice.lang,
      cal: hasCalendarChoice(choice.lang) ? view.cal : undefined,
    },
    '',
  );
}
