import { describe, expect, it } from 'vitest';
import { loadLocalizer } from '../../src/i18n/index.ts';
import { dateHeading } from '../../src/text/format.ts';
import { realDataset } from '../helpers/dataset.ts';

describe('dateHeading(t, date, events)', () => {
  const data = realDataset();
  const on = (date: string) => data.events.filter((e) => e.effectiveDate === date);

  it('says a year-only or month-only event’s date as such, not as a day', async () => {
    const t = await loadLocalizer('en');
    const saudi = data.events.find((e) => e.country?.iso3 === 'SAU' && e.precision === 'year')!;
    expect(dateHeading(t, saudi.effectiveDate, on(saudi.effectiveDate))).toBe(
      `${saudi.date}, year only`,
    );
    const uae = data.events.find((e) => e.country?.iso3 === 'ARE' && e.precision === 'month')!;
    expect(dateHeading(t, uae.effectiveDate, on(uae.effectiveDate))).toBe('May 1997, month only');
  });

  it('writes the day on other days', async () => {
    const t = await loadLocalizer('en');
    expect(dateHeading(t, '2025-07-03', on('2025-07-03'))).toBe('3 July 2025');
    expect(dateHeading(t, '1998-03-02', [])).toBe('2 March 1998');
  });
});
