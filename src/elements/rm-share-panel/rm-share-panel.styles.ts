import { css } from 'lit';
import { modalStyles } from '../shared/modal.ts';
import { controlLook, focusRing } from '../shared/shared-styles.ts';

export const sharePanelStyles = [
  modalStyles,
  css`
    dialog {
      inline-size: min(44rem, calc(100vw - 1.5rem));
    }
    .inner {
      line-height: 1.45;
    }
    h3 {
      margin: 1.3rem 0 0.5rem;
    }
    p {
      margin: 0.3rem 0;
    }
    .row {
      display: flex;
      gap: 0.5rem;
      align-items: stretch;
      flex-wrap: wrap;
    }
    input[type='text'],
    textarea {
      font:
        0.85rem ui-monospace,
        'Liberation Mono',
        monospace;
      flex: 1 1 16rem;
      min-inline-size: 0;
      /* A full-width box includes its padding and border: it ends where the buttons do. */
      box-sizing: border-box;
      padding: 0.45rem 0.55rem;
      border: 1px solid var(--rm-text-muted);
      border-radius: var(--rm-radius);
      background: var(--rm-surface);
      color: var(--rm-text);
    }
    textarea {
      inline-size: 100%;
      block-size: 7.5rem;
      resize: vertical;
    }
    button,
    select,
    a.button {
      ${controlLook}
      min-block-size: 2.5rem;
      padding: 0.3rem 0.85rem;
      background: var(--rm-surface);
      cursor: pointer;
      text-decoration: none;
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
    }
    button.close {
      inline-size: 2.5rem;
      justify-content: center;
      padding: 0;
    }
    button:focus-visible,
    select:focus-visible,
    input:focus-visible,
    textarea:focus-visible,
    a:focus-visible {
      ${focusRing}
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 0.5rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
    }
    legend {
      font-weight: 600;
      padding: 0;
      margin-block-end: 0.25rem;
      inline-size: 100%;
    }
    label {
      display: inline-flex;
      gap: 0.35rem;
      align-items: center;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      gap: 0.5rem;
    }
    .hint {
      color: var(--rm-text-muted);
      font-size: 0.85rem;
    }
    .status {
      min-block-size: 1.4em;
      color: var(--rm-text-muted);
      font-size: 0.85rem;
    }
    .qr {
      display: block;
      inline-size: min(16rem, 100%);
      block-size: auto;
      margin-block: 0.5rem;
      background: #fff;
    }
    a {
      color: var(--rm-link);
    }
  `,
];
