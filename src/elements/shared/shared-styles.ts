import { css, unsafeCSS } from 'lit';
import { paletteCss, statusSelector } from '../../styles/palette.ts';

/** Read by screen readers, not shown: declarations for a rule (`.x { ${visuallyHidden} }`). */
export const visuallyHidden = css`
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

/** A `.sr-only` class for elements that carry words for screen readers only. */
export const visuallyHiddenClass = css`
  .sr-only {
    ${visuallyHidden}
  }
`;

/**
 * The keyboard focus ring: declarations for a rule (`button:focus-visible { ${focusRing} }`). A
 * rule may set its own `outline-offset` after it.
 */
export const focusRing = css`
  outline: 3px solid var(--rm-focus);
  outline-offset: 2px;
`;

/** The square Close button of the About dialog and the country panel. */
export const closeButtonStyles = css`
  .close {
    font: inherit;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    flex: none;
    border: 1px solid var(--rm-border);
    border-radius: var(--rm-radius);
    background: var(--rm-surface);
    color: var(--rm-text);
    cursor: pointer;
  }
`;

/**
 * The status palette (src/styles/palette.ts) as styles: one rule per status sets `--rm-fill` (and
 * `--rm-ink`) on whatever carries that `data-status`. Every element that paints statuses takes
 * its colours from here.
 */
export const paletteStyles = unsafeCSS(paletteCss);

/**
 * Status swatches for legends and tables: the map's colours from the same palette, and the same
 * patterns for `withdrawn` (diagonal lines) and `no-data` (dots), so no status rests on colour
 * alone.
 */
export const swatchStyles = [
  paletteStyles,
  css`
    .swatch {
      display: inline-block;
      flex: none;
      inline-size: 1.1em;
      block-size: 1.1em;
      border: 1px solid var(--rm-text-muted);
      border-radius: 2px;
      vertical-align: -0.15em;
      background: var(--rm-fill);
    }
    ${unsafeCSS(statusSelector('.swatch', 'hatch'))} {
      background: repeating-linear-gradient(
        -45deg,
        var(--rm-ink) 0 1.5px,
        var(--rm-fill) 1.5px 4.5px
      );
    }
    ${unsafeCSS(statusSelector('.swatch', 'dots'))} {
      background:
        radial-gradient(var(--rm-ink) 1px, transparent 1.3px) 0 0 / 4px 4px,
        var(--rm-fill);
    }
    @media (forced-colors: active) {
      .swatch {
        forced-color-adjust: none;
      }
    }
  `,
];

/** The "Translated from English · Show the English original" line under translated content. */
export const translationStyles = css`
  .translation-note {
    margin: 0.25rem 0 0.5rem;
    font-size: 0.8125rem;
    color: var(--rm-text-muted);
  }
  .translation-note button {
    display: inline;
    inline-size: auto;
    margin: 0;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--rm-link);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
    min-block-size: 24px;
  }
  @media print {
    .translation-note button {
      display: none;
    }
  }
`;

/**
 * The look every control shares (fields, menus, the panel's and the lesson's buttons): its
 * text, border and corners. Sizes and backgrounds differ by place; this is written once.
 */
export const controlLook = css`
  font: inherit;
  border: 1px solid var(--rm-text-muted);
  border-radius: var(--rm-radius);
  color: var(--rm-text);
`;

/** The page's form fields (the table's filters, the timeline's order): one look for all. */
export const fieldStyles = css`
  input,
  select {
    ${controlLook}
    font-size: 0.95rem;
    min-block-size: 2.4rem;
    padding: 0.3rem 0.6rem;
    background: var(--rm-bg);
  }
`;

/** A button that reads as a link: a country's name that opens it (the table, what changed). */
export const nameButtonStyles = css`
  .name {
    font: inherit;
    font-weight: 600;
    color: var(--rm-link);
    background: none;
    border: 0;
    padding: 0;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
`;
