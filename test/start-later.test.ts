import { describe, expect, it, vi } from 'vitest';
import { startLater } from '../src/start-later.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startLater', () => {
  it('starts once the code has arrived, and stops what it started', async () => {
    const stopped = vi.fn();
    const stop = startLater(() => Promise.resolve(stopped));
    await tick();
    expect(stopped).not.toHaveBeenCalled();
    stop();
    expect(stopped).toHaveBeenCalledOnce();
  });

  it('stopped before the code arrived, stops it as soon as it starts', async () => {
    const stopped = vi.fn();
    let arrive!: (f: () => void) => void;
    const stop = startLater(() => new Promise((resolve) => (arrive = resolve)));
    stop();
    arrive(stopped);
    await tick();
    expect(stopped).toHaveBeenCalledOnce();
  });

  it('code that cannot load starts nothing and throws nothing', async () => {
    const stop = startLater(() => Promise.reject(new Error('offline')));
    await tick();
    expect(() => stop()).not.toThrow();
  });
});
