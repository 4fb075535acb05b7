import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import {
  LANGS,
  LOCALES,
  hasCalendarChoice,
  type Calendar,
  type Lang,
  type Localizer,
} from '../../i18n/index.ts';
import { languageMenuStyles } from './rm-language-menu.styles.ts';
import { icon, iconStyles } from '../shared/icons.ts';

/**
 * The language menu: each language named in its own script, so a reader finds theirs whatever
 * language the page is in; in Dari and Pashto, which calendar's date comes first.
 *
 * @fires lang-change - `{ lang }`
 * @fires cal-change - `{ cal }`
 */
export class RmLanguageMenu extends LitElement {
  static override styles = [iconStyles, languageMenuStyles];

  @property({ attribute: false }) i18n!: Localizer;
  /** The language chosen (the page may still be loading it). */
  @property() language: Lang = 'en';
  @property() cal: Calendar = 'gregory';
  /** A visible label (in a form); else a globe, and the label for screen readers only. */
  @property() label = '';
  /** Offer the calendar menu where the language has two calendars. */
  @property({ type: Boolean }) calendar = false;

  override render() {
    const t = this.i18n;
    // `selected` sets the first render; `.value` every later one (Back, Forward), since a picked
    // option ignores the attribute.
    return html`<label class="menu">
        ${
          this.label
            ? html`<span>${this.label}</span>`
            : html`<span class="globe">${icon('globe')}</span>`
        }
        <select
          aria-label=${this.label ? nothing : t.t('app.language')}
          .value=${this.language}
          @change=${(e: Event) => this.emit('lang-change', { lang: value(e) })}
        >
          ${LANGS.map(
            (l) =>
              html`<option value=${l} lang=${LOCALES[l].tag} ?selected=${l === this.language}>
                ${LOCALES[l].name}
              </option>`,
          )}
        </select>
      </label>
      ${this.calendar && hasCalendarChoice(this.language) ? this.renderCalendar() : nothing}`;
  }

  private renderCalendar() {
    const t = this.i18n;
    return html`<label class="menu">
      <span class="menu-label">${t.t('app.calendar')}</span>
      <select
        .value=${this.cal}
        @change=${(e: Event) => this.emit('cal-change', { cal: value(e) })}
      >
        <option value="gregory" ?selected=${this.cal === 'gregory'}>
          ${t.t('app.calendarGregory')}
        </option>
        <option value="persian" ?selected=${this.cal === 'persian'}>
          ${t.t('app.calendarPersian')}
        </option>
      </select>
    </label>`;
  }

  private emit(type: string, detail: object) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

const value = (e: Event) => (e.target as HTMLSelectElement).value;
