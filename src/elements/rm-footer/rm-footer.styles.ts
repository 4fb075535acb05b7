import { css } from 'lit';
import { focusRing } from '../shared/shared-styles.ts';

export const footerStyles = css`
  :host {
    display: block;
  }
  p {
    margin: 0;
  }
  .foot {
    color: var(--rm-text-muted);
    font-size: 0.85rem;
    border-block-start: 1px solid var(--rm-border);
    padding-block-start: 0.5rem;
  }
  .credit {
    color: var(--rm-text-muted);
    font-size: 0.8rem;
    line-height: 1.45;
  }
  .credit strong {
    color: var(--rm-text);
  }
  a {
    color: var(--rm-link);
  }
  .link {
    font: inherit;
    border: 0;
    padding: 0;
    background: none;
    color: var(--rm-link);
    text-decoration: underline;
    cursor: pointer;
  }
  a:focus-visible,
  button:focus-visible {
    ${focusRing}
  }
  .release-note {
    font-style: italic;
  }
  @media print {
    .actions {
      display: none !important;
    }
  }
`;
