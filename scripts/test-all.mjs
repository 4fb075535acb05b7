#!/usr/bin/env node
/**
 * `npm test`: everything CI runs, in order — type check, lint and format check, data validation,
 * unit tests, then browser tests on the built site — and a closing `N passed, N failed` line that
 * sums unit and browser tests (neither vitest nor Playwright prints one). Exits non-zero on any
 * failure. The time zone is pinned so that no test can pass only in UTC.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = {
  ...process.env,
  TZ: 'America/Los_Angeles',
  FORCE_COLOR: process.env.FORCE_COLOR ?? '1',
};
const out = '.test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const steps = [
  ['type check', 'npx', ['tsc', '-p', '.']],
  ['type check (service worker)', 'npx', ['tsc', '-p', 'tsconfig.sw.json']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['data', 'npx', ['tsx', 'scripts/validate-data.ts']],
  [
    'unit tests',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}/vitest.json`,
    ],
  ],
  [
    'browser tests',
    'npx',
    ['playwright', 'test'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json` },
  ],
];

const only = process.argv.slice(2);
let failedSteps = [];
for (const [name, cmd, args, extraEnv] of steps) {
  if (only.length && !only.includes(name.split(' ')[0])) continue;
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.log(`✗ ${name} failed (${seconds} s)`);
    failedSteps.push(name);
  } else console.log(`✓ ${name} (${seconds} s)`);
}

let passed = 0;
let failed = 0;
if (existsSync(`${out}/vitest.json`)) {
  const v = JSON.parse(readFileSync(`${out}/vitest.json`, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
}
if (existsSync(`${out}/playwright.json`)) {
  const s = JSON.parse(readFileSync(`${out}/playwright.json`, 'utf8')).stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
}
// A step that failed before running its tests (a crash, a type error) still counts as a failure.
const failedOther = failedSteps.filter((s) => !s.endsWith('tests')).length;
console.log(
  `\n${failedSteps.length ? `failed steps: ${failedSteps.join(', ')}\n` : ''}${passed} passed, ${failed + failedOther} failed`,
);
process.exit(failedSteps.length ? 1 : 0);
