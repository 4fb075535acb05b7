/**
 * A static host for the tests of freshness and faults, in the test's own process: it serves the
 * built site (`dist/`) under a sub-path with the caching headers a real host might send, records
 * every request, and can publish a new version (a deploy) or break a file between two visits.
 *
 * Header styles:
 * - `legacy`: an old `Last-Modified`, no `Cache-Control`, no `ETag` (a common default). Browsers
 *   may then reuse a file for weeks without asking (heuristic freshness: a tenth of its age).
 * - `max-age`: `Cache-Control: max-age=40` on JSON, besides `Last-Modified`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, normalize, resolve } from 'node:path';

export type HeaderStyle = 'legacy' | 'max-age';
export type Fault = 404 | 500 | 503 | 'truncated' | 'invalid' | 'stall';

export interface HostedRequest {
  path: string;
  status: number;
  /** The browser asked whether its copy is still good (If-Modified-Since). */
  conditional: boolean;
}

export interface TestHost {
  /** The site's address, ending in `/`. */
  url: string;
  requests: HostedRequest[];
  /** Publish new contents for some files (site-relative paths), as a deploy would. */
  deploy(files: Record<string, string | Buffer>): void;
  /**
   * Publish a new build of the code, as a rebuild would name it: the first script and every chunk
   * that imports a changed one get new hashed names, the page and the worker load them. Returns
   * the new first script's path.
   */
  deployCode(): string;
  /** Break a file (site-relative path) until `fault(path, null)`. */
  fault(path: string, fault: Fault | null): void;
  /** The built file as first served (site-relative path). */
  read(path: string): Buffer;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Before any deploy, every file says it was last modified long ago. */
const ORIGINAL = Date.parse('2024-01-01T00:00:00Z');
/** Each deploy's files are a day newer, though still weeks old by the clock of the machine. */
const FIRST_DEPLOY = Date.parse('2026-11-01T00:00:00Z');
const DAY = 86_400_000;

export async function startTestHost(
  style: HeaderStyle,
  { root = 'dist', prefix = '/recognition-map/' } = {},
): Promise<TestHost> {
  const base = resolve(root);
  const published = new Map<string, { body: Buffer; modified: number }>();
  const faults = new Map<string, Fault>();
  /** When a file last changed: a fault or its repair is a deploy too. */
  const changed = new Map<string, number>();
  let deploys = 0;
  const deployed = (path: string) => changed.set(path, FIRST_DEPLOY + DAY * deploys++);
  const requests: HostedRequest[] = [];
  const sockets = new Set<Socket>();
  const stalled = new Set<ServerResponse>();

  const file = (path: string): { body: Buffer; modified: number } | undefined => {
    const deployed = published.get(path);
    if (deployed) return deployed;
    let full = normalize(join(base, path));
    if (!full.startsWith(base)) return undefined;
    try {
      if (statSync(full).isDirectory()) full = join(full, 'index.html');
      return { body: readFileSync(full), modified: ORIGINAL };
    } catch {
      return undefined;
    }
  };

  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const conditional = !!req.headers['if-modified-since'];
    const record = (status: number) => requests.push({ path: url.pathname, status, conditional });
    if (!url.pathname.startsWith(prefix)) {
      record(404);
      return res.writeHead(404).end();
    }
    let path = decodeURIComponent(url.pathname.slice(prefix.length));
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const fault = faults.get(path);
    const found = file(path);
    if (fault === 'stall') {
      record(200);
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
      stalled.add(res);
      return undefined;
    }
    if (typeof fault === 'number') {
      record(fault);
      return res.writeHead(fault, { 'Content-Type': 'text/plain' }).end('File not found');
    }
    if (!found) {
      record(404);
      return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('File not found');
    }
    let body = found.body;
    if (fault === 'truncated') body = body.subarray(0, Math.floor(body.length / 2));
    if (fault === 'invalid') {
      const json = JSON.parse(body.toString('utf8'));
      if (Array.isArray(json.events)) json.events[0].status = 'friendly';
      else json.type = 'NotATopology';
      body = Buffer.from(JSON.stringify(json));
    }
    const stamp = changed.get(path) ?? found.modified;
    const modified = new Date(stamp).toUTCString();
    const since = Date.parse(String(req.headers['if-modified-since'] ?? ''));
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Last-Modified': modified,
    };
    if (style === 'max-age' && path.endsWith('.json')) headers['Cache-Control'] = 'max-age=40';
    if (!Number.isNaN(since) && stamp <= since) {
      record(304);
      return res.writeHead(304, headers).end();
    }
    record(200);
    return res.writeHead(200, headers).end(body);
  };

  const server = createServer(answer);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;

  const host: TestHost = {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    deploy(files) {
      for (const [path, body] of Object.entries(files)) {
        published.set(path, {
          body: typeof body === 'string' ? Buffer.from(body) : body,
          modified: ORIGINAL,
        });
        deployed(path);
      }
    },
    deployCode() {
      const text = (path: string) => file(path)!.body.toString('utf8');
      const html = text('index.html');
      const entry = /assets\/index-[\w-]+\.js/.exec(html)![0];
      const chunks = readdirSync(join(base, 'assets'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => `assets/${f}`);
      // A chunk that imports a renamed chunk changes too (its import names the new hash).
      const renamed = new Set([entry]);
      for (let grew = true; grew;) {
        grew = false;
        for (const chunk of chunks)
          if (!renamed.has(chunk) && [...renamed].some((r) => text(chunk).includes(basename(r)))) {
            renamed.add(chunk);
            grew = true;
          }
      }
      const names = new Map(
        [...renamed].map((f) => [
          basename(f),
          basename(f).replace(/-([\w-]{3})[\w-]{5}\.js$/, '-$1next.js'),
        ]),
      );
      const rename = (content: string) => {
        for (const [from, to] of names) content = content.split(from).join(to);
        return content;
      };
      const files: Record<string, string> = {
        'index.html': rename(html),
        'sw.js': rename(text('sw.js')).replace('__VERSION="', '__VERSION="next'),
      };
      for (const chunk of renamed)
        files[`assets/${names.get(basename(chunk))}`] = rename(text(chunk));
      host.deploy(files);
      return `assets/${names.get(basename(entry))}`;
    },
    fault(path, fault) {
      if (fault === null) faults.delete(path);
      else faults.set(path, fault);
      deployed(path);
    },
    read(path) {
      return file(path)!.body;
    },
    async close() {
      for (const res of stalled) res.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
  return host;
}
