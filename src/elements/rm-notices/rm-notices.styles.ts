import { css } from 'lit';
import { focusRing } from '../shared/shared-styles.ts';

export const noticesStyles = css`
  :host {
    display: block;
  }
  .notices {
    display: grid;
    gap: 0.4rem;
  }
  .notice {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 0.75rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid #b7950b;
    border-inline-start-width: 4px;
    border-radius: var(--rm-radius);
    background: #fff8db;
    color: #3d3200;
  }
  .notice > span {
    flex: 1;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible {
    ${focusRing}
  }
  .reload {
    min-block-size: 2rem;
    padding: 0.2rem 0.8rem;
    border: 1px solid currentColor;
    border-radius: var(--rm-radius);
    background: #fff;
  }
  .dismiss {
    border: 0;
    background: none;
    min-inline-size: 2rem;
    min-block-size: 2rem;
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
