import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packArcs, unpackArcs } from '../../src/geo/packed-arcs.ts';
import { WorldFormatError, worldFromTopology } from '../../src/geo/world-shapes.ts';
import { countryTable, planarTopology } from '../../scripts/generate-geo.ts';

const point = fc.tuple(fc.integer({ min: -2e6, max: 2e6 }), fc.integer({ min: -2e6, max: 2e6 }));

describe('packed arcs', () => {
  it('gives back every arc it packed, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(point, { minLength: 0, maxLength: 8 }), { maxLength: 12 }),
        (arcs) => {
          // An empty list and a list of one empty arc both pack to "": the map has neither.
          fc.pre(!(arcs.length === 1 && arcs[0]!.length === 0));
          expect(unpackArcs(packArcs(arcs))).toEqual(arcs.length ? arcs : [[]]);
        },
      ),
    );
  });

  it('writes small numbers as one digit, sign in the lowest bit', () => {
    expect(
      packArcs([
        [
          [0, 1],
          [-1, 15],
        ],
      ]),
    ).toBe('ACDe');
    expect(packArcs([[[16, -16]], [[1000, 0]]])).toBe('gBhB,w+BA');
    expect(unpackArcs('gBhB,w+BA')).toEqual([[[16, -16]], [[1000, 0]]]);
    // From the third point on, each is its change from the one before: [3, 5] after [2, 3].
    expect(
      packArcs([
        [
          [0, 0],
          [2, 3],
          [3, 5],
        ],
      ]),
    ).toBe('AAEGCE');
    expect(unpackArcs('AAEGCE')).toEqual([
      [
        [0, 0],
        [2, 3],
        [3, 5],
      ],
    ]);
  });

  it('names what is wrong with damaged text', () => {
    expect(() => unpackArcs('AC*D')).toThrow('unexpected "*" at 2');
    expect(() => unpackArcs('ACg')).toThrow('a number is cut short at 3');
    expect(() => unpackArcs('ACD')).toThrow('arc 0 has an odd count');
    expect(() => packArcs([[[0.5, 1]]])).toThrow('cannot pack 0.5');
  });

  it('the map file unpacks to the generated topology, shape for shape', () => {
    const file = JSON.parse(readFileSync('src/geo/generated/world.planar.json', 'utf8'));
    expect(typeof file.arcs).toBe('string');
    const plain = planarTopology(countryTable());
    expect(unpackArcs(file.arcs)).toEqual(plain.arcs);
    expect(worldFromTopology(file)).toEqual(worldFromTopology(JSON.parse(JSON.stringify(plain))));
  });

  it('a map file with damaged arcs is a format error, not a crash', () => {
    const file = JSON.parse(readFileSync('src/geo/generated/world.planar.json', 'utf8'));
    expect(() => worldFromTopology({ ...file, arcs: `${file.arcs.slice(0, 40)}!` })).toThrow(
      WorldFormatError,
    );
    expect(() => worldFromTopology({ ...file, arcs: `${file.arcs.slice(0, 40)}!` })).toThrow(
      /the map file's arcs are damaged \(packed arcs: unexpected "!" at 40\)/,
    );
  });
});
