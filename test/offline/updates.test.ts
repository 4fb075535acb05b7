import { describe, expect, it } from 'vitest';
import { pageIsCurrent } from '../../src/offline/updates.ts';

describe('pageIsCurrent(html, entry)', () => {
  const html = '<script type="module" crossorigin src="./assets/index-CE2O4YNH.js"></script>';
  it('is true while the published page loads the script this page runs', () => {
    expect(pageIsCurrent(html, 'https://example.org/map/assets/index-CE2O4YNH.js')).toBe(true);
  });
  it('is false once a newer build is published', () => {
    expect(pageIsCurrent(html, 'https://example.org/map/assets/index-OLDHASH1.js')).toBe(false);
  });
});
