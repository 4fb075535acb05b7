import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  countriesModule,
  countryTable,
  packedTopology,
  planarTopology,
  regionsModule,
  searchAliases,
  worldTopology,
} from '../../scripts/generate-geo.ts';
import { UN_MEMBERS } from '../../src/model/index.ts';

describe('generated geography', () => {
  it('src/geo/generated/world.topo.json is current (run `npm run generate:geo`)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../src/geo/generated/world.topo.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(JSON.parse(JSON.stringify(worldTopology(countryTable()))));
  });

  it('src/geo/generated/world.planar.json and regions.ts are current, with the same shapes', () => {
    const read = (file: string) =>
      readFileSync(new URL(`../../src/geo/generated/${file}`, import.meta.url), 'utf8');
    const planar = JSON.parse(read('world.planar.json'));
    expect(planar).toEqual(
      JSON.parse(JSON.stringify(packedTopology(planarTopology(countryTable())))),
    );
    expect(read('regions.ts')).toBe(regionsModule());
    const ids = (t: { objects: Record<string, { geometries: { id?: string }[] }> }) =>
      Object.fromEntries(
        Object.entries(t.objects).map(([name, o]) => [name, o.geometries.map((g) => g.id)]),
      );
    expect(ids(planar)).toEqual(ids(JSON.parse(read('world.topo.json'))));
  });

  it('src/geo/generated/aliases.json is current', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../src/geo/generated/aliases.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(searchAliases());
    expect(committed.ARE).toContain('UAE');
  });

  it('src/model/countries.generated.ts is current', () => {
    const committed = readFileSync(
      new URL('../../src/model/countries.generated.ts', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(countriesModule());
  });

  it('the ISO table lists 193 UN member states, without the Holy See', () => {
    expect(UN_MEMBERS).toHaveLength(193);
    expect(UN_MEMBERS).not.toContain('VAT');
    expect(UN_MEMBERS).toEqual(expect.arrayContaining(['AFG', 'RUS', 'BHR', 'TUV']));
  });
});
