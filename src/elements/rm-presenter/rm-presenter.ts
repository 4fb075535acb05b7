import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Localizer } from '../../i18n/index.ts';
import { visuallyHiddenClass } from '../shared/shared-styles.ts';
import { presenterStyles } from './rm-presenter.styles.ts';
import { icon, iconStyles, type IconName } from '../shared/icons.ts';

/**
 * Presentation mode's own controls: the Start card a `present=1` link shows (full screen needs a
 * click), the presenter's buttons in the corner while it runs, and the blanked screen.
 *
 * @fires present-start
 * @fires present-move - `{ direction: 1 | -1 }`
 * @fires present-blank
 * @fires present-exit
 */
export class RmPresenter extends LitElement {
  static override styles = [iconStyles, visuallyHiddenClass, presenterStyles];

  @property({ attribute: false }) i18n!: Localizer;
  /** `start`: the card with its Start button; `running`: the buttons in the corner. */
  @property() mode: 'start' | 'running' = 'start';
  @property({ type: Boolean }) blank = false;

  override render() {
    const t = this.i18n;
    if (this.mode === 'start')
      return html`<div class="present-start">
        <div>
          <h1>${t.t('app.title')}</h1>
          <p>${t.t('present.intro')}</p>
          <button type="button" class="start" @click=${() => this.emit('present-start')}>
            ${t.t('present.start')}
          </button>
        </div>
      </div>`;
    // Left to right in every language, as the presenter keys are: → is always next.
    return html`<nav class="present-controls" dir="ltr" aria-label=${t.t('present.open')}>
        ${this.button('previous', t.t('present.previous'), () => this.emit('present-move', { direction: -1 }))}
        ${this.button('next', t.t('present.next'), () => this.emit('present-move', { direction: 1 }))}
        ${this.button('blank', t.t('present.blank'), () => this.emit('present-blank'))}
        ${this.button('close', t.t('present.exit'), () => this.emit('present-exit'))}
      </nav>
      ${
        this.blank
          ? html`<div class="blank" role="status">
              <span class="sr-only">${t.t('present.blanked')}</span>
            </div>`
          : nothing
      }`;
  }

  private button(name: IconName, label: string, click: () => void) {
    return html`<button type="button" @click=${click} aria-label=${label}>${icon(name)}</button>`;
  }

  private emit(type: string, detail: object = {}) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
