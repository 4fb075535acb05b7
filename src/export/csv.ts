/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the accents), CRLF line ends,
 * a header row, and cells that a spreadsheet would run as a formula neutralised.
 */

/**
 * Cells that start with one of these are formulas to Excel, LibreOffice or Google Sheets: the
 * ASCII triggers, their full-width and small forms (which some spreadsheets fold to ASCII), tab
 * and line breaks, even behind invisible characters a reader cannot see in the cell (spaces,
 * zero-width characters, the byte-order mark, bidirectional marks and isolates).
 */
const INVISIBLE =
  '\\s\\u00AD\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\u3164\\uFEFF\\uFFA0';
const TRIGGERS = '=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20\\uFE62\\uFE63\\uFE66\\uFE6B\\u2212\\t\\r\\n';
// Marks that show nothing on their own (the grapheme joiner, the variation selectors) are listed
// as alternatives: inside a class they would combine with their neighbours.
const MARKS = ['\u034F', ...Array.from({ length: 16 }, (_, i) => String.fromCharCode(0xfe00 + i))];
const FORMULA_START = new RegExp(`^(?:[${INVISIBLE}]|${MARKS.join('|')})*[${TRIGGERS}]`, 'u');

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  // A leading apostrophe makes a spreadsheet show the text instead of evaluating it (OWASP).
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The CSV's text. `bom: false` leaves out the byte-order mark, for files read by data tools
 * rather than opened in a spreadsheet (the data package's CSVs: Frictionless readers and R's
 * read.csv take the mark for part of the first column's name).
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
  { bom = true }: { bom?: boolean } = {},
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
