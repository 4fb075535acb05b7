import { describe, expect, it } from 'vitest';
import { watchStart } from '../../src/controllers/data.ts';

describe('watchStart: when the update watch’s code loads', () => {
  it('at once when a service worker runs the page, whatever the page came from', () => {
    expect(watchStart(true, { transferSize: 2400 })).toBe('now');
    expect(watchStart(true, { transferSize: 0 })).toBe('now');
  });

  it('when the tab is first hidden, for a page just fetched from the server', () => {
    expect(watchStart(false, { transferSize: 2400 })).toBe('hidden');
  });

  it('when idle, for a page that may have come from a cache (or a browser that cannot tell)', () => {
    expect(watchStart(false, { transferSize: 0 })).toBe('idle');
    expect(watchStart(false, {})).toBe('idle');
    expect(watchStart(false, undefined)).toBe('idle');
  });
});
