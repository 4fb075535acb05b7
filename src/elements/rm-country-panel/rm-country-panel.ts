import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Localizer } from '../../i18n/index.ts';
import type { CountryStatus, DatasetEvent, IsoDate } from '../../model/index.ts';
import { eraLabel, eventDateText, statusSinceText, uncertaintyNotes } from '../../text/format.ts';
import { englishBlock, showEventDate, translationNote } from '../shared/event-text.ts';
import { icon } from '../shared/icons.ts';
import { panelStyles } from './rm-country-panel.styles.ts';

/**
 * A country's whole history across both eras, newest first, each event with its date and
 * precision, the status it set, its description, confidence and sources. Choosing an event moves
 * the slider there. Esc closes it; the page returns focus to where it was.
 *
 * @fires panel-close
 * @fires date-change - `{ date }` when an event is chosen.
 */
export class RmCountryPanel extends LitElement {
  static override styles = panelStyles;

  @property({ attribute: false }) i18n!: Localizer;
  @property() iso3 = '';
  @property({ attribute: false }) history: readonly DatasetEvent[] = [];
  /** Status on the selected day; absent in the gap, and for Afghanistan itself. */
  @property({ attribute: false }) current?: CountryStatus;
  @property() date: IsoDate = '';
  /** The period of Taliban rule the selected day is in (absent in the gap). */
  @property({ type: Number }) era?: 1 | 2;
  /**
   * A bottom sheet (phones, embeds): at first only the country's name, status and since when,
   * with a button for the details; swiping down folds it, then closes it.
   */
  @property({ type: Boolean, reflect: true }) sheet = false;
  /** The sheet shows the whole history. */
  @state() private expanded = false;

