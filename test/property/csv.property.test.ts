/**
 * Property: no cell of a CSV download starts a formula in a spreadsheet, whatever invisible
 * characters come before the trigger, in ASCII or full-width.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/export/csv.ts';

const INVISIBLE = [
  ' ',
  '\u00A0',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2060',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u061C',
  '\uFEFF',
  '\u3000',
  '\u034F',
  '\uFE0F',
];
const TRIGGERS = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '\t', '\r', '\n'];

/** The cell as a spreadsheet reads it: quotes removed. */
const unquoted = (cell: string) =>
  cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;

describe('csvCell(value)', () => {
  it('neutralises a formula behind any run of invisible characters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...INVISIBLE), { maxLength: 4 }),
        fc.constantFrom(...TRIGGERS),
        fc.string({ maxLength: 20 }),
        (invisible, trigger, rest) => {
          const text = invisible.join('') + trigger + rest;
          expect(unquoted(csvCell(text))).toBe(`'${text}`);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves every other text as it is', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const first = [...text].find((c) => !INVISIBLE.includes(c) && !/\s/.test(c));
        fc.pre(first === undefined || !TRIGGERS.includes(first));
        expect(unquoted(csvCell(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
