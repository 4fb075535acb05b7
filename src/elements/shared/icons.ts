/**
 * The page's icons, drawn as inline SVG: the same on every machine. (Font glyphs such as ⓘ ⛶ 🌐
 * drew empty or hex boxes on machines without symbol or emoji fonts, Debian's browsers among
 * them.) Each icon is decorative: the button it sits in carries the name. They take the text's
 * colour and size (1em), so they follow the theme, high contrast and zoom.
 */
import { css, nothing, svg, type SVGTemplateResult } from 'lit';

export type IconName =
  | 'share'
  | 'info'
  | 'globe'
  | 'present'
  | 'previous'
  | 'next'
  | 'play'
  | 'pause'
  | 'close'
  | 'search'
  | 'more'
  | 'blank'
  | 'sort'
  | 'sort-up'
  | 'sort-down'
  | 'zoom-in'
  | 'zoom-out'
  | 'reset'
  | 'details';

/** Each icon's drawing on a 24-unit grid, in strokes (round ends) unless it says fill. */
const DRAWINGS: { readonly [name in IconName]: SVGTemplateResult } = {
  share: svg`<path d="M12 15V4M7.5 8.5 12 4l4.5 4.5M5 13v6h14v-6"/>`,
  info: svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6"/><circle cx="12" cy="7.6" r="0.6" fill="currentColor" stroke="none"/>`,
  globe: svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c2.6 2.6 3.8 5.6 3.8 9s-1.2 6.4-3.8 9c-2.6-2.6-3.8-5.6-3.8-9S9.4 5.6 12 3z"/>`,
  present: svg`<path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5"/>`,
  previous: svg`<path d="M15 5l-7 7 7 7"/>`,
  next: svg`<path d="M9 5l7 7-7 7"/>`,
  play: svg`<path d="M7 4.5v15L19.5 12z" fill="currentColor" stroke="none"/>`,
  pause: svg`<path d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z" fill="currentColor" stroke="none"/>`,
  close: svg`<path d="M6 6l12 12M18 6 6 18"/>`,
  search: svg`<circle cx="10.5" cy="10.5" r="6"/><path d="M15 15l5 5"/>`,
  more: svg`<circle cx="5" cy="12" r="1.6" fill="currentColor" stroke="none"/><circle cx="12" cy="12" r="1.6" fill="currentColor" stroke="none"/><circle cx="19" cy="12" r="1.6" fill="currentColor" stroke="none"/>`,
  blank: svg`<rect x="5" y="5" width="14" height="14" rx="1" fill="currentColor" stroke="none"/>`,
  sort: svg`<path d="M8 10l4-4 4 4M8 14l4 4 4-4"/>`,
  'sort-up': svg`<path d="M7 14l5-5 5 5"/>`,
  'sort-down': svg`<path d="M7 10l5 5 5-5"/>`,
  'zoom-in': svg`<path d="M12 5v14M5 12h14"/>`,
  'zoom-out': svg`<path d="M5 12h14"/>`,
  reset: svg`<path d="M5 12a7 7 0 1 0 2.1-5M5 4v4h4"/>`,
  details: svg`<path d="M6 15l6-6 6 6"/>`,
};

/**
 * An icon. `flip` mirrors it (a "previous" arrow in a right-to-left page points right).
 * Decorative: hidden from assistive technology.
 */
export function icon(name: IconName, flip = false): SVGTemplateResult {
  return svg`<svg
    class="icon"
    viewBox="0 0 24 24"
    width="1em"
    height="1em"
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    transform=${flip ? 'scale(-1 1)' : nothing}
  >${DRAWINGS[name]}</svg>`;
}

/** How an icon sits in a line of text or a button (each element that draws one adds this). */
export const iconStyles = css`
  svg.icon {
    display: inline-block;
    vertical-align: -0.125em;
    flex: none;
    overflow: visible;
  }
`;
