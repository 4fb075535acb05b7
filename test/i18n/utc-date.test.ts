import { describe, expect, it } from 'vitest';
import { utcDate } from '../../src/i18n/localizer.ts';
import { englishLocalizer } from '../../src/i18n/index.ts';

describe('utcDate(date)', () => {
  it('keeps years 0000–0099 as written, never 19xx', () => {
    expect(utcDate('0099-06-01').getUTCFullYear()).toBe(99);
    expect(utcDate('0001-01-01').getUTCFullYear()).toBe(1);
    expect(utcDate('0000-02-29').toISOString()).toBe('0000-02-29T00:00:00.000Z');
    expect(utcDate('2025-07-03').toISOString()).toBe('2025-07-03T00:00:00.000Z');
  });

  it('formats an ancient date in its own year', () => {
    expect(englishLocalizer().date('0099-06-01', 'long')).not.toMatch(/19/);
  });
});
