/**
 * The real dataset against the real map and the research it was built from.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { STATUSES, countryByAlpha3 } from '../../src/model/index.ts';
import en from '../../src/i18n/messages/en.ts';
import { realDataset } from '../helpers/dataset.ts';

const require = createRequire(import.meta.url);
const atlas = require('world-atlas/countries-110m.json') as Topology;
const world = require('../../src/geo/generated/world.topo.json') as Topology;
const geometries = (t: Topology, name: string) =>
  (t.objects[name] as GeometryCollection).geometries;

/** UN members 110m has no shape for; the map draws them as markers. */
const MICROSTATE_MARKERS = geometries(world, 'markers').map((g) => String(g.id));

describe('the dataset against world-atlas', () => {
  const data = realDataset();

  it('every country code is a world-atlas 110m shape or a listed microstate marker', () => {
    const shapes = new Set(geometries(atlas, 'countries').map((g) => g.id));
    const missing = data.events
      .filter(
        (e) =>
          e.country &&
          !shapes.has(e.country.numeric) &&
          !MICROSTATE_MARKERS.includes(e.country.numeric),
      )
      .map((e) => `${e.id}: ${e.country!.iso3} ${e.country!.numeric}`);
    expect(missing).toEqual([]);
  });

  it('ids are zero-padded strings, compared as strings', () => {
    for (const g of geometries(atlas, 'countries'))
      if (g.id !== undefined) expect(g.id).toMatch(/^\d{3}$/);
    for (const e of data.events)
      if (e.country) expect(e.country.numeric).toBe(countryByAlpha3(e.country.iso3)!.numeric);
    expect(countryByAlpha3('AFG')!.numeric).toBe('004');
  });

  it('the id-less world-atlas shapes are exactly the three known ones', () => {
    const names = geometries(atlas, 'countries')
      .filter((g) => g.id === undefined)
      .map((g) => (g.properties as { name: string }).name)
      .sort();
    expect(names).toEqual(['Kosovo', 'N. Cyprus', 'Somaliland']);
  });

  it('the microstate marker list holds the UN members 110m lacks, Bahrain, the Maldives, Malta and Singapore among them', () => {
    expect(MICROSTATE_MARKERS).toEqual(expect.arrayContaining(['048', '462', '470', '702']));
    expect(MICROSTATE_MARKERS).toHaveLength(29); // 28 UN member states and the Holy See
  });
});

describe('the dataset against its research', () => {
  const data = realDataset();
  const facts = JSON.parse(
    readFileSync(new URL('../../data/research/recognition-facts.json', import.meta.url), 'utf8'),
  ) as {
    events: { sources: { url: string }[] }[];
  };
  const factUrls = new Set(facts.events.flatMap((e) => e.sources.map((s) => s.url)));

  it('every source URL comes from the fact sheet (none invented)', () => {
    const invented = data.events.flatMap((e) =>
      e.sources.filter((s) => !factUrls.has(s.url)).map((s) => `${e.id}: ${s.url}`),
    );
    expect(invented).toEqual([]);
  });

  it('holds every event of the fact sheet', () => {
    expect(data.events).toHaveLength(facts.events.length);
  });

  it('every event has a source, a precision and a confidence', () => {
    for (const e of data.events) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      expect(e.precision, e.id).toBeTruthy();
      expect(e.confidence, e.id).toBeTruthy();
    }
  });

  it('the pinned release for meta.release exists and equals the live dataset', () => {
    const live = readFileSync(new URL('../../data/recognition.json', import.meta.url), 'utf8');
    const release = readFileSync(
      new URL(`../../data/releases/${data.meta.release}.json`, import.meta.url),
      'utf8',
    );
    expect(JSON.parse(release)).toEqual(JSON.parse(live));
  });

  it("the notes readers see are plain words, not the research's working terms", () => {
    const shown = [
      ...data.events.flatMap((e) => (e.note ? [[e.id, e.note]] : [])),
      ...data.meta.unSeat.map((u) => [u.period, u.note]),
      ...data.meta.openQuestions.map((q) => ['open question', q]),
    ];
    // Field names (AMBASSADOR_LEVEL), shouting (NOT), and the curators' own workflow.
    const jargon =
      /\b[A-Z]+_[A-Z_]+\b|\b(?:NOT|ONLY|AMBASSADOR|TALIBAN)\b|retrieved|fact sheet|proposed rules|brief's|[Oo]utbound/;
    expect(shown.filter(([, text]) => jargon.test(text!))).toEqual([]);
  });
});

describe('data/README.md', () => {
  const readme = readFileSync(new URL('../../data/README.md', import.meta.url), 'utf8');
  it.each([...STATUSES, 'afghanistan', 'no-data'] as const)(
    'quotes the interface’s definition of %s',
    (status) => {
      expect(readme).toContain(`\`${status}\``);
      expect(readme).toContain(en[`status.${status}.definition`]);
    },
  );
});
