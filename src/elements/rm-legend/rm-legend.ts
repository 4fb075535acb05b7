import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Localizer } from '../../i18n/index.ts';
import { STATUSES, UN_MEMBERS, type Status, type StatusCounts } from '../../model/index.ts';
import { focusRing, swatchStyles } from '../shared/shared-styles.ts';

/**
 * The legend: statuses strongest first, each with its definition and a live count of UN member
 * states. Hovering or focusing an entry highlights its countries; a click keeps the highlight.
 * Empty statuses stay listed, greyed.
 *
 * @fires legend-highlight - `{ status }` (or `null`) as the highlight changes.
 */
export class RmLegend extends LitElement {
  static override styles = [
    swatchStyles,
    css`
      :host {
        display: block;
        font-size: 0.9rem;
      }
      h2 {
        font-size: 1rem;
        margin: 0 0 0.4rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li + li {
        margin-block-start: 0.15rem;
      }
      button {
        display: grid;
        grid-template-columns: auto 1fr auto;
        gap: 0 0.55rem;
        align-items: start;
        inline-size: 100%;
        padding: 0.35rem 0.45rem;
        font: inherit;
        text-align: start;
        color: inherit;
        background: none;
        border: 1px solid transparent;
        border-radius: var(--rm-radius);
        cursor: pointer;
      }
      button:hover,
      button[aria-pressed='true'] {
        background: var(--rm-surface);
        border-color: var(--rm-border);
      }
      button:focus-visible {
        ${focusRing}
        outline-offset: 1px;
      }
      .swatch {
        margin-block-start: 0.15rem;
      }
      .name {
        font-weight: 600;
      }
      .count {
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
        font-weight: 600;
        /* Room for "188 of 193", so the names never rewrap as counts change. */
        min-inline-size: 5.6em;
        text-align: end;
      }
      .definition {
        grid-column: 2 / 4;
        color: var(--rm-text-muted);
        font-size: 0.82rem;
        line-height: 1.3;
      }
      .empty .name,
      .empty .count {
        color: var(--rm-text-muted);
      }
      .empty .swatch {
        opacity: 0.4;
      }
      :host([compact]) h2 {
        font-size: 0.9rem;
      }
      :host([compact]) ul:first-of-type {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
        gap: 0 0.5rem;
      }
      :host([compact]) li + li {
        margin: 0;
      }
      :host([compact]) button {
        padding-block: 0.2rem;
      }
      @media print {
        button {
          border: 0;
          padding-inline: 0;
        }
      }
      .keys {
        margin: 0.5rem 0 0;
        padding: 0 0.45rem;
        list-style: none;
        color: var(--rm-text-muted);
        font-size: 0.8rem;
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 1rem;
      }
      .keys li {
        display: flex;
        gap: 0.4rem;
        align-items: center;
      }
      .keys .count {
        min-inline-size: 0;
      }
      .dotted {
        display: inline-block;
        flex: none;
        inline-size: 1.1em;
        block-size: 1.1em;
        border: 1.5px dashed var(--rm-text);
        border-radius: 2px;
      }
      .marker {
        display: inline-block;
        flex: none;
        inline-size: 0.7em;
        block-size: 0.7em;
        margin-inline: 0.2em;
        border-radius: 50%;
        border: 1px solid var(--rm-text);
        background: var(--rm-status-none);
      }
    `,
  ];

  @property({ attribute: false }) i18n!: Localizer;
  @property({ attribute: false }) counts?: StatusCounts;
  /** The status held highlighted by a click (the page owns it). */
  @property({ attribute: false }) pinned: Status | null = null;
  /** Embeds: entries side by side, without definitions (the full page explains them). */
  @property({ type: Boolean, reflect: true }) compact = false;

  private emit(status: Status | null) {
    this.dispatchEvent(
      new CustomEvent('legend-highlight', { detail: { status }, bubbles: true, composed: true }),
    );
  }

  override render() {
    const t = this.i18n;
    const total = UN_MEMBERS.length;
    return html`<h2 id="legend-title">${t.t('legend.title')}</h2>
      <ul aria-labelledby="legend-title">
        ${STATUSES.map((status) => {
          const count = this.counts?.[status] ?? 0;
          return html`<li>
            <button
              type="button"
              class=${count === 0 ? 'empty' : ''}
              data-status=${status}
              aria-pressed=${this.pinned === status ? 'true' : 'false'}
              @mouseenter=${() => this.emit(status)}
              @mouseleave=${() => this.emit(this.pinned)}
              @focus=${() => this.emit(status)}
              @blur=${() => this.emit(this.pinned)}
              @click=${() => this.dispatchEvent(new CustomEvent('legend-pin', { detail: { status: this.pinned === status ? null : status }, bubbles: true, composed: true }))}
            >
              <span class="swatch" data-status=${status}></span>
              <span class="name">${t.t(`status.${status}.name`)}</span>
              <span class="count" title=${t.t('legend.todayMembers', { total })}
                >${t.t('legend.count', { count, total })}</span
              >
              ${this.compact ? nothing : html`<span class="definition">${t.t(`status.${status}.definition`)}</span>`}
            </button>
          </li>`;
        })}
      </ul>
      <ul class="keys">
        <li>
          <span class="swatch" data-status="afghanistan"></span>${t.t('status.afghanistan.name')}
          <!-- With it, the counts add up to every UN member state. -->
          <span class="count">${t.t('legend.count', { count: 1, total })}</span>
        </li>
        <li><span class="dotted"></span>${t.t('legend.uncertain')}</li>
        <li><span class="marker"></span>${t.t('legend.marker')}</li>
        <li><span class="swatch" data-status="no-data"></span>${t.t('legend.noData')}</li>
      </ul>`;
  }
}