  /**
   * The period listed first: the selected day's when the panel opened on this country. It stays
   * put while the panel is open, so "Show on the map" in the other period does not move the list
   * (and the focused button) under the reader.
   */
  private leadingEra?: 1 | 2;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('iso3') || this.leadingEra === undefined) this.leadingEra = this.era;
    if (changed.has('iso3')) this.expanded = false;
  }

  @query('h2') private heading?: HTMLElement;

  /** Move focus into the panel (the page calls this when it opens). */
  focusHeading() {
    void this.updateComplete.then(() => this.heading?.focus());
  }

  override render() {
    const t = this.i18n;
    const name = t.country(this.iso3);
    const newestFirst = [...this.history].reverse();
    // The selected day's period first: its events are the ones that explain the map.
    const eras = this.leadingEra === 1 ? ([1, 2] as const) : ([2, 1] as const);
    const notes = this.current ? uncertaintyNotes(t, this.current) : [];
    const folded = this.sheet && !this.expanded;
    return html`<section
      role="dialog"
      aria-modal="false"
      aria-labelledby="panel-title"
      class=${folded ? 'folded' : ''}
      @keydown=${this.onKeyDown}
    >
      <header
        @pointerdown=${this.onDragStart}
        @pointermove=${this.onDragMove}
        @pointerup=${this.onDragEnd}
        @pointercancel=${this.onDragEnd}
      >
        ${this.sheet ? html`<span class="handle" aria-hidden="true"></span>` : nothing}
        <h2 id="panel-title" tabindex="-1">${name}</h2>
        <button
          type="button"
          class="close"
          aria-label=${t.t('panel.close')}
          title=${t.t('panel.close')}
          @click=${this.close}
        >
          ${icon('close')}
        </button>
      </header>
      <div class="body">
        <div class="now">
          <p class="meta">${t.t('panel.onDate', { date: t.date(this.date, 'long') })}</p>
          ${
            this.iso3 === 'AFG' && this.era
              ? html`<p class="status">
                  <span class="swatch" data-status="afghanistan"></span
                  ><span class="governed">${t.t('map.afghanistan')}</span>
                </p>`
              : this.current
                ? html`<p class="status">
                      <span class="swatch" data-status=${this.current.status}></span
                      ><span>${statusSinceText(t, this.current)}</span>
                    </p>
                    ${notes.map((n) => html`<p class="flag">${n}</p>`)}`
                : html`<p>${t.t('era.gap.name')}</p>`
          }
        </div>
        ${
          this.sheet
            ? html`<button
                type="button"
                class="details"
                aria-expanded=${this.expanded ? 'true' : 'false'}
                aria-controls="history"
                @click=${() => (this.expanded = !this.expanded)}
              >
                ${icon(this.expanded ? 'sort-down' : 'details')}
                ${this.expanded ? t.t('panel.hideDetails') : t.t('panel.showDetails')}
              </button>`
            : nothing
        }
        <div id="history" class="history">
          ${this.history.length === 0 ? html`<p>${t.t('panel.noEvents')}</p>` : translationNote(t, this)}
          ${eras.map((era) => {
            const events = newestFirst.filter((e) => e.era === era);
            if (events.length === 0) return nothing;
            return html`<h3>${eraLabel(t, era)}</h3>
              <ol>
                ${events.map((e) => html`<li>${this.renderEvent(e)}</li>`)}
              </ol>`;
          })}
        </div>
      </div>
    </section>`;
  }

  private renderEvent(e: DatasetEvent) {
    const t = this.i18n;
    const isCurrent = this.current?.latest?.id === e.id || this.current?.since?.id === e.id;
    const later = e.effectiveDate > this.date;
    const shown = t.description(e);
    const description = { text: shown.text, ...englishBlock(t, !!shown.lang) };
    const note = englishBlock(t);
    return html`<article class=${isCurrent ? 'current' : later ? 'later' : ''} data-event=${e.id}>
      <h4>
        <time datetime=${e.effectiveDate}>${eventDateText(t, e)}</time>
        ${e.precision !== 'day' ? html`<span class="precision">(${t.t(`precision.${e.precision}`)})</span>` : nothing}
        ${later ? html`<span class="tag">${t.t('panel.later')}</span>` : nothing}
      </h4>
      <p class="set">
        ${
          e.status !== null
            ? html`<span class="swatch" data-status=${e.status}></span
                ><span>${t.t(`status.${e.status}.name`)}</span>`
            : html`<span class="meta">${t.t('changes.context')}</span>`
        }
        <span class="meta">· ${t.t(`type.${e.type}`)}</span>
      </p>
      <p lang=${description.lang} dir=${description.dir}>${description.text}</p>
      <p class="meta">${t.t(`confidence.${e.confidence}`)}</p>
      ${e.note ? html`<p class="note" lang=${note.lang} dir=${note.dir}>${e.note}</p>` : nothing}
      <ul class="sources" aria-label=${t.t('panel.sources')}>
        ${e.sources.map(
          (s) =>
            html`<li>
              <a href=${s.url} target="_blank" rel="noopener noreferrer">${s.outlet}</a>,
              <span class="meta">${s.published}</span>
            </li>`,
        )}
      </ul>
      <button type="button" class="show" @click=${() => this.showOnMap(e)}>
        ${t.t('panel.showOnMap')}
      </button>
    </article>`;
  }

  /** The map moves to the event's day; a sheet folds, so the map is in view. */
  private showOnMap(e: DatasetEvent) {
    if (this.sheet) this.expanded = false;
    showEventDate(this, e);
  }

  // ── the sheet's swipe: down folds it, then closes it; up unfolds it ──────────────────────

  private drag?: { id: number; y: number; dy: number };

  private onDragStart = (event: PointerEvent) => {
    if (!this.sheet || (event.target as Element).closest('button')) return;
    this.drag = { id: event.pointerId, y: event.clientY, dy: 0 };
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
  };

  private onDragMove = (event: PointerEvent) => {
    if (this.drag?.id !== event.pointerId) return;
    this.drag.dy = event.clientY - this.drag.y;
    // Follows the finger downwards only (up unfolds on release).
    this.style.transform = `translateY(${Math.max(0, this.drag.dy)}px)`;
  };

  private onDragEnd = (event: PointerEvent) => {
    if (this.drag?.id !== event.pointerId) return;
    const { dy } = this.drag;
    this.drag = undefined;
    this.style.transform = '';
    if (dy > 48) {
      if (this.expanded) this.expanded = false;
      else this.close();
    } else if (dy < -32) this.expanded = true;
  };

  private close = () => {
    this.dispatchEvent(new CustomEvent('panel-close', { bubbles: true, composed: true }));
  };

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.close();
    }
  };
}
