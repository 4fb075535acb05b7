/** Small formatting helpers shared by components: how dates of uneven precision are said. */
import type { Localizer } from '../i18n/index.ts';
import type { CountryStatus, DatasetEvent } from '../model/index.ts';

/** An event's date as precise as its sources allow: "3 Jul 2025", "May 1997", "2022". */
export function eventDateText(t: Localizer, e: DatasetEvent): string {
  switch (e.precision) {
    case 'day':
      return t.date(e.date, 'day');
    case 'month':
      return t.date(`${e.date}-01`, 'month');
    case 'year':
      return t.date(`${e.date}-01-01`, 'year');
    case 'no-later-than':
      return t.date(e.effectiveDate, 'day');
  }
}

/** "since 3 Jul 2025", "since around May 1997", "by 27 Feb 2023". */
export function sinceText(t: Localizer, s: CountryStatus): string {
  if (!s.since) return t.t('since.none');
  const date = eventDateText(t, s.since);
  if (s.since.precision === 'no-later-than') return t.t('since.by', { date });
  return t.t(s.since.approximate ? 'since.approx' : 'since.day', { date });
}
