import { describe, expect, it, vi, afterEach } from 'vitest';
import { loadKeepingLastGood, type CopyStore } from '../../src/load/last-good.ts';
import { LoadError } from '../../src/load/load-error.ts';

/** A store in memory, recording what was kept. */
function memoryStore(
  initial: Record<string, string> = {},
): CopyStore & { kept: Map<string, string> } {
  const kept = new Map(Object.entries(initial));
  return {
    kept,
    get: (file) => Promise.resolve(kept.get(file)),
    put: (file, text) => {
      kept.set(file, text);
      return Promise.resolve();
    },
  };
}

/** A check like the page's: the file must be an object with `ok: true`. */
const check = (json: unknown) => {
  if ((json as { ok?: unknown })?.ok !== true)
    throw new LoadError('invalid', 'data/x.json', 'field "ok": must be true');
  return json as { ok: true; v?: number };
};

const answer = (body: string, status = 200) =>
  Promise.resolve(new Response(body, { status, statusText: status === 200 ? 'OK' : 'Error' }));

function load(store: CopyStore, fetch: () => Promise<Response>, copyAfterMs = 5_000) {
  return loadKeepingLastGood({
    file: 'data/x.json',
    url: 'https://example.org/data/x.json',
    check,
    store,
    fetch: fetch as typeof globalThis.fetch,
    timeoutMs: 20_000,
    copyAfterMs,
  });
}

const GOOD_COPY = JSON.stringify({ ok: true, v: 1 });

afterEach(() => vi.useRealTimers());

describe('loadKeepingLastGood(options)', () => {
  it('gives a good file from the network and keeps it as the new copy', async () => {
    const store = memoryStore({ 'data/x.json': GOOD_COPY });
    const fresh = JSON.stringify({ ok: true, v: 2 });
    const loaded = await load(store, () => answer(fresh));
    expect(loaded).toEqual({ value: { ok: true, v: 2 }, text: fresh });
    // The copy is written in a task of its own.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(store.kept.get('data/x.json')).toBe(fresh);
  });

  it.each([
    ['damaged', () => answer('{"ok": tr'), 'corrupt'],
    ['invalid', () => answer('{"ok": false}'), 'invalid'],
    ['missing', () => answer('not found', 404), 'http'],
    ['failing', () => answer('oops', 503), 'http'],
    ['unreachable', () => Promise.reject(new TypeError('Failed to fetch')), 'network'],
  ] as const)(
    'a %s file never replaces the good copy: the copy, with the reason',
    async (_, fetch, kind) => {
      const store = memoryStore({ 'data/x.json': GOOD_COPY });
      const loaded = await load(store, fetch);
      expect(loaded.value).toEqual({ ok: true, v: 1 });
      expect(loaded.failure).toBeInstanceOf(LoadError);
      expect(loaded.failure!.kind).toBe(kind);
      expect(loaded.failure!.file).toBe('data/x.json');
      expect(store.kept.get('data/x.json')).toBe(GOOD_COPY);
    },
  );

  it('without a good copy, the failure names the file', async () => {
    const error = await load(memoryStore(), () => answer('not found', 404)).catch((e) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect(error).toMatchObject({ kind: 'http', status: 404, file: 'data/x.json' });
    expect(error.message).toBe('404 Error');
  });

  it('a copy that no longer passes the checks is no copy', async () => {
    const store = memoryStore({ 'data/x.json': '{"ok": "old format"}' });
    await expect(load(store, () => answer('', 500))).rejects.toMatchObject({ kind: 'http' });
  });

  it('a stalled server: the copy after a short wait, and the late answer kept for next time', async () => {
    vi.useFakeTimers();
    const store = memoryStore({ 'data/x.json': GOOD_COPY });
    let arrive: (r: Response) => void = () => {};
    const late = new Promise<Response>((resolve) => (arrive = resolve));
    const loading = load(store, () => late, 5_000);
    await vi.advanceTimersByTimeAsync(5_000);
    const loaded = await loading;
    expect(loaded.value).toEqual({ ok: true, v: 1 });
    expect(loaded.failure).toMatchObject({ kind: 'timeout', file: 'data/x.json' });
    const fresh = JSON.stringify({ ok: true, v: 3 });
    arrive(new Response(fresh));
    await vi.advanceTimersByTimeAsync(10);
    expect(store.kept.get('data/x.json')).toBe(fresh);
  });

  it('a stalled server with no copy: waits for it, up to the full timeout', async () => {
    vi.useFakeTimers();
    const loading = load(memoryStore(), () => new Promise<Response>(() => {}), 5_000);
    loading.catch(() => undefined);
    await vi.advanceTimersByTimeAsync(19_000);
    let settled = false;
    void loading.finally(() => (settled = true)).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(loading).rejects.toMatchObject({ kind: 'timeout' });
  });
});
