import { css, svg, unsafeCSS } from 'lit';
import { PALETTE } from '../../styles/palette.ts';

/**
 * The diagonal hatch that marks `withdrawn` wherever it is drawn in SVG (the map, the slider's
 * chart), so the status never rests on colour alone. `size` is the spacing in px, `ink` the
 * lines' width; the colours come from {@link hatchStyles}.
 */
export const withdrawnHatch = (id: string, size: number, ink: number) =>
  svg`<pattern id=${id} patternUnits="userSpaceOnUse" width=${size} height=${size} patternTransform="rotate(45)">
    <rect class="pattern-withdrawn-bg" width=${size} height=${size}></rect>
    <line class="pattern-withdrawn-ink" x1="0" y1="0" x2="0" y2=${size} stroke-width=${ink}></line>
  </pattern>`;

const withdrawn = PALETTE.withdrawn;

/**
 * The hatch's colours, from the palette's tokens (so themes and high contrast apply). A
 * `<pattern>`'s content inherits from the pattern, not from the shape it fills, so it cannot read
 * the shape's `--rm-fill`: it names the status's tokens instead.
 */
export const hatchStyles = css`
  .pattern-withdrawn-bg {
    fill: var(${unsafeCSS(withdrawn.colour)});
  }
  .pattern-withdrawn-ink {
    stroke: var(${unsafeCSS(withdrawn.pattern!.ink)});
  }
`;
