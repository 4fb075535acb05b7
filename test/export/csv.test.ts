import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/export/csv.ts';

describe('csvCell(value)', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tTAB', '\rCR', '=HYPERLINK("http://x","y")'])(
    'neutralises a formula: %j',
    (formula) => {
      const cell = csvCell(formula);
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );
});

describe('toCsv(header, rows)', () => {
  it('starts with a byte-order mark and a header row, with CRLF line ends', () => {
    const csv = toCsv(
      ['iso3', 'name'],
      [
        ['CIV', "Côte d'Ivoire"],
        ['X', '=cmd'],
      ],
    );
    expect(csv).toBe("\uFEFFiso3,name\r\nCIV,Côte d'Ivoire\r\nX,'=cmd\r\n");
  });
});
