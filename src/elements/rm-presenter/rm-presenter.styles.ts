import { css } from 'lit';
import { focusRing } from '../shared/shared-styles.ts';

export const presenterStyles = css`
  button {
    font: inherit;
    color: var(--rm-text);
    cursor: pointer;
  }
  button:focus-visible {
    ${focusRing}
  }
  .present-controls {
    position: fixed;
    inset-block-start: 0.75rem;
    inset-inline-end: 0.75rem;
    display: flex;
    gap: 0.4rem;
    opacity: 0.35;
    transition: opacity 0.2s;
    z-index: 10;
  }
  /* The buttons read left to right in every language (→ is next, as on the remote), but sit in
     the page's end corner, away from the date. */
  :host(:dir(rtl)) .present-controls {
    inset-inline-end: auto;
    left: 0.75rem;
  }
  .present-controls:hover,
  .present-controls:focus-within {
    opacity: 1;
  }
  .present-controls button {
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border: 1px solid var(--rm-text-muted);
    border-radius: var(--rm-radius);
    background: var(--rm-bg);
  }
  .present-start {
    position: fixed;
    inset: 0;
    z-index: 30;
    display: grid;
    place-items: center;
    background: rgb(0 0 0 / 0.55);
    padding: 1rem;
  }
  .present-start > div {
    max-inline-size: 36rem;
    padding: 1.5rem 2rem;
    background: var(--rm-bg);
    border-radius: 12px;
    text-align: center;
  }
  .present-start .start {
    font-size: 1.25rem;
    padding: 0.6rem 1.5rem;
    border: 0;
    border-radius: var(--rm-radius);
    background: var(--rm-text);
    color: var(--rm-bg);
  }
  .blank {
    position: fixed;
    inset: 0;
    z-index: 40;
    background: #000;
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
