/**
 * The map's text alternative: what a sighted reader sees at a glance, in words. Names are listed
 * for every status but `none` (at most a couple of dozen states).
 */
import type { Localizer } from '../i18n/index.ts';
import {
  STATUSES,
  type DatasetEvent,
  type StatusCounts,
  type StatusSnapshot,
} from '../model/index.ts';
import { actorName } from './format.ts';

export function describeMap(
  t: Localizer,
  snapshot: Extract<StatusSnapshot, { kind: 'era' }>,
  counts: StatusCounts,
): string {
  const parts = [t.t('map.description', { date: t.date(snapshot.date, 'long') })];
  let any = false;
  for (const status of STATUSES) {
    if (status === 'none' || counts[status] === 0) continue;
    any = true;
    const names = [...snapshot.countries.values()]
      .filter((s) => s.status === status)
      .map((s) => t.country(s.iso3))
      .sort((a, b) => t.compare(a, b));
    parts.push(
      t.t('map.describeStatus', {
        count: counts[status],
        status: t.t(`status.${status}.name`),
        names: t.list(names),
      }),
    );
  }
  if (!any) parts.push(t.t('map.describeNone'));
  parts.push(t.t('map.keyboardHint'));
  return parts.join(' ');
}

/**
 * What screen readers hear when the date settles, e.g. "3 July 2025: 1 state recognises, 4
 * accept a Taliban ambassador, 9 host a Taliban-run mission. Changed: Russia: Recognises."
 */
export function announceDate(
  t: Localizer,
  snapshot: Extract<StatusSnapshot, { kind: 'era' }>,
  counts: StatusCounts,
  changed: readonly DatasetEvent[],
): string {
  const parts = (['recognized', 'ambassador', 'charge', 'contact', 'withdrawn'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => t.t(`announce.${s}`, { count: counts[s] }));
  const list = parts.length ? t.list(parts) : t.t('announce.none');
  const summary = t.t('announce.summary', { date: t.date(snapshot.date, 'long'), parts: list });
  if (changed.length === 0) return summary;
  const changes = changed.map((e) =>
    t.t('announce.change', {
      actor: actorName(t, e),
      what: e.status !== null && e.country ? t.t(`status.${e.status}.name`) : t.t(`type.${e.type}`),
    }),
  );
  return `${summary} ${t.t('announce.changed', { changes: changes.join('; ') })}`;
}
