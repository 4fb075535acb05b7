/**
 * The publishing policy (publish-policy.ts) written for real hosts: `_headers` for Netlify and
 * Cloudflare Pages (in the build output), and a server block for nginx (deploy/nginx/).
 */
import {
  CACHE_RULES,
  COMPRESSED_TYPES,
  DEFAULT_CACHE,
  OPEN_TO_ALL,
  SECURITY_HEADERS,
} from './publish-policy.ts';

/**
 * Netlify's and Cloudflare Pages' `_headers`. Both apply every rule that matches a path and join
 * repeated headers, so each header is set by one rule only: the security headers for all paths,
 * the caching per path (others keep the host's default, which revalidates).
 */
export function netlifyHeaders(): string {
  const block = (path: string, headers: readonly (readonly [string, string])[]) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const blocks = [block('/*', SECURITY_HEADERS)];
  for (const rule of CACHE_RULES)
    for (const path of rule.paths) {
      const headers: [string, string][] = [['Cache-Control', rule.cacheControl]];
      if (rule.openToAll) headers.push([...OPEN_TO_ALL]);
      blocks.push(block(path.endsWith('/') ? `/${path}*` : `/${path}`, headers));
    }
  return `# Written by the build from build/publish-policy.ts.\n${blocks.join('\n\n')}\n`;
}

/**
 * An nginx server block for the official image (`/etc/nginx/conf.d/default.conf`, which nginx
 * reads inside its `http` block; the site in `/usr/share/nginx/html`). The caching rules are a
 * `map` on the path, so every header is set once, for the whole server.
 */
export function nginxConf(): string {
  const quote = (value: string) => `"${value}"`;
  const key = (path: string) => (path.endsWith('/') ? `~^/${path}` : `/${path}`);
  const cache = CACHE_RULES.flatMap((rule) =>
    rule.paths.map((path) => `    ${key(path).padEnd(13)} ${quote(rule.cacheControl)};`),
  );
  const open = CACHE_RULES.filter((rule) => rule.openToAll).flatMap((rule) =>
    rule.paths.map((path) => `    ${key(path).padEnd(13)} ${quote(OPEN_TO_ALL[1])};`),
  );
  const header = ([name, value]: readonly [string, string]) =>
    `    add_header ${name} ${value.startsWith('$') ? value : quote(value)} always;`;
  return [
    '# Recognition Map on nginx: written by `npm run generate:deploy` from build/publish-policy.ts.',
    '# For the official nginx image: /etc/nginx/conf.d/default.conf (inside its http block), the',
    '# built site (dist/) in /usr/share/nginx/html. See the README, "Publish".',
    '',
    '# Hashed assets for a year; the page, the worker and the data revalidated on every use.',
    'map $uri $recognition_map_cache {',
    `    default       ${quote(DEFAULT_CACHE)};`,
    ...cache,
    '}',
    '',
    '# The data may be read by anyone’s scripts (researchers’ notebooks, other sites’ charts).',
    'map $uri $recognition_map_cors {',
    '    default       "";',
    ...open,
    '}',
    '',
    'server {',
    '    listen 80;',
    '    listen [::]:80;',
    '    server_name _;',
    '    root /usr/share/nginx/html;',
    '    index index.html;',
    '    server_tokens off;',
    '',
    '    charset utf-8;',
    `    charset_types ${COMPRESSED_TYPES.join(' ')};`,
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_comp_level 6;',
    '    gzip_min_length 256;',
    `    gzip_types ${COMPRESSED_TYPES.join(' ')};`,
    '',
    header(['Cache-Control', '$recognition_map_cache']),
    header([OPEN_TO_ALL[0], '$recognition_map_cors']),
    ...SECURITY_HEADERS.map(header),
    '',
    '    location / {',
    '        try_files $uri $uri/ =404;',
    '    }',
    '}',
    '',
  ].join('\n');
}
