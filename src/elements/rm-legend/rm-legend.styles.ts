import { css } from 'lit';
import { focusRing, swatchStyles, visuallyHidden } from '../shared/shared-styles.ts';

/** The legend's entries, its keys, and the list of states under a chosen entry. */
export const legendStyles = [
  swatchStyles,
  css`
    :host {
      display: block;
      font-size: 0.9rem;
    }
    h2 {
      font-size: 1rem;
      margin: 0 0 0.4rem;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li + li {
      margin-block-start: 0.15rem;
    }
    button {
      display: grid;
      grid-template-columns: auto 1fr auto;
      gap: 0 0.55rem;
      align-items: start;
      inline-size: 100%;
      padding: 0.35rem 0.45rem;
      font: inherit;
      text-align: start;
      color: inherit;
      background: none;
      border: 1px solid transparent;
      border-radius: var(--rm-radius);
      cursor: pointer;
    }
    button:hover,
    button[aria-expanded='true'] {
      background: var(--rm-surface);
      border-color: var(--rm-border);
    }
    button:focus-visible {
      ${focusRing}
      outline-offset: 1px;
    }
    .swatch {
      margin-block-start: 0.15rem;
    }
    .name {
      font-weight: 600;
    }
    .count {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
      font-weight: 600;
      /* Room for "188 of 193", so the names never rewrap as counts change. */
      min-inline-size: 5.6em;
      text-align: end;
    }
    .definition {
      grid-column: 2 / 4;
      color: var(--rm-text-muted);
      font-size: 0.82rem;
      line-height: 1.3;
    }
    .empty .name,
    .empty .count {
      color: var(--rm-text-muted);
    }
    .empty .swatch {
      opacity: 0.4;
    }
    :host([compact]) h2 {
      font-size: 0.9rem;
    }
    :host([compact]) ul.entries {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
      gap: 0 0.5rem;
    }
    :host([compact]) li + li {
      margin: 0;
    }
    :host([compact]) button {
      padding-block: 0.2rem;
    }
    @media print {
      button {
        border: 0;
        padding-inline: 0;
      }
    }
    .keys {
      margin: 0.5rem 0 0;
      padding: 0 0.45rem;
      list-style: none;
      color: var(--rm-text-muted);
      font-size: 0.8rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem 1rem;
    }
    .keys li {
      display: flex;
      gap: 0.4rem;
      align-items: center;
    }
    .keys .count {
      min-inline-size: 0;
    }
    .dotted {
      display: inline-block;
      flex: none;
      inline-size: 1.1em;
      block-size: 1.1em;
      border: 1.5px dashed var(--rm-text);
      border-radius: 2px;
    }
    .marker {
      display: inline-block;
      flex: none;
      inline-size: 0.7em;
      block-size: 0.7em;
      margin-inline: 0.2em;
      border-radius: 50%;
      border: 1px solid var(--rm-text);
      background: var(--rm-status-none);
    }
  `,
  css`
    /* The states of the chosen status, under its entry, indented to its name. */
    .members {
      margin: 0.2rem 0 0.4rem;
      padding-inline-start: calc(0.45rem + 1.1em + 0.55rem);
    }
    .members ul {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr));
      gap: 0.15rem 0.5rem;
    }
    .members li + li {
      margin: 0;
    }
    .members button.member {
      display: flex;
      flex-direction: column;
      justify-content: center;
      gap: 0;
      min-block-size: 24px;
      padding: 0.15rem 0.35rem;
      border-color: transparent;
    }
    .members button.member:hover {
      background: var(--rm-surface);
      border-color: var(--rm-border);
    }
    .member-name {
      text-decoration: underline;
      text-decoration-thickness: 1px;
      text-underline-offset: 0.15em;
    }
    .member-since {
      font-size: 0.78rem;
      color: var(--rm-text-muted);
      /* Two calendars («از ۲۱ اگست ۲۰۲۴ (۳۱ اسد ۱۴۰۳)») wrap as two even lines. */
      text-wrap: balance;
    }
    .members p {
      margin: 0 0 0.2rem;
      color: var(--rm-text-muted);
    }
    .members summary {
      cursor: pointer;
      inline-size: fit-content;
      box-sizing: border-box;
      min-block-size: 24px;
      padding: 0.15rem 0.5rem;
      border: 1px solid var(--rm-border);
      border-radius: var(--rm-radius);
    }
    .members summary:hover {
      background: var(--rm-surface);
    }
    .members summary:focus-visible {
      ${focusRing}
    }
    .members details[open] summary {
      margin-block-end: 0.3rem;
    }
    /* A finger needs a taller row than a mouse (WCAG 2.5.8 asks 24 px; 44 px is comfortable). */
    @media (pointer: coarse) {
      .members button.member {
        min-block-size: 44px;
      }
      .members summary {
        padding-block: 0.6rem;
      }
    }
    /* Embeds, presenting, then and now: the names flow inline, without dates. */
    :host([compact]) .members ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.15rem 0.3rem;
    }
    :host([compact]) .members {
      margin-block-end: 0.2rem;
    }
    @media print {
      .member-name {
        text-decoration: none;
      }
      .members details {
        display: none;
      }
    }
    /* The one-line key (embeds, a lesson presented): the statuses and the map's other marks
       flow in one wrapping line, without the heading on screen. */
    :host([key]) h2,
    .sr-only {
      ${visuallyHidden}
    }
    :host([key]) {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 0.25rem;
    }
    :host([key]) ul.entries,
    :host([key]) ul.keys {
      display: contents;
    }
    :host([key]) ul.entries > li,
    :host([key]) ul.keys > li {
      flex: 0 1 auto;
      margin: 0;
    }
    :host([key]) button.entry {
      display: flex;
      align-items: center;
      line-height: 1.15;
      gap: 0.3rem;
      inline-size: auto;
      padding: 0 0.3rem;
      /* WCAG 2.5.8's 24 px: an embed's height is scarce. */
      min-block-size: 1.5rem;
      font-size: 0.82rem;
    }
    :host([key]) .entry .count {
      min-inline-size: 0;
      font-weight: 400;
    }
    :host([key]) .entry .swatch {
      margin: 0;
    }
    :host([key]) ul.keys > li {
      padding-inline: 0.3rem;
      font-size: 0.75rem;
      color: var(--rm-text-muted);
    }
    :host([key]) .members {
      flex-basis: 100%;
    }
  `,
];
