import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Localizer } from '../../i18n/index.ts';
import {
  UN_MEMBERS,
  statusOf,
  type CountryStatus,
  type MapStatus,
  type StatusSnapshot,
} from '../../model/index.ts';
import { sinceText } from '../../text/format.ts';
import { FILTER_STATUSES, type FilterStatus, type Sort, type SortColumn } from '../../url-state.ts';
import { fieldStyles, focusRing, nameButtonStyles, swatchStyles } from '../shared/shared-styles.ts';
import { icon, iconStyles } from '../shared/icons.ts';
import { cardStyles } from './cards.styles.ts';

type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;
type SortKey = SortColumn;

interface Row {
  iso3: string;
  name: string;
  status: MapStatus;
  detail?: CountryStatus;
}

const RANK: readonly MapStatus[] = FILTER_STATUSES;
const MEMBERS = new Set(UN_MEMBERS);

/**
 * The table view: every country on the selected day, with its status, since when and the source,
 * as a real table. Sortable by any column, filterable by name and status, and synced with the
 * slider. Each name opens the country's panel. The status filter and the order are the link's
 * (`status`, `sort`): the element shows them and says when the reader changes them.
 *
 * @fires country-select - `{ iso3 }`
 * @fires listing-change - `{ status, sort }`: another status filter or order was chosen.
 */
export class RmDataTable extends LitElement {
  static override styles = [
    iconStyles,
    fieldStyles,
    nameButtonStyles,
    swatchStyles,
    css`
      :host {
        display: block;
        font-size: 0.92rem;
      }
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: end;
        margin-block-end: 0.6rem;
      }
      label {
        display: grid;
        gap: 0.2rem;
        font-size: 0.85rem;
        color: var(--rm-text-muted);
      }
      .count {
        color: var(--rm-text-muted);
        margin: 0;
      }
      .scroll {
        max-block-size: var(--rm-table-max, 36rem);
        overflow: auto;
        border: 1px solid var(--rm-border);
        border-radius: var(--rm-radius);
        /* A shadow on an edge with more table beyond it (a phone shows only some columns): the
           covers scroll with the table and hide the shadow once its edge is reached. */
        background:
          linear-gradient(to right, var(--rm-bg) 40%, transparent) left / 2rem 100% no-repeat local,
          linear-gradient(to left, var(--rm-bg) 40%, transparent) right / 2rem 100% no-repeat local,
          radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.22), transparent) left / 0.8rem 100%
            no-repeat scroll,
          radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.22), transparent) right / 0.8rem
            100% no-repeat scroll;
      }
      table {
        border-collapse: collapse;
        inline-size: 100%;
        font-variant-numeric: tabular-nums;
      }
      caption {
        text-align: start;
        padding: 0.5rem 0.6rem;
        font-weight: 600;
      }
      th,
      td {
        text-align: start;
        padding: 0.4rem 0.6rem;
        border-block-end: 1px solid var(--rm-border);
        vertical-align: top;
      }
      thead th {
        position: sticky;
        inset-block-start: 0;
        background: var(--rm-surface);
        z-index: 1;
      }
      thead button {
        font: inherit;
        font-weight: 600;
        color: inherit;
        background: none;
        border: 0;
        padding: 0.2rem 0;
        cursor: pointer;
        display: inline-flex;
        gap: 0.3rem;
      }
      tbody th {
        font-weight: 600;
      }
      .name {
        text-underline-offset: 0.15em;
      }
      .status {
        display: flex;
        gap: 0.45rem;
        align-items: baseline;
      }
      .muted {
        color: var(--rm-text-muted);
      }
      a {
        color: var(--rm-link);
      }
      button:focus-visible,
      input:focus-visible,
      select:focus-visible,
      a:focus-visible {
        ${focusRing}
      }
    `,
    // Last: on a phone, its rules override the table's.
    cardStyles,
  ];

  @property({ attribute: false }) i18n!: Localizer;
  @property({ attribute: false }) snapshot?: EraSnapshot;
  /** ISO alpha-3 of every country the map draws. */
  @property({ attribute: false }) countries: readonly string[] = [];

  /** The status shown (absent: every status). */
  @property({ attribute: false }) status?: FilterStatus;
  /** The order (absent: by status). */
  @property({ attribute: false }) sort?: Sort;

  @state() private query = '';

  private get sortKey(): SortKey {
    return this.sort?.column ?? 'status';
  }
  private get ascending(): boolean {
    return !this.sort?.descending;
  }

