import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Localizer } from '../../i18n/index.ts';
import { matchCountries, type Searchable } from './search-match.ts';
import { controlLook, focusRing, visuallyHidden } from '../shared/shared-styles.ts';
import { icon, iconStyles } from '../shared/icons.ts';

/**
 * Country search: a combobox with type-ahead over the localised names (and English names and ISO
 * codes as aliases). Choosing a country opens its panel.
 *
 * @fires country-select - `{ iso3 }`
 */
export class RmCountrySearch extends LitElement {
  static override styles = [
    iconStyles,
    css`
      :host {
        display: block;
        position: relative;
      }
      label {
        ${visuallyHidden}
      }
      input {
        ${controlLook}
        inline-size: 100%;
        min-block-size: 2.5rem;
        padding: 0.4rem 0.7rem 0.4rem 2rem;
        padding-inline: 2rem 0.7rem;
        background: var(--rm-bg);
      }
      input:focus-visible {
        ${focusRing}
        outline-offset: 1px;
      }
      .lens {
        display: flex;
        position: absolute;
        inset-inline-start: 0.6rem;
        inset-block-start: 50%;
        transform: translateY(-50%);
        color: var(--rm-text-muted);
        pointer-events: none;
      }
      ul {
        position: absolute;
        z-index: 5;
        inset-inline: 0;
        margin: 0.2rem 0 0;
        padding: 0.25rem 0;
        list-style: none;
        background: var(--rm-bg);
        border: 1px solid var(--rm-border);
        border-radius: var(--rm-radius);
        box-shadow: 0 6px 18px rgb(0 0 0 / 0.15);
        max-block-size: 18rem;
        overflow-y: auto;
      }
      li {
        padding: 0.45rem 0.7rem;
        cursor: pointer;
      }
      li[aria-selected='true'] {
        background: var(--rm-text);
        color: var(--rm-bg);
      }
      li.none {
        color: var(--rm-text-muted);
        cursor: default;
      }
    `,
  ];

  @property({ attribute: false }) i18n!: Localizer;
  @property({ attribute: false }) countries: readonly Searchable[] = [];

  @state() private query = '';
  /** Other names per country (UAE, UK, Turkey), loaded on first use of the box. */
  @state() private aliases?: ReadonlyMap<string, string[]>;
  @state() private open = false;
  @state() private activeIndex = -1;

  private get results(): Searchable[] {
    const aliases = this.aliases;
    const items = aliases
      ? this.countries.map((c) => ({
          ...c,
          aliases: [...(c.aliases ?? []), ...(aliases.get(c.iso3) ?? [])],
        }))
      : this.countries;
    return matchCountries(items, this.query);
  }

  private loadAliases() {
    if (this.aliases) return;
    void import('../../geo/generated/aliases.json').then(
      (m) => (this.aliases = new Map(Object.entries(m.default))),
    );
  }

  override render() {
    const t = this.i18n;
    const results = this.results;
    const expanded = this.open && this.query.trim().length > 0;
    const active = results[this.activeIndex];
    return html`<label for="search">${t.t('search.label')}</label>
      <span class="lens">${icon('search')}</span>
      <input
        id="search"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls="results"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-activedescendant=${active ? `option-${active.iso3}` : nothing}
        placeholder=${t.t('search.placeholder')}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @blur=${this.onBlur}
        @focus=${this.onFocus}
      />
      <ul id="results" role="listbox" aria-label=${t.t('search.results')} ?hidden=${!expanded}>
        ${expanded && results.length === 0 ? html`<li class="none" role="option" aria-disabled="true" aria-selected="false">${t.t('search.none')}</li>` : nothing}
        ${
          expanded
            ? results.map(
                (c, i) =>
                  html`<li
                    id="option-${c.iso3}"
                    role="option"
                    aria-selected=${i === this.activeIndex ? 'true' : 'false'}
                    @mousedown=${(e: Event) => e.preventDefault()}
                    @click=${() => this.choose(c)}
                  >
                    ${c.name}
                  </li>`,
              )
            : nothing
        }
      </ul>`;
  }

  private closeTimer?: ReturnType<typeof setTimeout>;

  /** Closing waits a moment, so a click on an option lands before the list goes away. */
  private onBlur = () => {
    this.closeTimer = setTimeout(() => (this.open = false), 150);
  };

  private onFocus = () => {
    clearTimeout(this.closeTimer);
    this.open = true;
    this.loadAliases();
  };

  private onInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.open = true;
    this.activeIndex = this.results.length > 0 ? 0 : -1;
  };

  private onKeyDown = (event: KeyboardEvent) => {
    const results = this.results;
    switch (event.key) {
      case 'ArrowDown':
        this.open = true;
        this.activeIndex = results.length ? (this.activeIndex + 1) % results.length : -1;
        break;
      case 'ArrowUp':
        this.activeIndex = results.length
          ? (this.activeIndex - 1 + results.length) % results.length
          : -1;
        break;
      case 'Enter': {
        const chosen = results[this.activeIndex] ?? results[0];
        if (chosen) this.choose(chosen);
        break;
      }
      case 'Escape':
        if (this.open && this.query) {
          this.open = false;
          event.stopPropagation();
        } else this.query = '';
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  private choose(c: Searchable) {
    this.query = '';
    this.open = false;
    this.activeIndex = -1;
    this.dispatchEvent(
      new CustomEvent('country-select', {
        detail: { iso3: c.iso3 },
        bubbles: true,
        composed: true,
      }),
    );
  }
}
