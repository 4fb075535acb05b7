/**
 * The bench's arithmetic and printing: medians, percentiles, number formats and Markdown tables
 * (printed, and pasted into README as they are).
 */

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

export const kb = (b) => (b / 1024).toFixed(1);
export const ms = (x) => x.toFixed(x < 10 ? 2 : 0);
export const ratio = (a, f) => (f > 0 ? `${(a / f).toFixed(2)}×` : '—');
export const longest = (xs) => (xs.length ? Math.max(...xs) : 0);

/** A Markdown table, columns padded. */
export function markdownTable(head, body) {
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}
