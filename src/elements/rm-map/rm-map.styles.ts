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
    svg {
      display: block;
      inline-size: 100%;
      block-size: auto;
      user-select: none;
      -webkit-user-select: none;
      touch-action: manipulation;
      overflow: hidden;
      background: var(--rm-ocean);
    }
    svg:focus {
      outline: none;
    }
    .zoom {
      transform-origin: 0 0;
      transform-box: view-box;
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
    circle.country {
      stroke: var(--rm-text);
      stroke-width: 0.9px;
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
      font: 600 11px var(--rm-font);
      fill: var(--rm-text);
      stroke: var(--rm-bg);
      stroke-width: 3px;
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
    .tooltip[data-touch] {
      pointer-events: auto;
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
    .tooltip button {
      margin-block-start: 0.4rem;
      font: inherit;
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
