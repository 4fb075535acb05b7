/**
 * The frame the modal panels share (About the data; Share, embed or download): a `<dialog>`
 * with a heading and a Close button, closed by Esc too. Each panel sets its own width and text
 * rhythm, and opens the dialog (`showModal`) when first drawn.
 */
import { css, html } from 'lit';
import type { Localizer } from '../../i18n/index.ts';
import { icon, iconStyles } from './icons.ts';

export const modalStyles = [
  iconStyles,
  css`
    dialog {
      max-block-size: calc(100dvh - 1.5rem);
      padding: 0;
      border: 1px solid var(--rm-border);
      border-radius: 10px;
      background: var(--rm-bg);
      color: var(--rm-text);
      box-shadow: 0 18px 48px rgb(0 0 0 / 0.25);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.45);
    }
    .inner {
      padding: 1.25rem 1.5rem 1.5rem;
      font-size: 0.95rem;
    }
    header {
      display: flex;
      justify-content: space-between;
      align-items: start;
      gap: 1rem;
    }
    h2 {
      font-family: var(--rm-font-display);
      font-size: 1.6rem;
      margin: 0;
    }
    h3 {
      font-size: 1.05rem;
    }
  `,
];

export interface ModalProps {
  t: Localizer;
  /** The heading's id: the dialog is labelled by it. */
  id: string;
  title: string;
  /** The dialog closed (Close, Esc, or the panel itself). */
  onClose: () => void;
}

const closeDialog = (event: Event) => (event.currentTarget as Element).closest('dialog')?.close();

export function modal(p: ModalProps, body: unknown) {
  return html`<dialog aria-labelledby=${p.id} @close=${p.onClose} @cancel=${p.onClose}>
    <div class="inner">
      <header>
        <h2 id=${p.id}>${p.title}</h2>
        <button
          type="button"
          class="close"
          aria-label=${p.t.t('panel.close')}
          @click=${closeDialog}
        >
          ${icon('close')}
        </button>
      </header>
      ${body}
    </div>
  </dialog>`;
}
