import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Calendar, Lang, Localizer } from '../../i18n/index.ts';
import type { AppView } from '../../app/state.ts';
import type { Searchable } from '../rm-country-search/search-match.ts';
import { pressedButtons, titles } from '../shared/parts.ts';
import { headerStyles } from './rm-header.styles.ts';
import '../rm-language-menu/rm-language-menu.define.ts';
import { icon, iconStyles } from '../shared/icons.ts';

/**
 * The page's header: title and subtitle, country search, Share, About, the language menu, the
 * views, the lesson and Present. The English title is the page's own HTML, slotted through, so it
 * paints before any script runs.
 *
 * @fires view-change - `{ view }`
 * @fires dialog-open - `{ dialog: 'share' | 'about' }`
 * @fires lesson-start
 * @fires present-start
 * (and, from inside: country-select, lang-change, cal-change)
 */
export class RmHeader extends LitElement {
  static override styles = [iconStyles, headerStyles];

  @property({ attribute: false }) i18n!: Localizer;
  @property({ attribute: false }) searchable: readonly Searchable[] = [];
  @property() view: AppView = 'map';
  /** The language chosen (the page may still be loading it). */
  @property() language: Lang = 'en';
  @property() cal: Calendar = 'gregory';
  /** Only the title and subtitle (while the page loads). */
  @property({ type: Boolean }) minimal = false;
  /** On a phone the secondary actions fold into one menu: whether it is open. */
  @state() private menuOpen = false;

  override render() {
    const t = this.i18n;
    if (this.minimal) return html`<header class="top">${titles(t)}</header>`;
    return html`<header class="top">
      ${titles(t)}
      <div class="tools">
        <rm-country-search .i18n=${t} .countries=${this.searchable}></rm-country-search>
        <button
          type="button"
          class="tool-button more-toggle"
          aria-expanded=${this.menuOpen ? 'true' : 'false'}
          aria-controls="more"
          @click=${() => this.toggleMenu()}
        >
          ${icon('more')} ${t.t('app.more')}
        </button>
        <div class="more" id="more" ?data-open=${this.menuOpen} @click=${this.onMenuClick}>
          <button type="button" class="tool-button" @click=${() => this.open('share')}>
            ${icon('share')} ${t.t('share.open')}
          </button>
          <button
            type="button"
            class="tool-button"
            aria-label=${t.t('app.about')}
            @click=${() => this.open('about')}
          >
            ${icon('info')} ${t.t('app.aboutShort')}
          </button>
          <rm-language-menu
            .i18n=${t}
            language=${this.language}
            cal=${this.cal}
            calendar
          ></rm-language-menu>
          <button type="button" class="tool-button" @click=${() => this.emit('lesson-start')}>
            ${t.t('lesson.start')}
          </button>
          <button
            type="button"
            class="tool-button present-open"
            @click=${() => this.emit('present-start')}
          >
            ${icon('present')} ${t.t('present.open')}
          </button>
        </div>
      </div>
      <nav class="views" aria-label=${t.t('view.label')}>
        ${pressedButtons(
          ['map', 'table', 'compare', 'timeline'] as const,
          this.view,
          (v) => t.t(`view.${v}`),
          (view) => this.emit('view-change', { view }),
        )}
      </nav>
    </header>`;
  }

  private toggleMenu(open = !this.menuOpen) {
    this.menuOpen = open;
    if (open) {
      document.addEventListener('pointerdown', this.onOutside, true);
      document.addEventListener('keydown', this.onMenuKey, true);
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('.more button')?.focus(),
      );
    } else {
      document.removeEventListener('pointerdown', this.onOutside, true);
      document.removeEventListener('keydown', this.onMenuKey, true);
    }
  }

  /** A choice in the menu closes it (the language menu stays open until a language is chosen). */
  private onMenuClick = (event: Event) => {
    if ((event.target as Element).closest?.('button')) this.toggleMenu(false);
  };

  private onOutside = (event: Event) => {
    if (!event.composedPath().includes(this)) this.toggleMenu(false);
  };

  private onMenuKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.toggleMenu(false);
    this.renderRoot.querySelector<HTMLElement>('.more-toggle')?.focus();
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.toggleMenu(false);
  }

  /** Focus returns here when a presentation ends. */
  focusPresent(): boolean {
    const button = this.renderRoot.querySelector<HTMLElement>('button.present-open');
    button?.focus();
    return !!button;
  }

  private open(dialog: 'share' | 'about') {
    this.emit('dialog-open', { dialog });
  }

  private emit(type: string, detail: object = {}) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
