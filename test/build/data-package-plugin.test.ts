import { mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildData } from '../../build/build-data.ts';
import { csvFiles, dataPackage, dataPackagePlugin } from '../../build/data-package-plugin.ts';
import { EVENT_COLUMNS, STATUS_COLUMNS } from '../../src/export/tables.ts';
import { fakeContext, hook } from '../helpers/plugin-hooks.ts';

const site = 'https://example.org/map/';
const today = '2026-11-28';

/** The plugin's files in a folder of their own, beside a copy of the dataset. */
function published() {
  const dir = mkdtempSync(join(tmpdir(), 'rm-datapackage-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const { emitted, context } = fakeContext();
  hook(dataPackagePlugin({ site, today }), 'generateBundle').call(context, {} as never, {}, false);
  for (const [name, source] of emitted) writeFileSync(join(dir, name), source);
  mkdirSync(join(dir, 'data'));
  cpSync('data/recognition.json', join(dir, 'data/recognition.json'));
  return { dir, emitted };
}

describe('dataPackagePlugin()', () => {
  it('publishes a data package that the Frictionless reader finds valid, with readable CSVs', async () => {
    const { dir, emitted } = published();
    expect([...emitted.keys()].sort()).toEqual([
      'CITATION.cff',
      'datapackage.json',
      'recognition-events.csv',
      'recognition-statuses.csv',
    ]);
    const pkg = await Package.load(join(dir, 'datapackage.json'), { basePath: dir, strict: true });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const byName = new Map(pkg.resources.map((r) => [r.name, r]));
    expect([...byName.keys()]).toEqual([
      'recognition',
      'recognition-events',
      'recognition-statuses',
    ]);
    for (const [name, columns] of [
      ['recognition-events', EVENT_COLUMNS],
      ['recognition-statuses', STATUS_COLUMNS],
    ] as const) {
      const resource = byName.get(name)!;
      expect(resource.valid).toBe(true);
      // Every row casts to its field's type and constraints (dates, booleans, enums).
      const rows = await resource.read({ keyed: true, cast: true });
      expect(resource.headers).toEqual([...columns]);
      expect(resource.schema!.fieldNames).toEqual([...columns]);
      expect(rows.length).toBeGreaterThan(70);
    }
    const events = await byName.get('recognition-events')!.read({ keyed: true, cast: true });
    const data = buildData('data', today);
    expect(events).toHaveLength(data.dataset.events.length);
    const russia = events.find((e) => e.id === '2025-07-03-rus-formal-recognition');
    expect(russia).toMatchObject({ iso3: 'RUS', status: 'recognized' });
  });

  it('names the licence, the sources and the release, and links what it describes', () => {
    const data = buildData('data', today);
    const descriptor = dataPackage(data, site);
    expect(descriptor.version).toBe(data.dataset.meta.release);
    expect(descriptor.homepage).toBe(site);
    expect(descriptor.licenses).toEqual([
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'CC BY 4.0',
      },
    ]);
    const outlets = new Set(data.dataset.events.flatMap((e) => e.sources.map((s) => s.outlet)));
    expect(descriptor.sources.map((s) => s.title).sort()).toEqual([...outlets].sort());
    expect(descriptor.resources.map((r) => r.path)).toEqual([
      'data/recognition.json',
      'recognition-events.csv',
      'recognition-statuses.csv',
    ]);
  });

  it("escapes cells a spreadsheet would run as a formula, with the Share panel's rule", () => {
    const data = buildData('data', today);
    const [first, ...rest] = data.dataset.events;
    const hostile = { ...first!, description: '=HYPERLINK("http://evil.example","x")' };
    const { events } = csvFiles({
      ...data,
      dataset: { ...data.dataset, events: [hostile, ...rest] },
    });
    expect(events).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(events.startsWith('id,date,')).toBe(true);
  });
});
