import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/model/index.ts';
import { validateDataFiles } from '../../scripts/validate-data-files.ts';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of data/ to break, one file at a time. */
function copyOfData(): string {
  const parent = mkdtempSync(join(tmpdir(), 'rm-data-'));
  copies.push(parent);
  const dir = join(parent, 'data');
  cpSync('data', dir, { recursive: true });
  return dir;
}

function edit<T>(file: string, change: (json: T) => void) {
  const json = JSON.parse(readFileSync(file, 'utf8')) as T;
  change(json);
  writeFileSync(file, JSON.stringify(json));
}

describe('validateDataFiles(dir)', () => {
  it('checks the live dataset, the releases, the lessons and the translations, in that order', () => {
    const check = validateDataFiles();
    expect(check.errors.map(formatIssue)).toEqual([]);
    const kinds = check.files.map((f) => f.kind);
    expect(kinds[0]).toBe('dataset');
    expect(kinds.lastIndexOf('dataset')).toBeLessThan(kinds.indexOf('lesson'));
    expect(kinds.lastIndexOf('lesson')).toBeLessThan(kinds.indexOf('translations'));
    expect(check.files.map((f) => f.file)).toContain('data/releases/2026-11-27.json');
    expect(check.files[0]).toMatchObject({ name: 'recognition.json', dataset: check.live });
    expect(check.live?.events.length).toBeGreaterThan(0);
    expect([...check.lessons.keys()]).toEqual(['1']);
    expect([...check.translations.keys()].sort()).toEqual(
      ['ar', 'es', 'fa', 'fr', 'ps', 'ru', 'ur', 'zh'].sort(),
    );
    expect(check.files.every((f) => f.json !== undefined)).toBe(true);
  });

  it('names the file, the event and the field of a broken event, and checks nothing against it', () => {
    const dir = copyOfData();
    edit(`${dir}/recognition.json`, (json: { events: { id: string; confidence: string }[] }) => {
      json.events[3]!.confidence = 'sure';
    });
    const check = validateDataFiles(dir);
    const { events } = check.files[0]!.json as { events: { id: string }[] };
    expect(check.errors.map(formatIssue)).toEqual([
      `${dir}/recognition.json, event "${events[3]!.id}", field "confidence": unknown confidence "sure" (expected one of: high, medium, low)`,
    ]);
    expect(check.live).toBeUndefined();
    expect(check.unchecked).toContain(`${dir}/lessons/1.json`);
    expect(check.unchecked).toContain(`${dir}/translations/fa.json`);
  });

  it('finds a translation of English that has changed since (data/translation-sources.json)', () => {
    const dir = copyOfData();
    let id = '';
    edit(`${dir}/recognition.json`, (json: { events: { id: string; description: string }[] }) => {
      id = json.events[0]!.id;
      json.events[0]!.description += ' Changed.';
    });
    const check = validateDataFiles(dir);
    const fa = check.errors.filter((i) => i.file === `${dir}/translations/fa.json`);
    expect(fa).toEqual([
      expect.objectContaining({
        eventId: id,
        field: 'description',
        message: expect.stringContaining('has changed since this was translated'),
      }),
    ]);
    // Still parsed: the findings are beyond its shape.
    expect(check.translations.get('fa')?.events.get(id)).toBeTruthy();
  });

  it('reports a file that is not JSON by name and checks the others', () => {
    const dir = copyOfData();
    writeFileSync(`${dir}/releases/2026-11-27.json`, '{');
    const check = validateDataFiles(dir);
    expect(check.errors.map(formatIssue)).toEqual([
      expect.stringMatching(/^.*\/releases\/2026-11-27\.json: not valid JSON: /),
    ]);
    expect(check.lessons.size).toBe(1);
  });

  it('names the field of a malformed data/translation-sources.json', () => {
    const dir = copyOfData();
    writeFileSync(`${dir}/translation-sources.json`, '{"fa": 3}');
    const check = validateDataFiles(dir);
    expect(check.sourcesIssues).toEqual([
      expect.objectContaining({ file: `${dir}/translation-sources.json`, field: 'fa' }),
    ]);
    expect(check.errors).toEqual(expect.arrayContaining(check.sourcesIssues));
  });
});
