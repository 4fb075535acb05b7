import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { ViteDevServer } from 'vite';
import { datasetPlugin } from '../../build/dataset-plugin.ts';
import { servedDataFiles } from '../../scripts/data-files.ts';
import { fakeContext, hook } from '../helpers/plugin-hooks.ts';

/** The dev server's answer to `url`: the body and type it sent, or whether it passed it on. */
function serve(url: string) {
  let middleware: (req: unknown, res: unknown, next: () => void) => void = () => {};
  const server = { middlewares: { use: (fn: typeof middleware) => (middleware = fn) } };
  void hook(datasetPlugin(), 'configureServer').call(
    undefined as never,
    server as unknown as ViteDevServer,
  );
  const sent: { type?: string; body?: Buffer; next: boolean } = { next: false };
  middleware(
    { url },
    {
      setHeader: (name: string, value: string) => name === 'Content-Type' && (sent.type = value),
      end: (body: Buffer) => (sent.body = body),
    },
    () => (sent.next = true),
  );
  return sent;
}

describe('datasetPlugin() in the dev server', () => {
  it('serves data/*.json as JSON, with or without a query', () => {
    for (const url of ['/data/recognition.json', '/data/lessons/1.json?t=1']) {
      const sent = serve(url);
      expect(sent.type).toBe('application/json');
      expect(String(sent.body)).toBe(readFileSync(url.slice(1).split('?')[0]!, 'utf8'));
      expect(sent.next).toBe(false);
    }
  });

  it('passes on anything it does not publish', () => {
    for (const url of [
      '/src/main.ts',
      '/recognition.json',
      '/data/translation-sources.json',
      '/data/../package.json',
    ])
      expect(serve(url)).toEqual({ next: true });
  });
});

describe('datasetPlugin() generateBundle', () => {
  it('copies every published data file into data/, as compact JSON', () => {
    const { context, emitted } = fakeContext();
    hook(datasetPlugin(), 'generateBundle').call(context, {} as never, {}, false);
    const names = servedDataFiles();
    expect([...emitted.keys()]).toEqual(names.map((n) => `data/${n}`));
    for (const name of names) {
      const source = emitted.get(`data/${name}`) as string;
      expect(JSON.parse(source)).toEqual(JSON.parse(readFileSync(`data/${name}`, 'utf8')));
      expect(source).not.toContain('\n');
    }
  });

  it('fails the build with the validator’s message naming the file, the event and the field', () => {
    const parent = mkdtempSync(join(tmpdir(), 'rm-data-'));
    onTestFinished(() => rmSync(parent, { recursive: true, force: true }));
    const dir = join(parent, 'data');
    cpSync('data', dir, { recursive: true });
    const json = JSON.parse(readFileSync(`${dir}/lessons/1.json`, 'utf8'));
    json.steps[2].events = ['no-such-event'];
    writeFileSync(`${dir}/lessons/1.json`, JSON.stringify(json));
    const live = JSON.parse(readFileSync(`${dir}/recognition.json`, 'utf8'));
    live.events[5].date = '1997-02-30';
    writeFileSync(`${dir}/recognition.json`, JSON.stringify(live));

    const { context, emitted } = fakeContext();
    const error = vi.spyOn(context as { error: (m: string) => never }, 'error');
    expect(() =>
      hook(datasetPlugin(dir), 'generateBundle').call(context, {} as never, {}, false),
    ).toThrow(
      /^The dataset is invalid \(1 error\):\n {2}.*\/recognition\.json, event "[^"]+", field "date": /,
    );
    expect(error).toHaveBeenCalledOnce();
    expect(emitted.size).toBe(0);

    writeFileSync(`${dir}/recognition.json`, readFileSync('data/recognition.json'));
    expect(() =>
      hook(datasetPlugin(dir), 'generateBundle').call(context, {} as never, {}, false),
    ).toThrow('/lessons/1.json, event "step 3", field "events": unknown event id "no-such-event"');
  });
});
