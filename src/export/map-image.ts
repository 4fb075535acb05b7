/**
 * The map as a picture for slides and print: title, date, the map, the legend with counts and the
 * source line drawn in, as a standalone SVG (and, from it, a PNG). Colours come in resolved, as
 * literal values (no custom properties: design tools and renderers without CSS drop them), so the
 * file looks the same anywhere.
 */
import type { MapStatus } from '../model/index.ts';
import { PAINTED_STATUSES, PALETTE, type PatternKind } from '../styles/palette.ts';
import { textWidth, wrapText } from './text-lines.ts';
import { escapeMarkup } from '../text/escape.ts';

export type MapItem =
  | { kind: 'path'; d: string; status: MapStatus; uncertain: boolean }
  | { kind: 'circle'; cx: number; cy: number; r: number; status: MapStatus; uncertain: boolean };

export interface MapGeometry {
  width: number;
  height: number;
  items: MapItem[];
  /** Afghanistan's label position, if drawn. */
  label?: { x: number; y: number; text: string };
}

export interface ImageTexts {
  title: string;
  date: string;
  legend: { status: MapStatus; label: string; count: string }[];
  uncertainKey: string;
  source: string;
  cite: string;
  /** Right to left: the texts start at the right edge and the legend is mirrored. */
  dir?: 'ltr' | 'rtl';
}

/** A status's colours, resolved: its colour, and its pattern's if it has one. */
export interface ResolvedPaint {
  colour: string;
  ink?: string;
}

/** Resolved colours of the light theme: each status's, then the picture's own. */
export interface Palette {
  status: Readonly<Record<MapStatus, ResolvedPaint>>;
  stroke: string;
  ocean: string;
  text: string;
  muted: string;
  bg: string;
}

export const IMAGE_WIDTH = 1200;
const PAD = 32;

/** The picture's version of each pattern the page draws (same marks, sized for 1200 px). */
const PATTERN_DEFS: Record<PatternKind, (id: string, paint: ResolvedPaint) => string> = {
  hatch: (id, { colour, ink }) =>
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect width="5" height="5" fill="${colour}"/><line x1="0" y1="0" x2="0" y2="5" stroke="${ink}" stroke-width="1.4"/></pattern>`,
  dots: (id, { colour, ink }) =>
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="4" height="4"><rect width="4" height="4" fill="${colour}"/><circle cx="2" cy="2" r="0.8" fill="${ink}"/></pattern>`,
};

/**
 * The picture's type: named fonts first, then ones most systems have, for every script it shows.
 * Written without spaces after the commas: resvg (and so the build's PNG) skips a quoted name
 * that follows a space.
 */
export const IMAGE_FONTS = {
  display: [
    'Georgia',
    "'Times New Roman'",
    "'Liberation Serif'",
    "'Noto Serif'",
    "'Noto Naskh Arabic'",
    "'Noto Serif CJK SC'",
    "'Songti SC'",
    'serif',
  ].join(','),
  text: [
    "'Segoe UI'",
    'Roboto',
    "'Noto Sans'",
    "'Liberation Sans'",
    'Arial',
    "'Noto Sans Arabic'",
    "'Noto Naskh Arabic'",
    "'Noto Sans CJK SC'",
    "'PingFang SC'",
    "'Microsoft YaHei'",
    'sans-serif',
  ].join(','),
} as const;

/** Line heights of the picture's text, by font size. */
const LEADING = 1.3;

