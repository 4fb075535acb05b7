import { describe, expect, it } from 'vitest';
import { UrlHistory } from '../../src/controllers/url-history.ts';

function setup() {
  const calls: string[] = [];
  let now = 0;
  let current = '';
  const history = new UrlHistory(
    {
      pushState: (_d, _u, url) => calls.push(`push ${(current = url)}`),
      replaceState: (_d, _u, url) => calls.push(`replace ${(current = url)}`),
    },
    () => now,
  );
  const sync = (mode: 'push' | 'replace', search: string) =>
    history.sync(mode, search, current, '');
  return { calls, sync, tick: (ms: number) => (now += ms), history };
}

describe('UrlHistory', () => {
  it('a drag opens one entry, replaces it while moving, and the commit closes it', () => {
    const { calls, sync, tick } = setup();
    sync('replace', '?date=1');
    tick(16);
    sync('replace', '?date=2');
    tick(16);
    sync('push', '?date=2');
    expect(calls).toEqual(['push ?date=1', 'replace ?date=2']);
  });

  it('separate commits are separate entries; a quick burst is one', () => {
    const { calls, sync, tick } = setup();
    sync('push', '?a');
    tick(2000);
    sync('push', '?b');
    tick(300);
    sync('push', '?c');
    expect(calls).toEqual(['push ?a', 'push ?b', 'replace ?c']);
  });

  it('writes nothing when the URL does not change, and starts afresh after Back', () => {
    const { calls, sync, tick, history } = setup();
    sync('push', '');
    expect(calls).toEqual([]);
    sync('replace', '?x');
    history.reset();
    tick(10);
    sync('push', '?y');
    expect(calls).toEqual(['push ?x', 'push ?y']);
  });
});
