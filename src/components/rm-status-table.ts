import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Localizer } from '../i18n/index.ts';
import { STATUSES, type CountryStatus } from '../model/index.ts';
import { sinceText } from './format.ts';
import { swatchStyles } from './shared-styles.ts';

/**
 * A table of states and their status on one day.
 */
export class RmStatusTable extends LitElement {
  static override styles = [
    swatchStyles,
    css`
      :host {
        display: block;
      }
      table {
        border-collapse: collapse;
        inline-size: 100%;
        font-variant-numeric: tabular-nums;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding-block-end: 0.5rem;
      }
      th,
      td {
        text-align: start;
        padding: 0.4rem 0.6rem;
        border-block-end: 1px solid var(--rm-border);
        vertical-align: top;
      }
      th {
        font-size: 0.85rem;
        color: var(--rm-text-muted);
      }
    `,
  ];

  @property({ attribute: false }) i18n!: Localizer;
  @property({ attribute: false }) rows: readonly CountryStatus[] = [];
  @property() date = '';

  override render() {
    const t = this.i18n;
    const rank = (s: CountryStatus) => STATUSES.indexOf(s.status);
    const rows = [...this.rows].sort(
      (a, b) =>
        rank(a) - rank(b) || t.country(a.iso3).localeCompare(t.country(b.iso3), t.info.intl),
    );
    if (rows.length === 0) return html`<p>${t.t('table.empty')}</p>`;
    return html`<table>
      <caption>
        ${t.t('table.caption', { date: t.date(this.date, 'long') })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.t('table.country')}</th>
          <th scope="col">${t.t('table.status')}</th>
          <th scope="col">${t.t('table.since')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr data-iso3=${r.iso3} data-status=${r.status}>
              <th scope="row">${t.country(r.iso3)}</th>
              <td>
                <span class="swatch" data-status=${r.status}></span> ${t.t(
                  `status.${r.status}.name`,
                )}
              </td>
              <td>${sinceText(t, r)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
