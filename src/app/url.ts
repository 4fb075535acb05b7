/**
 * The state's part that lives in the link, read and written through url-state.ts (which never
 * throws, corrects what it can and says what it ignored).
 */
import { hasCalendarChoice, type Lang } from '../i18n/locales.ts';
import type { IsoDate } from '../model/index.ts';
import { readUrl, writeUrl, type Notice, type ReadContext, type UrlState } from '../url-state.ts';
import type { AppState } from './state.ts';

export interface UrlContext extends ReadContext {
  today: IsoDate;
  /** The reader's language when the link names none. */
  browserLang: Lang;
}

/**
 * The state a link asks for. The runtime fields (playing, the open dialog…) are kept from `s`,
 * and so is the pinned release shown, which the data decides.
 */
export function fromUrl(
  search: string,
  s: AppState,
  ctx: UrlContext,
): { state: AppState; notices: Notice[] } {
  const { state: u, notices } = readUrl(search, ctx);
  const present = u.present && !u.embed;
  return {
    state: {
      ...s,
      date: u.date ?? ctx.today,
      compare: u.compare,
      country: u.country ?? null,
      region: u.region,
      view: u.view,
      embed: u.embed,
      controls: u.controls,
      theme: u.theme,
      highContrast: u.highContrast,
      present,
      presenting: present && s.presenting,
      lesson: u.lesson,
      step: u.step ?? 1,
      lang: (u.lang as Lang | undefined) ?? ctx.browserLang,
      langInUrl: u.lang !== undefined,
      cal: u.cal,
      status: u.status,
      sort: u.sort,
      speed: u.speed ?? 1,
    },
    notices,
  };
}

/** What of the state a link keeps. */
export function urlStateOf(s: AppState): UrlState {
  return {
    date: s.date,
    compare: s.compare,
    country: s.country ?? undefined,
    region: s.region,
    view: s.view,
    embed: s.embed,
    controls: s.controls,
    theme: s.theme,
    release: s.release,
    present: s.present,
    highContrast: s.highContrast,
    lesson: s.lesson,
    step: s.lesson ? s.step : undefined,
    lang: s.langInUrl ? s.lang : undefined,
    cal: hasCalendarChoice(s.lang) ? s.cal : undefined,
    status: s.status,
    sort: s.sort,
    speed: s.speed === 1 ? undefined : s.speed,
  };
}

/** The query string for `s`, keeping the parameters the page does not own. */
export const toUrl = (s: AppState, currentSearch: string): string =>
  writeUrl(urlStateOf(s), currentSearch);
