/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the accents), CRLF line ends,
 * a header row, and cells that a spreadsheet would run as a formula neutralised.
 */

/** Cells starting with these are formulas to Excel, LibreOffice and Google Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  // A leading apostrophe makes a spreadsheet show the text instead of evaluating it (OWASP).
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
