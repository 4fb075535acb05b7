import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Localizer } from '../../i18n/index.ts';
import { STATUSES, countsOf, type StatusSnapshot } from '../../model/index.ts';
import { statusChanges, type StatusChange } from '../../model/changes.ts';
import { eventDateText } from '../../text/format.ts';
import { descriptionText } from '../shared/event-text.ts';
import {
  focusRing,
  swatchStyles,
  translationStyles,
  visuallyHiddenClass,
  nameButtonStyles,
} from '../shared/shared-styles.ts';

type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;

/**
 * "Then and now", what changed: the UN member states in each status on both days, side by side,
 * and every state whose status differs (from → to) with the event that changed it. A state's
 * name opens its panel.
 *
 * @fires country-select - `{ iso3 }`
 */
export class RmCompareChanges extends LitElement {
  static override styles = [
    nameButtonStyles,
    swatchStyles,
    translationStyles,
    visuallyHiddenClass,
    css`
      :host {
        display: block;
        font-size: 0.9rem;
      }
      h2 {
        font-size: 1.05rem;
        margin: 1rem 0 0.4rem;
      }
      table {
        border-collapse: collapse;
        margin-block-end: 0.8rem;
        font-variant-numeric: tabular-nums;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding-block-end: 0.3rem;
      }
      th,
      td {
        text-align: start;
        padding: 0.25rem 0.8rem 0.25rem 0;
        border-block-end: 1px solid var(--rm-border);
      }
      td {
        text-align: end;
      }
      .status {
        display: inline-flex;
        gap: 0.4rem;
        align-items: baseline;
        font-weight: 400;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        padding: 0.4rem 0;
        border-block-end: 1px solid var(--rm-border);
      }
      .name {
        min-block-size: 24px;
      }
      .event {
        display: block;
        color: var(--rm-text-muted);
        margin-block-start: 0.15rem;
      }
      button:focus-visible {
        ${focusRing}
      }
      @media print {
        .name {
          color: inherit;
          text-decoration: none;
        }
      }
    `,
  ];

  @property({ attribute: false }) i18n!: Localizer;
  @property({ attribute: false }) then?: EraSnapshot;
  @property({ attribute: false }) now?: EraSnapshot;

  override render() {
    const t = this.i18n;
    if (!this.then || !this.now) return nothing;
    const [a, b] = [countsOf(this.then), countsOf(this.now)];
    // Worked out here, not by the page: this element (and its model code) loads only for then
    // and now, never with the first view.
    const changes = [...statusChanges(this.then, this.now)].sort((x, y) =>
      t.compare(t.country(x.iso3), t.country(y.iso3)),
    );
    return html`<h2>${t.t('compare.changes')}</h2>
      <table>
        <caption>
          ${t.t('compare.counts')}
        </caption>
        <thead>
          <tr>
            <th scope="col"><span class="sr-only">${t.t('table.status')}</span></th>
            <th scope="col">${t.t('compare.then')} · ${t.date(this.then.date, 'day')}</th>
            <th scope="col">${t.t('compare.now')} · ${t.date(this.now.date, 'day')}</th>
          </tr>
        </thead>
        <tbody>
          ${STATUSES.map(
            (s) =>
              html`<tr>
                <th scope="row">
                  <span class="status"
                    ><span class="swatch" data-status=${s}></span>${t.t(`status.${s}.name`)}</span
                  >
                </th>
                <td>${t.number(a[s])}</td>
                <td>${t.number(b[s])}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <p>
        ${changes.length ? t.t('compare.changesCount', { count: changes.length }) : t.t('compare.noChanges')}
      </p>
      <ul>
        ${changes.map((c) => this.renderChange(c))}
      </ul>`;
  }

  private renderChange(c: StatusChange) {
    const t = this.i18n;
    const status = (s: string) => t.t(`status.${s}.name` as 'status.none.name');
    return html`<li data-iso3=${c.iso3}>
      <button type="button" class="name" @click=${() => this.select(c.iso3)}>
        ${t.country(c.iso3)}</button
      >: ${t.t('compare.fromTo', { from: status(c.from), to: status(c.to) })}
      ${
        c.event
          ? html`<span class="event"
              >${eventDateText(t, c.event)}: ${descriptionText(t, c.event)}</span
            >`
          : nothing
      }
    </li>`;
  }

  private select(iso3: string) {
    this.dispatchEvent(
      new CustomEvent('country-select', { detail: { iso3 }, bubbles: true, composed: true }),
    );
  }
}
