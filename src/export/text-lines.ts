/**
 * Lines of text that fit a width in a picture with no layout engine: the exported SVG is read by
 * design tools and renderers that never wrap text, so the picture breaks its own lines. Widths
 * are estimated from generous per-character widths, an upper bound for the fonts the picture
 * names (Liberation Sans and Arial, Noto Sans and its Arabic and CJK families, Georgia): a line
 * may end early, never past the edge. test/export/map-image-render.test.ts renders the result
 * with a renderer that is not a browser and checks that nothing is cut.
 */

/** Wide characters: CJK ideographs, kana, Hangul and full-width forms, a full em each. */
const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
/** Narrow marks: spaces, punctuation that sits low, and the thin Latin letters. */
const NARROW = /[\s.,:;'’|!ilIjft()[\]\u200B-\u200F\u2066-\u2069]/u;
/** Marks that take no width of their own (combining accents, Arabic vowel signs). */
const ZERO = /[\p{Mn}\p{Me}\u200C\u200D]/u;
/** Capitals, digits and the Cyrillic letters are a little wider than the rest. */
const WIDER = /[A-Z0-9\u0400-\u04FF@#%&mwMW]/u;

/** An upper bound of `text`'s width at `fontSize` (bold is about 8 % wider). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (ZERO.test(ch)) continue;
    em += WIDE.test(ch) ? 1 : NARROW.test(ch) ? 0.36 : WIDER.test(ch) ? 0.72 : 0.6;
  }
  return em * fontSize * (bold ? 1.08 : 1);
}

/**
 * Where a line may break inside `word` when it is too long on its own: after a slash, `?`, `&`
 * or `-` (addresses), and between wide characters (Chinese has no spaces).
 */
function pieces(word: string): string[] {
  return (
    word.match(
      /[^/?&\-\u2E80-\uA4CF\uFF00-\uFF60]*(?:[/?&-]+|[\u2E80-\uA4CF\uFF00-\uFF60])|[^/?&\-\u2E80-\uA4CF\uFF00-\uFF60]+$/gu,
    ) ?? [word]
  );
}

/** `text` in lines no wider than `width` at `fontSize`, broken at spaces where it can be. */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const fits = (s: string) => textWidth(s, fontSize, bold) <= width;
  const lines: string[] = [];
  let line = '';
  const push = (unit: string, sep: string) => {
    const next = line ? line + sep + unit : unit;
    if (fits(next) || !line) line = next;
    else {
      lines.push(line);
      line = unit;
    }
  };
  for (const word of text.split(/ +/)) {
    if (fits(word)) {
      push(word, ' ');
      continue;
    }
    // Too long for any line: its pieces, the first joined to the line with its space.
    pieces(word).forEach((piece, i) => push(piece, i === 0 ? ' ' : ''));
  }
  if (line) lines.push(line);
  return lines;
}
