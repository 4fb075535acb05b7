/**
 * The first use of Intl loads the browser's locale data: on a phone a task of tens of
 * milliseconds for dates, and more for country names. The page spends those in tasks of their
 * own while its data downloads, rather than in the middle of drawing its first map.
 */
import type { Localizer } from './localizer.ts';
import type { IsoDate } from '../model/iso-date.ts';

export async function warmIntl(
  t: Localizer,
  today: IsoDate,
  pause: () => Promise<void>,
): Promise<void> {
  // English formats without Intl (english.ts): nothing to warm.
  if (t.lang === 'en') return;
  t.date(today, 'long');
  await pause();
  t.country('AFG');
  await pause();
  t.number(193);
  await pause();
}
