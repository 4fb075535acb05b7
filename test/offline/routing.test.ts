import { describe, expect, it } from 'vitest';
import { cachesToDelete, strategyFor, usableAnswer } from '../../src/offline/routing.ts';

const scope = new URL('https://example.org/recognition-map/');
const at = (path: string, method = 'GET') => strategyFor(method, new URL(path, scope), scope);

describe('strategyFor(method, url, scope)', () => {
  it('keeps hashed assets: cache first', () => {
    expect(at('assets/index-CZa1GWgw.js')).toBe('cache-first');
    expect(at('assets/world.topo-CSqvaUUP.json')).toBe('cache-first');
  });

  it('asks the network first for the page, whatever its query', () => {
    expect(at('./?date=2025-07-03')).toBe('network-first');
    expect(at('./')).toBe('network-first');
    expect(at('index.html')).toBe('network-first');
  });

  it('leaves the data to the page, which keeps its own checked copies', () => {
    expect(at('data/recognition.json')).toBe('ignore');
    expect(at('data/releases/2026-11-27.json')).toBe('ignore');
    expect(at('data/lessons/1.json')).toBe('ignore');
  });

  it('leaves other origins, other paths and other methods alone', () => {
    expect(strategyFor('GET', new URL('https://cdn.example.com/x.js'), scope)).toBe('ignore');
    expect(strategyFor('GET', new URL('https://example.org/other/'), scope)).toBe('ignore');
    expect(at('./', 'POST')).toBe('ignore');
    expect(at('favicon.svg')).toBe('network');
  });
});

describe('usableAnswer(status)', () => {
  it('gives the saved page for a server error or a missing page (a broken deploy)', () => {
    expect(usableAnswer(200)).toBe(true);
    expect(usableAnswer(304)).toBe(true);
    expect(usableAnswer(404)).toBe(false);
    expect(usableAnswer(500)).toBe(false);
    expect(usableAnswer(503)).toBe(false);
  });
});

describe('cachesToDelete(names)', () => {
  it('keeps the newest two builds and never the page’s own copies', () => {
    const names = [
      'recognition-map-last-good',
      'recognition-map-0123456789ab',
      'recognition-map-sw-aaaaaaaaaaaa',
      'recognition-map-sw-bbbbbbbbbbbb',
      'someone-else',
    ];
    expect(cachesToDelete(names)).toEqual(['recognition-map-0123456789ab']);
    expect(cachesToDelete(names.slice(0, 2))).toEqual([]);
  });
});
