import { describe, expect, it } from 'vitest';
import { addressOf, buildDay, siteUrlFrom } from '../../build/site-address.ts';

describe('siteUrlFrom(SITE_URL)', () => {
  it('is undefined when unset or empty', () => {
    expect(siteUrlFrom(undefined)).toBeUndefined();
    expect(siteUrlFrom(' ')).toBeUndefined();
  });

  it('ends the address with a slash', () => {
    expect(siteUrlFrom('https://example.org/map')).toBe('https://example.org/map/');
    expect(siteUrlFrom('https://example.org/map/')).toBe('https://example.org/map/');
    expect(siteUrlFrom('https://example.org')).toBe('https://example.org/');
  });

  it('refuses an address that would publish broken links', () => {
    expect(() => siteUrlFrom('example.org/map/')).toThrow(/absolute/);
    expect(() => siteUrlFrom('ftp://example.org/')).toThrow(/http/);
    expect(() => siteUrlFrom('https://example.org/?a=1')).toThrow(/without/);
  });
});

describe('addressOf(site, path)', () => {
  it('is absolute under the site, else relative', () => {
    expect(addressOf('https://example.org/map/', 'map.png')).toBe(
      'https://example.org/map/map.png',
    );
    expect(addressOf(undefined, 'map.png')).toBe('./map.png');
  });
});

describe('buildDay(env, now)', () => {
  it('is the UTC day of SOURCE_DATE_EPOCH, else of the clock', () => {
    const now = new Date('2026-12-06T23:30:00-08:00');
    expect(buildDay({}, now)).toBe('2026-12-07');
    expect(buildDay({ SOURCE_DATE_EPOCH: '1764288000' }, now)).toBe('2025-11-28');
  });
});
