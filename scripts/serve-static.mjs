#!/usr/bin/env node
/**
 * A plain static file server, like any static host: no rewrites, no SPA fallback. Serves `root`
 * under a path prefix, to prove the built site works under any base path.
 *
 *   node scripts/serve-static.mjs --root dist --port 4173 --prefix /recognition-map/
 */
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4173' },
    host: { type: 'string', default: '127.0.0.1' },
    prefix: { type: 'string', default: '/' },
  },
});
const root = resolve(values.root);
const prefix = values.prefix.endsWith('/') ? values.prefix : `${values.prefix}/`;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.cff': 'text/plain; charset=utf-8',
};

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (!url.pathname.startsWith(prefix)) {
    res.writeHead(404).end('not found');
    return;
  }
  let path = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length))));
  if (!path.startsWith(root)) {
    res.writeHead(403).end('forbidden');
    return;
  }
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    statSync(path);
  } catch {
    res.writeHead(404).end('not found');
    return;
  }
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  // Compress text as static hosts do, so measurements see what readers download.
  if (
    /text|json|javascript|svg/.test(type) &&
    /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
  ) {
    const body = gzipSync(readFileSync(path), { level: 6 });
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Encoding': 'gzip',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
    });
    res.end(body);
    return;
  }
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
  createReadStream(path).pipe(res);
}).listen(Number(values.port), values.host, () => {
  console.log(`serving ${root} at http://${values.host}:${values.port}${prefix}`);
});
