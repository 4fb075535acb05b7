#!/usr/bin/env node
/**
 * Serves a folder with Debian's nginx and the project's own recipe (deploy/nginx/default.conf),
 * on a loopback port, for the browser tests of the recipe (e2e/nginx.spec.ts). The recipe is
 * used as written, but for its port and its root:
 *
 *   node scripts/serve-nginx.mjs --root dist --port 4175
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4175' },
    conf: { type: 'string', default: 'deploy/nginx/default.conf' },
  },
});
const nginx = ['/usr/sbin/nginx', 'nginx'].find(
  (bin) => spawnSync(bin, ['-v'], { stdio: 'ignore' }).status === 0,
);
if (!nginx) {
  console.error(
    'nginx is missing: install Debian’s nginx (apt-get install nginx) for these tests.',
  );
  process.exit(1);
}
const prefix = resolve('.nginx');
mkdirSync(`${prefix}/logs`, { recursive: true });
const site = readFileSync(values.conf, 'utf8')
  .replace(/^\s*listen \[::\]:80;\n/m, '')
  .replace(/listen 80;/, `listen 127.0.0.1:${values.port};`)
  .replace(/root \/usr\/share\/nginx\/html;/, `root ${resolve(values.root)};`);
if (!site.includes(`127.0.0.1:${values.port}`)) throw new Error('the recipe has no `listen 80;`');
writeFileSync(`${prefix}/site.conf`, site);
const temp = (name) => `${name}_temp_path ${prefix}/${name};`;
writeFileSync(
  `${prefix}/nginx.conf`,
  [
    // As root, nginx's workers would run as `nobody`, who may not read the checkout.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    'daemon off;',
    `pid ${prefix}/nginx.pid;`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
    `  include ${prefix}/site.conf;`,
    '}',
    '',
  ].join('\n'),
);
const child = spawn(nginx, ['-p', prefix, '-c', `${prefix}/nginx.conf`], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code) => process.exit(code ?? 0));
console.log(`nginx serving ${resolve(values.root)} at http://127.0.0.1:${values.port}/`);