  private rows(): Row[] {
    const t = this.i18n;
    const snapshot = this.snapshot;
    return this.countries.map((iso3) => {
      if (iso3 === 'AFG') return { iso3, name: t.country(iso3), status: 'afghanistan' as const };
      const detail = snapshot ? statusOf(snapshot, iso3) : undefined;
      return { iso3, name: t.country(iso3), status: detail?.status ?? 'none', detail };
    });
  }

  private sorted(rows: Row[]): Row[] {
    const byName = (a: Row, b: Row) => this.i18n.compare(a.name, b.name);
    const compare: Record<SortKey, (a: Row, b: Row) => number> = {
      country: byName,
      status: (a, b) => RANK.indexOf(a.status) - RANK.indexOf(b.status) || byName(a, b),
      since: (a, b) =>
        (a.detail?.since?.effectiveDate ?? '9999').localeCompare(
          b.detail?.since?.effectiveDate ?? '9999',
        ) || byName(a, b),
    };
    const sorted = [...rows].sort(compare[this.sortKey]);
    return this.ascending ? sorted : sorted.reverse();
  }

  override render() {
    const t = this.i18n;
    const query = this.query.trim().toLocaleLowerCase(t.info.intl);
    const rows = this.sorted(
      this.rows().filter(
        (r) =>
          (!this.status || r.status === this.status) &&
          (!query ||
            r.name.toLocaleLowerCase(t.info.intl).includes(query) ||
            r.iso3.toLowerCase() === query),
      ),
    );
    const date = this.snapshot ? t.date(this.snapshot.date, 'long') : '';
    return html`<div class="filters">
        <label
          >${t.t('table.filterName')}
          <input
            type="search"
            .value=${this.query}
            @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
          />
        </label>
        <label
          >${t.t('table.filterStatus')}
          <select
            @change=${(e: Event) => this.emitListing(((e.target as HTMLSelectElement).value || undefined) as FilterStatus | undefined, this.sort)}
          >
            <option value="">${t.t('table.allStatuses')}</option>
            ${RANK.map((s) => html`<option value=${s} ?selected=${this.status === s}>${t.t(`status.${s}.name`)}</option>`)}
          </select>
        </label>
        <p class="count" role="status">
          ${t.t('table.shown', { count: rows.length, total: this.countries.length })}.
          ${t.t('table.members', { count: rows.filter((r) => MEMBERS.has(r.iso3)).length })}
        </p>
      </div>
      <div class="scroll" tabindex="0" role="region" aria-labelledby="table-caption">
        <table>
          <caption id="table-caption">
            ${t.t('table.captionAll', { date })}
          </caption>
          <thead>
            <tr>
              ${this.header('country', t.t('table.country'))}
              ${this.header('status', t.t('table.status'))}
              ${this.header('since', t.t('table.since'))}
              <th scope="col">${t.t('table.source')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((r) => this.renderRow(r))}
          </tbody>
        </table>
      </div>`;
  }

  private header(key: SortKey, label: string) {
    const active = this.sortKey === key;
    const sort = active ? (this.ascending ? 'ascending' : 'descending') : nothing;
    return html`<th scope="col" aria-sort=${sort}>
      <button type="button" @click=${() => this.sortBy(key)}>
        ${label}${icon(active ? (this.ascending ? 'sort-up' : 'sort-down') : 'sort')}
      </button>
    </th>`;
  }

  private sortBy(key: SortKey) {
    const descending = this.sortKey === key && this.ascending;
    this.emitListing(this.status, { column: key, descending });
  }

  private emitListing(status: FilterStatus | undefined, sort: Sort | undefined) {
    this.dispatchEvent(
      new CustomEvent('listing-change', {
        detail: { status, sort },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private renderRow(r: Row) {
    const t = this.i18n;
    const since = r.detail?.since;
    const source = since?.sources[0];
    return html`<tr data-iso3=${r.iso3} data-status=${r.status}>
      <th scope="row">
        <button type="button" class="name" @click=${() => this.select(r.iso3)}>${r.name}</button>
      </th>
      <td>
        <span class="status"
          ><span class="swatch" data-status=${r.status}></span
          >${t.t(`status.${r.status}.name`)}</span
        >
      </td>
      <td>${r.detail && since ? sinceText(t, r.detail) : html`<span class="muted">—</span>`}</td>
      <td data-label=${t.t('table.source')}>
        ${
          source
            ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer"
                  >${source.outlet}</a
                >${
                  since.sources.length > 1
                    ? html` <span class="muted"
                        >${t.t('table.moreSources', { count: since.sources.length - 1 })}</span
                      >`
                    : nothing
                }`
            : html`<span class="muted">—</span>`
        }
      </td>
    </tr>`;
  }

  private select(iso3: string) {
    this.dispatchEvent(
      new CustomEvent('country-select', { detail: { iso3 }, bubbles: true, composed: true }),
    );
  }
}
