/** Small formatting helpers shared by components: how dates of uneven precision are said. */
import type { DateParam, Localizer } from '../i18n/index.ts';
import type { CountryStatus, DatasetEvent, IsoDate } from '../model/index.ts';

/** An event's date as precise as its sources allow, and the style to write it in. */
export function eventDate(e: DatasetEvent): DateParam {
  switch (e.precision) {
    case 'day':
      return { date: e.date, style: 'day' };
    case 'month':
      return { date: `${e.date}-01`, style: 'month' };
    case 'year':
      return { date: `${e.date}-01-01`, style: 'year' };
    case 'no-later-than':
      return { date: e.effectiveDate, style: 'day' };
  }
}

/** "3 Jul 2025", "May 1997", "2022". */
export function eventDateText(t: Localizer, e: DatasetEvent): string {
  const { date, style } = eventDate(e);
  return t.date(date, style);
}

/**
 * "since 3 Jul 2025", "since around May 1997", "by 27 Feb 2023": the date goes to the message as
 * a date, so each language writes it as its preposition needs (Russian «с мая 1997 г.»).
 */
export function sinceText(t: Localizer, s: CountryStatus): string {
  if (!s.since) return t.t('since.none');
  const date = eventDate(s.since);
  if (s.since.precision === 'no-later-than') return t.t('since.by', { date });
  return t.t(s.since.approximate ? 'since.approx' : 'since.day', { date });
}

/** "Recognises since 3 Jul 2025": the status and its since date, for tooltips and summaries. */
export function statusSinceText(t: Localizer, s: CountryStatus): string {
  const name = t.t(`status.${s.status}.name`);
  return s.since ? `${name} ${sinceText(t, s)}` : name;
}

/** Why a status is drawn as uncertain, if it is: approximate date, weak evidence or later doubt. */
export function uncertaintyNotes(t: Localizer, s: CountryStatus): string[] {
  const notes: string[] = [];
  if (s.status === 'none' || !s.since) return notes;
  if (s.confidence === 'low') notes.push(t.t('confidence.lowClaim'));
  if (s.approximate) notes.push(t.t('uncertain.approximate'));
  if (s.doubt) notes.push(t.t('doubt.notice', { date: eventDate(s.doubt) }));
  return notes;
}

export function isUncertain(s: CountryStatus): boolean {
  return s.status !== 'none' && !!s.since && (s.approximate || s.confidence === 'low' || !!s.doubt);
}

export function eraLabel(t: Localizer, era: 1 | 2): string {
  return t.t(era === 1 ? 'era.1.name' : 'era.2.name');
}

/** Who acted: a country's name, or an entity that is not on the map. */
export function actorName(t: Localizer, e: DatasetEvent): string {
  if (e.country) return t.country(e.country.iso3);
  if (e.entity) {
    const key = `entity.${e.entity.id}`;
    return t.has(key) ? t.t(key) : e.entity.name;
  }
  return '';
}

/** One line for an event: its description (already names the actor), translated if it can be. */
export function eventSummary(t: Localizer, e: DatasetEvent): string {
  return t.description(e).text;
}

/**
 * The date above the slider: the day, or, on the day an event known only to its year or month
 * takes effect, that year or month said as such ("1998, year only"), not a day the sources never
 * gave.
 */
export function dateHeading(t: Localizer, date: IsoDate, events: readonly DatasetEvent[]): string {
  const vague = events.find((e) => e.precision === 'year' || e.precision === 'month');
  if (!vague || events.some((e) => e.precision === 'day')) return t.date(date, 'long');
  const { date: shown, style } = eventDate(vague);
  return t.t(style === 'year' ? 'slider.yearOnly' : 'slider.monthOnly', {
    date: t.date(shown, style),
  });
}
