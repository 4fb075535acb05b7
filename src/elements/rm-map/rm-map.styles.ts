import { css, unsafeCSS } from 'lit';
import { STATUSES } from '../../model/statuses.ts';
import { PALETTE, statusSelector } from '../../styles/palette.ts';
import { paletteStyles, visuallyHidden } from '../shared/shared-styles.ts';

const noData = PALETTE['no-data'];

const dimRules = STATUSES.map(
  (s) => `svg[data-highlight='${s}'] .country:not([data-status='${s}']) { opacity: 0.22; }`,
).join('\n');

export const mapStyles = [
  paletteStyles,
  css`
    :host {
      display: block;
      position: relative;
      container-type: inline-size;
    }
    .frame {
      position: relative;
      inline-size: 100%;
    }
    .frame > svg {
      display: block;
      inline-size: 100%;
      block-size: auto;
      user-select: none;
      -webkit-user-select: none;
      /* One finger scrolls the page past the unzoomed map; two pinch the map (not the page). */
      touch-action: pan-x pan-y;
      overflow: hidden;
      background: var(--rm-ocean);
      --rm-k: 1;
    }
    /* Zoomed in, one finger pans the map. */
    svg[data-zoomed] {
      touch-action: none;
      cursor: grab;
    }
    svg:focus {
      outline: none;
    }
    .zoom,
    .view {
      transform-origin: 0 0;
      transform-box: view-box;
    }
    .view[data-easing] {
      transition: transform 250ms cubic-bezier(0.3, 0.1, 0.2, 1);
    }
    @media (prefers-reduced-motion: reduce) {
      .view[data-easing] {
        transition: none;
      }
    }
    .country {
      stroke: var(--rm-country-stroke);
      stroke-width: 0.5px;
      vector-effect: non-scaling-stroke;
      stroke-linejoin: round;
      cursor: pointer;
    }
    /* withdrawn and no-data take their pattern from the fill attribute (a url() into <defs>):
       a stylesheet fill would override it, so only the plainly painted statuses have a rule. */
    ${unsafeCSS(statusSelector('.country', 'plain'))} {
      fill: var(--rm-fill);
    }
    .country:focus {
      outline: none;
    }
    .country[data-status='afghanistan'] {
      stroke: var(--rm-text);
      stroke-width: 1.25px;
    }
    .country[data-status='no-data'] {
      cursor: default;
    }
    /* Markers and their rings keep their size on screen at every zoom. */
    circle.country {
      stroke: var(--rm-text);
      stroke-width: 0.9px;
      r: calc(var(--rm-r) / var(--rm-k));
    }
    circle.outline {
      r: calc((var(--rm-r) + 3px) / var(--rm-k));
    }
    .muted .country {
      filter: grayscale(1);
      opacity: 0.45;
    }
    .outline {
      fill: none;
      pointer-events: none;
      vector-effect: non-scaling-stroke;
      stroke-linejoin: round;
    }
    .outline.uncertain {
      stroke: var(--rm-text);
      stroke-width: 1.2px;
      stroke-dasharray: 2.5 2;
    }
    .outline.hover {
      stroke: var(--rm-text);
      stroke-width: 2px;
    }
    .outline.selected {
      stroke: var(--rm-text);
      stroke-width: 2.5px;
    }
    .outline.focus {
      stroke: var(--rm-focus);
      stroke-width: 3px;
    }
    circle.country.uncertain {
      stroke-dasharray: 2 1.5;
      stroke-width: 1.4px;
    }
    .label {
      font: 600 calc(11px / var(--rm-k)) var(--rm-font);
      fill: var(--rm-text);
      stroke: var(--rm-bg);
      stroke-width: calc(3px / var(--rm-k));
      paint-order: stroke;
      pointer-events: none;
      text-anchor: middle;
    }
    /* The no-data pattern's parts inherit from the <pattern>, not from the shape it fills. */
    .pattern-nodata-bg {
      fill: var(${unsafeCSS(noData.colour)});
    }
    .pattern-nodata-ink {
      fill: var(${unsafeCSS(noData.pattern!.ink)});
    }
    .sr-only {
      ${visuallyHidden}
      margin: 0;
    }
    .tooltip {
      position: absolute;
      inset-block-start: 0;
      inset-inline-start: 0;
      z-index: 2;
      max-inline-size: min(20rem, 80%);
      padding: 0.55rem 0.7rem;
      background: var(--rm-bg);
      color: var(--rm-text);
      border: 1px solid var(--rm-border);
      border-radius: var(--rm-radius);
      box-shadow: 0 4px 14px rgb(0 0 0 / 0.16);
      font-size: 0.875rem;
      line-height: 1.35;
      pointer-events: none;
    }
    .tooltip h3 {
      margin: 0 0 0.25rem;
      font-size: 1rem;
    }
    .tooltip p {
      margin: 0.2rem 0 0;
    }
    .tooltip .status {
      display: flex;
      gap: 0.4rem;
      align-items: baseline;
      font-weight: 600;
    }
    .tooltip .flag {
      color: var(--rm-text-muted);
      font-style: italic;
    }
    .zoom-buttons {
      position: absolute;
      inset-block-end: 0.4rem;
      inset-inline-end: 0.4rem;
      z-index: 1;
      display: flex;
      gap: 0.25rem;
    }
    .zoom-buttons button {
      display: grid;
      place-items: center;
      inline-size: 2rem;
      block-size: 2rem;
      padding: 0;
      border: 1px solid var(--rm-border);
      border-radius: var(--rm-radius);
      background: var(--rm-bg);
      color: var(--rm-text);
      cursor: pointer;
    }
    .zoom-buttons button[aria-disabled='true'] {
      color: var(--rm-text-muted);
      cursor: default;
    }
    .zoom-buttons button:focus-visible {
      outline: 3px solid var(--rm-focus);
      outline-offset: 1px;
    }
    .zoom-buttons svg {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    @media print {
      .zoom-buttons {
        display: none;
      }
    }
    /* A finger's target: 44 px. */
    @media (pointer: coarse) {
      .zoom-buttons button {
        inline-size: 44px;
        block-size: 44px;
      }
    }
    @media (forced-colors: active) {
      .country {
        forced-color-adjust: none;
      }
      .outline.focus,
      .outline.selected {
        stroke: Highlight;
      }
    }
  `,
  // Dimming for the legend's highlight, one rule per status (built from constants, not input).
  unsafeCSS(dimRules),
];
