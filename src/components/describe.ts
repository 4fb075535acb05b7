/**
 * The map's text alternative: what a sighted reader sees at a glance, in words. Names are listed
 * for every status but `none` (at most a couple of dozen states).
 */
import type { Localizer } from '../i18n/index.ts';
import { STATUSES, type StatusCounts, type StatusSnapshot } from '../model/index.ts';

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
      .sort((a, b) => a.localeCompare(b, t.info.intl));
    parts.push(
      t.t('map.describeStatus', {
        count: counts[status],
        status: t.t(`status.${status}.name`),
        names: names.join(', '),
      }),
    );
  }
  if (!any) parts.push(t.t('map.describeNone'));
  parts.push(t.t('map.keyboardHint'));
  return parts.join(' ');
}
