import { css } from 'lit';
import {
  closeButtonStyles,
  controlLook,
  focusRing,
  swatchStyles,
  translationStyles,
} from '../shared/shared-styles.ts';
import { iconStyles } from '../shared/icons.ts';

/** A country's panel: its header, the day's status, its history; on phones, a bottom sheet. */
export const panelStyles = [
  iconStyles,
  translationStyles,
  swatchStyles,
  closeButtonStyles,
  css`
    :host {
      display: block;
      font-size: 0.9rem;
      line-height: 1.4;
    }
    section {
      display: flex;
      flex-direction: column;
      max-block-size: inherit;
      block-size: 100%;
    }
    header {
      display: flex;
      align-items: start;
      justify-content: space-between;
      gap: 0.5rem;
      padding-block-end: 0.5rem;
      border-block-end: 1px solid var(--rm-border);
    }
    h2 {
      margin: 0;
      font-family: var(--rm-font-display);
      font-size: 1.5rem;
    }
    h2:focus {
      outline: none;
    }
    h2:focus-visible {
      ${focusRing}
      outline-offset: 0;
    }
    .close {
      font-size: 1.1rem;
    }
    /* The sheet: a handle to swipe, and its history folded until asked for. */
    :host([sheet]) header {
      position: relative;
      padding-block-start: 0.9rem;
      touch-action: none;
      cursor: grab;
    }
    .handle {
      position: absolute;
      inset-block-start: 0;
      inset-inline: 0;
      margin-inline: auto;
      inline-size: 2.5rem;
      block-size: 0.3rem;
      border-radius: 999px;
      background: var(--rm-text-muted);
    }
    :host([sheet]) h2 {
      font-size: 1.3rem;
    }
    .folded .history {
      display: none;
    }
    .details {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      ${controlLook}
      font-weight: 600;
      min-block-size: 2.75rem;
      padding: 0.3rem 0.9rem;
      background: var(--rm-bg);
      cursor: pointer;
    }
    .body {
      overflow-y: auto;
      overscroll-behavior: contain;
      padding-block: 0.5rem;
    }
    .now {
      margin: 0.5rem 0;
      padding: 0.5rem 0.6rem;
      background: var(--rm-surface);
      border-radius: var(--rm-radius);
    }
    .now .status {
      display: flex;
      gap: 0.45rem;
      align-items: baseline;
      font-weight: 600;
    }
    /* The map's words for Afghanistan ("governed by the Taliban") start a sentence here. */
    .governed::first-letter {
      text-transform: uppercase;
    }
    .flag {
      color: var(--rm-text-muted);
      font-style: italic;
      margin: 0.2rem 0 0;
    }
    h3 {
      font-size: 0.95rem;
      margin: 1rem 0 0.3rem;
      color: var(--rm-text-muted);
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    article {
      padding: 0.55rem 0;
      border-block-end: 1px solid var(--rm-border);
    }
    article.later {
      border-inline-start: 3px dotted var(--rm-border);
      padding-inline-start: 0.6rem;
    }
    .tag {
      font-size: 0.75rem;
      font-weight: 600;
      padding: 0 0.35rem;
      border: 1px solid var(--rm-text-muted);
      border-radius: 3px;
      color: var(--rm-text-muted);
    }
    /* The bar on the reading side: left to right, or right to left. */
    article.current {
      border-inline-start: 3px solid var(--rm-text);
      padding-inline-start: 0.6rem;
    }
    h4 {
      margin: 0;
      font-size: 0.95rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.1rem 0.5rem;
      align-items: baseline;
    }
    .precision,
    .meta {
      color: var(--rm-text-muted);
      font-weight: 400;
      font-size: 0.82rem;
    }
    .set {
      display: flex;
      gap: 0.4rem;
      align-items: baseline;
      margin: 0.2rem 0;
    }
    p {
      margin: 0.2rem 0;
    }
    .note {
      font-size: 0.84rem;
      color: var(--rm-text-muted);
    }
    .sources {
      margin: 0.3rem 0;
      padding-inline-start: 1.1rem;
      font-size: 0.84rem;
    }
    a {
      color: var(--rm-link);
      text-underline-offset: 0.15em;
    }
    a:focus-visible,
    button:focus-visible {
      ${focusRing}
      outline-offset: 1px;
    }
    .show {
      font: inherit;
      font-size: 0.84rem;
      padding: 0.25rem 0.6rem;
      min-block-size: 2rem;
      border: 1px solid var(--rm-border);
      border-radius: var(--rm-radius);
      background: var(--rm-bg);
      color: var(--rm-text);
      cursor: pointer;
    }
  `,
];
