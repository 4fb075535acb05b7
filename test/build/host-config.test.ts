import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { netlifyHeaders, nginxConf } from '../../build/host-config.ts';
import { CACHE_RULES, CSP_HEADER, CONTENT_SECURITY_POLICY } from '../../build/publish-policy.ts';

/** `_headers` rules as Netlify and Cloudflare Pages read them: a path pattern and its headers. */
function readHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers.push([name!, value.join(':').trim()]);
    }
  }
  return rules;
}

/** The headers a path gets: every matching rule applies, as on both hosts. */
function headersFor(text: string, path: string): [string, string][] {
  const matches = (pattern: string) =>
    pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
  return readHeadersFile(text).flatMap((r) => (matches(r.pattern) ? r.headers : []));
}

describe('netlifyHeaders()', () => {
  const text = netlifyHeaders();
  const paths: [string, string | undefined][] = [
    ['/', 'no-cache'],
    ['/index.html', 'no-cache'],
    ['/sw.js', 'no-cache'],
    ['/data/recognition.json', 'no-cache'],
    ['/data/releases/2026-11-27.json', 'no-cache'],
    ['/assets/index-CE2O4YNH.js', 'public, max-age=31536000, immutable'],
    ['/favicon.svg', undefined],
  ];

  it.each(paths)('gives %s its caching, the CSP and each header once', (path, cache) => {
    const headers = headersFor(text, path);
    const names = headers.map(([n]) => n);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.fromEntries(headers)['Cache-Control']).toBe(cache);
    expect(Object.fromEntries(headers)['Content-Security-Policy']).toBe(CSP_HEADER);
    expect(CSP_HEADER).toContain('frame-ancestors *');
  });

  it('lets anyone’s scripts read the data, and nothing else', () => {
    expect(Object.fromEntries(headersFor(text, '/data/recognition.json'))).toMatchObject({
      'Access-Control-Allow-Origin': '*',
    });
    expect(Object.fromEntries(headersFor(text, '/'))['Access-Control-Allow-Origin']).toBe(
      undefined,
    );
  });

  it('keeps frame-ancestors out of the meta tag, where browsers ignore it', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });
});

describe('nginxConf()', () => {
  it('is what deploy/nginx/default.conf holds (npm run generate:deploy)', () => {
    expect(readFileSync('deploy/nginx/default.conf', 'utf8')).toBe(nginxConf());
  });

  it('maps every cached path of the policy', () => {
    const conf = nginxConf();
    for (const rule of CACHE_RULES) expect(conf).toContain(`"${rule.cacheControl}"`);
    expect(conf).toContain(`"${CSP_HEADER}"`);
  });
});

describe('deploy/Dockerfile', () => {
  it('pins an nginx release and serves the recipe and the built site', () => {
    const docker = readFileSync('deploy/Dockerfile', 'utf8');
    expect(docker).toMatch(/^FROM nginx:\d+\.\d+\.\d+(-alpine)?$/m);
    expect(docker).toContain('COPY deploy/nginx/default.conf /etc/nginx/conf.d/default.conf');
    expect(docker).toContain('COPY dist/ /usr/share/nginx/html/');
  });
});

describe('.github/workflows/pages.yml', () => {
  const workflow = parse(readFileSync('.github/workflows/pages.yml', 'utf8'));
  const steps = (job: string): { uses?: string; run?: string; with?: { path?: string } }[] =>
    workflow.jobs[job].steps;

  it('tests, builds with the site’s address and uploads dist/', () => {
    const build = steps('build');
    const runs = build.map((s) => s.run ?? '');
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npm test');
    expect(runs.indexOf('npm test')).toBeLessThan(runs.indexOf('npm run build'));
    const upload = build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('dist');
    expect(JSON.stringify(build)).toContain('SITE_URL');
  });

  it('deploys with deploy-pages, with the permissions it needs', () => {
    expect(steps('deploy').some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });
});
