import { css, unsafeCSS } from 'lit';
import { statusSelector } from '../../styles/palette.ts';
import { hatchStyles } from '../shared/hatch.ts';
import {
  fieldStyles,
  focusRing,
  swatchStyles,
  visuallyHiddenClass,
} from '../shared/shared-styles.ts';

export const timelineStyles = [
  fieldStyles,
  swatchStyles,
  hatchStyles,
  visuallyHiddenClass,
  css`
    :host {
      display: block;
      font-size: 0.92rem;
      min-inline-size: 0;
    }
    .defs {
      position: absolute;
    }
    .fade-stop {
      stop-color: var(--rm-bg);
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem 1rem;
      align-items: end;
      margin-block-end: 0.3rem;
    }
    .controls p {
      margin: 0;
      color: var(--rm-text-muted);
    }
    .shown {
      font-weight: 600;
    }
    label {
      display: grid;
      gap: 0.2rem;
      font-size: 0.85rem;
      color: var(--rm-text-muted);
    }
    .hint {
      margin: 0 0 0.4rem;
      font-size: 0.85rem;
      color: var(--rm-text-muted);
    }
    .scroll {
      max-block-size: var(--rm-table-max, 36rem);
      overflow: auto;
      border: 1px solid var(--rm-border);
      border-radius: var(--rm-radius);
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
      table-layout: fixed;
    }
    caption {
      text-align: start;
      padding: 0.4rem 0.5rem;
      font-weight: 600;
    }
    th,
    td {
      text-align: start;
      padding: 0.25rem 6px;
      border-block-end: 1px solid var(--rm-border);
      vertical-align: top;
    }
    .name {
      inline-size: 164px;
      overflow-wrap: break-word;
      hyphens: auto;
    }
    .narrow .name {
      inline-size: 92px;
      font-size: 0.8rem;
    }
    thead th {
      position: sticky;
      inset-block-start: 0;
      background: var(--rm-surface);
      z-index: 1;
      vertical-align: bottom;
    }
    svg {
      display: block;
      overflow: visible;
    }
    .year {
      font-size: 10px;
      fill: var(--rm-text-muted);
    }
    .year-tick,
    .tick {
      stroke: var(--rm-text-muted);
      stroke-width: 1;
    }
    .era {
      fill: var(--rm-border);
    }
    .break {
      font-size: 12px;
      fill: var(--rm-text-muted);
    }
    .rule {
      stroke: var(--rm-text);
      stroke-width: 1.5;
      stroke-dasharray: 3 2;
    }
    .seg {
      fill: var(--rm-fill);
      stroke: var(--rm-text-muted);
      stroke-width: 0.5;
      cursor: pointer;
    }
    ${unsafeCSS(statusSelector('.seg', 'hatch'))} {
      fill: url(#rm-timeline-withdrawn);
    }
    .fade {
      fill: url(#rm-timeline-fade);
      cursor: pointer;
    }
    .periods {
      list-style: none;
      margin: 0.15rem 0 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.7rem;
    }
    .periods button {
      font: inherit;
      font-size: 0.78rem;
      color: var(--rm-link);
      background: none;
      border: 0;
      padding: 0.1rem 0;
      min-block-size: 24px;
      text-align: start;
      text-decoration: underline;
      text-underline-offset: 0.15em;
      cursor: pointer;
      display: inline-flex;
      gap: 0.3rem;
      align-items: baseline;
    }
    .periods .swatch {
      inline-size: 0.8em;
      block-size: 0.8em;
    }
    button:focus-visible,
    select:focus-visible,
    .scroll:focus-visible {
      ${focusRing}
    }
    @media print {
      .scroll {
        max-block-size: none;
        overflow: visible;
        border: 0;
      }
      .hint,
      label {
        display: none;
      }
      thead th {
        position: static;
      }
      tr {
        break-inside: avoid;
      }
      .periods button {
        color: inherit;
        text-decoration: none;
      }
      .rule {
        stroke: #000;
      }
    }
  `,
];
