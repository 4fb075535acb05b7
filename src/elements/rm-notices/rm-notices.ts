import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Localizer } from '../../i18n/index.ts';
import type { Notice } from '../../url-state.ts';
import { noticeText } from './notice-text.ts';
import { noticesStyles } from './rm-notices.styles.ts';
import { icon, iconStyles } from '../shared/icons.ts';

/**
 * What the page tells the reader about the link, the files and new versions, one polite line
 * each, each dismissable; a newer version offers a reload.
 *
 * @fires notice-dismiss - `{ notice }`
 * @fires reload-request
 */
export class RmNotices extends LitElement {
  static override styles = [iconStyles, noticesStyles];

  @property({ attribute: false }) i18n!: Localizer;
  @property({ attribute: false }) notices: readonly Notice[] = [];

  override render() {
    const t = this.i18n;
    if (this.notices.length === 0) return nothing;
    return html`<div class="notices" role="status" aria-label=${t.t('notice.title')}>
      ${this.notices.map(
        (n) =>
          html`<p class="notice">
            <span>${noticeText(t, n)}</span>
            ${
              n.kind === 'update-ready'
                ? html`<button
                    type="button"
                    class="reload"
                    @click=${() => this.emit('reload-request')}
                  >
                    ${t.t('notice.reload')}
                  </button>`
                : nothing
            }
            <button
              type="button"
              class="dismiss"
              aria-label=${t.t('notice.dismiss')}
              @click=${() => this.emit('notice-dismiss', { notice: n })}
            >
              ${icon('close')}
            </button>
          </p>`,
      )}
    </div>`;
  }

  private emit(type: string, detail: object = {}) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
