/**
 * How each status is painted, said once. The colours are tokens in tokens.css, where the themes
 * and high contrast change them; this module says which token paints which status and which
 * statuses carry a pattern as well. The map, the swatches (legend, table, panels, changes) and
 * the slider's chart read it as CSS, through one rule per status; the exported image reads it to
 * resolve each status's colours into literal values.
 */
import { MAP_ONLY_STATUSES, STATUSES, type MapStatus } from '../model/statuses.ts';

/** Marks drawn over a status's colour: diagonal lines, or dots. */
export type PatternKind = 'hatch' | 'dots';

export interface Paint {
  /** The colour's custom property: the whole fill, or the ground under a pattern. */
  readonly colour: `--rm-status-${string}`;
  /** A pattern over the colour, and its marks' custom property. */
  readonly pattern?: { readonly kind: PatternKind; readonly ink: `--rm-status-${string}-ink` };
}

/** Every status the map can show: the dataset's, then the map's own. */
export const PAINTED_STATUSES: readonly MapStatus[] = [...STATUSES, ...MAP_ONLY_STATUSES];

// Both are pale, close to `none`: the pattern tells them apart in greyscale print and for
// colour-blind readers, so no status rests on colour alone.
const PATTERNS: Partial<Record<MapStatus, PatternKind>> = { withdrawn: 'hatch', 'no-data': 'dots' };

export const PALETTE: Readonly<Record<MapStatus, Paint>> = Object.fromEntries(
  PAINTED_STATUSES.map((status): [MapStatus, Paint] => {
    const colour = `--rm-status-${status}` as const;
    const kind = PATTERNS[status];
    return [status, kind ? { colour, pattern: { kind, ink: `${colour}-ink` } } : { colour }];
  }),
) as Record<MapStatus, Paint>;

/**
 * The custom properties an element with `data-status` reads its colours from: a map shape, a
 * swatch or a chart area each uses them as its own `fill` or `background`, so the three cannot
 * drift apart.
 */
export const FILL = '--rm-fill';
export const INK = '--rm-ink';

/**
 * One rule per status, on any element with that `data-status`: its colour in `--rm-fill` and,
 * for a patterned status, the pattern's colour in `--rm-ink`. Built from constants, never input.
 */
export const paletteCss: string = PAINTED_STATUSES.map((status) => {
  const { colour, pattern } = PALETTE[status];
  const ink = pattern ? `${INK}:var(${pattern.ink});` : '';
  return `[data-status='${status}']{${FILL}:var(${colour});${ink}}`;
}).join('\n');

/** The statuses painted in plain colour, or with one kind of pattern. */
export const paintedWith = (how: 'plain' | PatternKind): MapStatus[] =>
  PAINTED_STATUSES.filter((s) => (PALETTE[s].pattern?.kind ?? 'plain') === how);

/**
 * A selector for `base` elements of the statuses painted `how`, for a consumer whose plain and
 * patterned fills differ (an SVG pattern, a CSS gradient): `.country[data-status='none'], …`.
 */
export const statusSelector = (base: string, how: 'plain' | PatternKind): string =>
  paintedWith(how)
    .map((s) => `${base}[data-status='${s}']`)
    .join(', ');
