import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Localizer } from '../../i18n/index.ts';
import {
  membersOf,
  STATUSES,
  UN_MEMBERS,
  type CountryStatus,
  type Status,
  type StatusCounts,
  type StatusMembers,
  type StatusSnapshot,
} from '../../model/index.ts';
import { sinceText } from '../../text/format.ts';
import { legendStyles } from './rm-legend.styles.ts';

type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;

/**
 * The legend: statuses strongest first, each with its definition and a live count of UN member
 * states. Hovering or focusing an entry highlights its countries; a click keeps the highlight and
 * lists the states under the entry (a disclosure), by name in the reader's language, each with
 * its since date; choosing a name opens that country. Escape closes the list. "No relations"
 * says "all other UN member states" and keeps its long list behind "Show all". Empty statuses
 * stay listed, greyed.
 *
 * @fires legend-highlight - `{ status }` (or `null`) as the highlight changes.
 * @fires legend-pin - `{ status }` (or `null`) when an entry is chosen, or its list closed.
 * @fires country-select - `{ iso3 }` when a listed state is chosen.
 */
export class RmLegend extends LitElement {
  static override styles = legendStyles;

  @property({ attribute: false }) i18n!: Localizer;
  @property({ attribute: false }) counts?: StatusCounts;
  /** The day's statuses: who is listed under the chosen entry. */
  @property({ attribute: false }) snapshot?: EraSnapshot;
  /** The status held highlighted by a click (the page owns it); its states are listed. */
  @property({ attribute: false }) pinned: Status | null = null;
  /** Embeds: entries side by side, without definitions (the full page explains them). */
  @property({ type: Boolean, reflect: true }) compact = false;
  /**
   * A one-line key (an embed's fixed height, a presented lesson): each status's swatch, name and
   * count in a row that wraps, no heading on screen. The counts' "of 193" is said to screen
   * readers only.
   */
  @property({ type: Boolean, reflect: true }) key = false;

  /** "No relations" lists its (many) states only when asked. */
  @state() private showAll = false;
  /** The entry the reader just chose: its list is scrolled into view once drawn. */
  private reveal: Status | null = null;
  private members?: { snapshot: EraSnapshot; members: StatusMembers };

  private emit(status: Status | null) {
    this.dispatchEvent(
      new CustomEvent('legend-highlight', { detail: { status }, bubbles: true, composed: true }),
    );
  }

  private pin(status: Status | null) {
    this.dispatchEvent(
      new CustomEvent('legend-pin', { detail: { status }, bubbles: true, composed: true }),
    );
  }

  private choose(status: Status) {
    const next = this.pinned === status ? null : status;
    this.reveal = next;
    this.showAll = false;
    this.pin(next);
  }

  private select(iso3: string) {
    this.dispatchEvent(
      new CustomEvent('country-select', { detail: { iso3 }, bubbles: true, composed: true }),
    );
  }

  /** Escape in an open entry or its list closes the list and gives focus back to the entry. */
  private onKeydown(e: KeyboardEvent, status: Status) {
    if (e.key !== 'Escape' || this.pinned !== status) return;
    // Handled here: Escape must not also leave presenting or close a panel.
    e.preventDefault();
    e.stopPropagation();
    this.reveal = null;
    this.pin(null);
    this.entry(status)?.focus();
  }

  private entry(status: Status): HTMLButtonElement | null {
    return this.renderRoot.querySelector(`button.entry[data-status="${status}"]`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pinned') && changed.get('pinned') !== undefined) this.showAll = false;
  }

  /**
   * The list just opened comes into view (on a phone it may start below the screen). Not in the
   * compact legend: its lists are a line or two, and an embed must not scroll its host's page.
   */
  protected override updated(): void {
    if (!this.reveal || this.pinned !== this.reveal) return;
    if (!this.compact)
      this.renderRoot
        .querySelector(`#members-${this.reveal}`)
        ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    this.reveal = null;
  }

  private membersOf(status: Status): readonly CountryStatus[] {
    const snapshot = this.snapshot;
    if (!snapshot) return [];
    if (this.members?.snapshot !== snapshot)
      this.members = { snapshot, members: membersOf(snapshot) };
    return this.members.members[status];
  }

  override render() {
    const t = this.i18n;
    const total = UN_MEMBERS.length;
    return html`<h2 id="legend-title">${t.t('legend.title')}</h2>
      <ul class="entries" aria-labelledby="legend-title">
        ${STATUSES.map((status) => {
          const count = this.counts?.[status] ?? 0;
          // Listed once the day's statuses are here (they come with the counts).
          const open = this.pinned === status && !!this.snapshot;
          return html`<li @keydown=${(e: KeyboardEvent) => this.onKeydown(e, status)}>
            <button
              type="button"
              class="entry ${count === 0 ? 'empty' : ''}"
              data-status=${status}
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${open ? `members-${status}` : nothing}
              @mouseenter=${() => this.emit(status)}
              @mouseleave=${() => this.emit(this.pinned)}
              @focus=${() => this.emit(status)}
              @blur=${() => this.emit(this.pinned)}
              @click=${() => this.choose(status)}
            >
              <span class="swatch" data-status=${status}></span>
              <span class="name" id="name-${status}">${t.t(`status.${status}.name`)}</span>
              ${
                this.key
                  ? html`<span class="count"
                      ><span aria-hidden="true">${t.number(count)}</span
                      ><span class="sr-only">${t.t('legend.count', { count, total })}</span></span
                    >`
                  : html`<span class="count" title=${t.t('legend.todayMembers', { total })}
                      >${t.t('legend.count', { count, total })}</span
                    >`
              }
              ${this.compact ? nothing : html`<span class="definition">${t.t(`status.${status}.definition`)}</span>`}
            </button>
            ${open ? this.renderMembers(status) : nothing}
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

  /**
   * Under the chosen entry: its states by name. "No relations" is everyone not listed elsewhere
   * (170-odd states): a reader expects that sentence, with the full list behind "Show all".
   */
  private renderMembers(status: Status) {
    const t = this.i18n;
    const members = this.membersOf(status);
    const id = `members-${status}`;
    if (members.length === 0)
      return html`<div class="members" id=${id}><p>${t.t('legend.noMembers')}</p></div>`;
    if (status !== 'none')
      return html`<div class="members" id=${id}>${this.renderList(status, members)}</div>`;
    return html`<div class="members" id=${id}>
      <p>${t.t('legend.allOthers')}</p>
      ${
        this.compact
          ? nothing
          : html`<details
              @toggle=${(e: Event) => (this.showAll = (e.target as HTMLDetailsElement).open)}
              ?open=${this.showAll}
            >
              <summary>${t.t('legend.showAll', { count: members.length })}</summary>
              ${this.showAll ? this.renderList(status, members) : nothing}
            </details>`
      }
    </div>`;
  }

  private renderList(status: Status, members: readonly CountryStatus[]) {
    const t = this.i18n;
    const named = members
      .map((m) => ({ ...m, name: t.country(m.iso3) }))
      .sort((a, b) => t.compare(a.name, b.name));
    // The compact legend names the states only; their dates are a tap away.
    const dated = !this.compact && status !== 'none';
    return html`<ul aria-labelledby="name-${status}">
      ${named.map(
        (m) =>
          html`<li>
            <button
              type="button"
              class="member"
              data-iso3=${m.iso3}
              @click=${() => this.select(m.iso3)}
            >
              <span class="member-name">${m.name}</span>
              ${dated && m.since ? html`<span class="member-since">${sinceText(t, m)}</span>` : nothing}
            </button>
          </li>`,
      )}
    </ul>`;
  }
}