export function mapSvg(geometry: MapGeometry, texts: ImageTexts, palette: Palette): string {
  const inner = IMAGE_WIDTH - 2 * PAD;
  const k = inner / geometry.width;
  const mapHeight = geometry.height * k;
  const rtl = texts.dir === 'rtl';
  // Where a text starts, or a box of `width` sits, in the picture's reading direction.
  const X = (x: number, width = 0) => (rtl ? IMAGE_WIDTH - x - width : x);
  // Right to left, each line ends at its x, its words in a right-to-left embedding: renderers
  // without CSS (resvg, design tools) ignore `direction` but not the anchor or the marks.
  const anchor = rtl ? ' text-anchor="end"' : '';
  const bidi = (s: string) => (rtl ? `\u202B${s}\u202C` : s);
  // Lines of `size` px from `y` (the first line's baseline), each inside `width`.
  const lines = (text: string, size: number, width: number, bold = false) =>
    wrapText(text, width, size, bold);
  const titleLines = lines(texts.title, 28, inner, true);
  const dateLines = lines(texts.date, 20, inner);
  const titleTop = PAD + 24;
  const dateTop = titleTop + (titleLines.length - 1) * 28 * LEADING + 30;
  const top = dateTop + (dateLines.length - 1) * 20 * LEADING + 16;
  const columns = 3;
  const cell = inner / columns;
  const labelWidth = cell - 24 - 8;
  // Each legend entry's lines: its label, with its count on the last line when it fits.
  const entries = [
    ...texts.legend.map((entry) => {
      const label = lines(entry.label, 15, labelWidth);
      const last = `${label.at(-1)} ${entry.count}`;
      const withCount = textWidth(last, 15, true) <= labelWidth;
      return { entry, label, countOwnLine: !withCount };
    }),
  ];
  const uncertainLines = lines(texts.uncertainKey, 15, labelWidth);
  const heights = [
    ...entries.map((e) => e.label.length + (e.countOwnLine ? 1 : 0)),
    uncertainLines.length,
  ];
  const lineStep = 15 * LEADING;
  const rowTops: number[] = [];
  let legendBottom = top + mapHeight + 28;
  for (let row = 0; row * columns < heights.length; row++) {
    rowTops.push(legendBottom);
    const most = Math.max(...heights.slice(row * columns, row * columns + columns));
    legendBottom += 26 + (most - 1) * lineStep;
  }
  const sourceLines = lines(texts.source, 13, inner);
  const citeLines = lines(texts.cite, 13, inner);
  const footerTop = legendBottom + 16;
  const footStep = 13 * LEADING + 2;
  const height = Math.ceil(footerTop + (sourceLines.length + citeLines.length) * footStep + PAD);
  // A patterned status fills with its pattern (its id is the status), any other with its colour.
  const fill = (s: MapStatus) => (PALETTE[s].pattern ? `url(#${s})` : palette.status[s].colour);
  const patterns = PAINTED_STATUSES.flatMap((s) => {
    const kind = PALETTE[s].pattern?.kind;
    return kind ? [PATTERN_DEFS[kind](s, palette.status[s])] : [];
  }).join('\n');
  const items = geometry.items
    .map((item) => {
      const stroke = item.status === 'afghanistan' ? palette.text : palette.stroke;
      const width = item.status === 'afghanistan' ? 1.2 : 0.5;
      if (item.kind === 'path')
        return `<path d="${item.d}" fill="${fill(item.status)}" stroke="${stroke}" stroke-width="${width / k}" stroke-linejoin="round"/>`;
      return `<circle cx="${item.cx}" cy="${item.cy}" r="${item.r}" fill="${fill(item.status)}" stroke="${palette.text}" stroke-width="${0.9 / k}"${item.uncertain ? ` stroke-dasharray="${2 / k} ${1.5 / k}"` : ''}/>`;
    })
    .join('');
  const outlines = geometry.items
    .filter((i): i is Extract<MapItem, { kind: 'path' }> => i.kind === 'path' && i.uncertain)
    .map(
      (i) =>
        `<path d="${i.d}" fill="none" stroke="${palette.text}" stroke-width="${1.2 / k}" stroke-dasharray="${2.5 / k} ${2 / k}"/>`,
    )
    .join('');
  const label = geometry.label
    ? `<text x="${geometry.label.x}" y="${geometry.label.y}" font-size="${11 / k}" font-weight="600" text-anchor="middle" fill="${palette.text}" stroke="${palette.bg}" stroke-width="${3 / k}" paint-order="stroke">${escapeMarkup(geometry.label.text)}</text>`
    : '';
  // One <text> per line: renderers without a layout engine never wrap.
  const textLines = (
    texts: readonly string[],
    x: number,
    y: number,
    step: number,
    attributes: string,
  ) =>
    texts
      .map(
        (line, i) =>
          `<text x="${X(x)}" y="${round(y + i * step)}" ${attributes}${anchor}>${bidi(escapeMarkup(line))}</text>`,
      )
      .join('');
  const at = (i: number) => ({
    x: PAD + (i % columns) * cell,
    y: rowTops[Math.floor(i / columns)]!,
  });
  const legend = [
    ...entries.map(({ entry, label, countOwnLine }, i) => {
      const { x, y } = at(i);
      const count = `<tspan font-weight="700">${escapeMarkup(entry.count)}</tspan>`;
      const labelText = label
        .map((line, j) => {
          const last = j === label.length - 1 && !countOwnLine;
          return `<text x="${X(x + 24)}" y="${round(y + 13 + j * lineStep)}" font-size="15" fill="${palette.text}"${anchor}>${bidi(`${escapeMarkup(line)}${last ? ` ${count}` : ''}`)}</text>`;
        })
        .join('');
      const own = countOwnLine
        ? `<text x="${X(x + 24)}" y="${round(y + 13 + label.length * lineStep)}" font-size="15" fill="${palette.text}"${anchor}>${bidi(count)}</text>`
        : '';
      return (
        `<rect x="${X(x, 16)}" y="${y}" width="16" height="16" rx="2" fill="${fill(entry.status)}" stroke="${palette.muted}"/>` +
        labelText +
        own
      );
    }),
    (() => {
      const { x, y } = at(entries.length);
      return (
        `<rect x="${X(x + 1, 14)}" y="${y + 1}" width="14" height="14" fill="none" stroke="${palette.text}" stroke-width="1.5" stroke-dasharray="3 2"/>` +
        textLines(
          uncertainLines,
          x + 24,
          y + 13,
          lineStep,
          `font-size="15" fill="${palette.muted}"`,
        )
      );
    })(),
  ].join('');
  const foot = `font-size="13" fill="${palette.muted}"`;

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${height}" viewBox="0 0 ${IMAGE_WIDTH} ${height}" font-family="${IMAGE_FONTS.display}">
<title>${escapeMarkup(`${texts.title}: ${texts.date}`)}</title>
<defs>
${patterns}
</defs>
<rect width="100%" height="100%" fill="${palette.bg}"/>
${textLines(titleLines, PAD, titleTop, 28 * LEADING, `font-size="28" font-weight="700" fill="${palette.text}"`)}
<g font-family="${IMAGE_FONTS.text}">${textLines(dateLines, PAD, dateTop, 20 * LEADING, `font-size="20" fill="${palette.text}"`)}</g>
<rect x="${PAD}" y="${top}" width="${inner}" height="${round(mapHeight)}" fill="${palette.ocean}"/>
<g transform="translate(${PAD} ${top}) scale(${k})">${items}${outlines}${label}</g>
<g font-family="${IMAGE_FONTS.text}">${legend}
${textLines(sourceLines, PAD, footerTop + 14, footStep, foot)}
${textLines(citeLines, PAD, footerTop + 14 + sourceLines.length * footStep, footStep, foot)}
</g>
</svg>`;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Rasterise the SVG (needs `img-src blob:` in the page's CSP). */
export async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offer a file to the reader (the browser's download, named). */
export function download(content: Blob | string, fileName: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The picture's own colours, beside the statuses'. */
export const PICTURE_TOKENS = {
  stroke: '--rm-country-stroke',
  ocean: '--rm-ocean',
  text: '--rm-text',
  muted: '--rm-text-muted',
  bg: '--rm-bg',
} as const satisfies Record<Exclude<keyof Palette, 'status'>, string>;

/**
 * The light theme's colours, resolved from the page's tokens (whatever theme the reader uses):
 * the statuses' through the palette the page paints with, so the picture matches the map.
 */
export function lightPalette(): Palette {
  // The tokens resolve on the root (tokens.css): the page is switched to its plain light theme
  // while they are read, and back, in one task (nothing is painted in between).
  const root = document.documentElement;
  const { theme, contrast } = root.dataset;
  root.dataset.theme = 'light';
  delete root.dataset.contrast;
  const probe = document.createElement('span');
  probe.style.display = 'none';
  document.body.append(probe);
  const resolve = (variable: string) => {
    probe.style.color = `var(${variable})`;
    return getComputedStyle(probe).color;
  };
  const palette = paletteOf(resolve);
  probe.remove();
  if (theme === undefined) delete root.dataset.theme;
  else root.dataset.theme = theme;
  if (contrast !== undefined) root.dataset.contrast = contrast;
  return palette;
}

/**
 * The picture's palette, each token's colour given by `resolve` (the page's computed style, or
 * tokens.css's text at build: token-palette.ts). The statuses' tokens come from palette.ts.
 */
export function paletteOf(resolve: (variable: string) => string): Palette {
  const status = Object.fromEntries(
    PAINTED_STATUSES.map((s): [MapStatus, ResolvedPaint] => {
      const { colour, pattern } = PALETTE[s];
      return [s, { colour: resolve(colour), ...(pattern ? { ink: resolve(pattern.ink) } : {}) }];
    }),
  ) as Record<MapStatus, ResolvedPaint>;
  const picture = Object.fromEntries(
    Object.entries(PICTURE_TOKENS).map(([key, variable]) => [key, resolve(variable)]),
  ) as Omit<Palette, 'status'>;
  return { status, ...picture };
}
