import { describe, expect, it } from 'vitest';
import { strategyFor } from '../../src/offline/routing.ts';

const scope = new URL('https://example.org/recognition-map/');
const at = (path: string, method = 'GET', navigation = false) =>
  strategyFor(method, new URL(path, scope), scope, navigation);

describe('strategyFor(method, url, scope, isNavigation)', () => {
  it('keeps hashed assets: cache first', () => {
    expect(at('assets/index-CZa1GWgw.js')).toBe('cache-first');
    expect(at('assets/world.topo-CSqvaUUP.json')).toBe('cache-first');
  });

  it('asks the network first for the data and the page, so newer data replaces the saved copy', () => {
    expect(at('data/recognition.json')).toBe('network-first');
    expect(at('data/releases/2026-11-27.json')).toBe('network-first');
    expect(at('data/lessons/1.json')).toBe('network-first');
    expect(at('./?date=2025-07-03', 'GET', true)).toBe('network-first');
    expect(at('index.html')).toBe('network-first');
  });

  it('leaves other origins, other paths and other methods alone', () => {
    expect(strategyFor('GET', new URL('https://cdn.example.com/x.js'), scope, false)).toBe(
      'ignore',
    );
    expect(strategyFor('GET', new URL('https://example.org/other/'), scope, false)).toBe('ignore');
    expect(at('data/recognition.json', 'POST')).toBe('ignore');
    expect(at('favicon.svg')).toBe('network');
  });
});
