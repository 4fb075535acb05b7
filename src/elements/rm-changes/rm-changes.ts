import { LitElement, css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Localizer } from '../../i18n/index.ts';
import type { DatasetEvent, IsoDate } from '../../model/index.ts';
import { actorName, eventDateText } from '../../text/format.ts';
import { focusRing, swatchStyles, translationStyles } from '../shared/shared-styles.ts';
import { descriptionText, showEventDate, translationNote } from '../shared/event-text.ts';
import { whenIdle } from '../../yield.ts';

/** On paper the list stops before this item: the latest five events are printed. */
const PRINTED = 6;

/**
 * The list's first draw shows this many events (more than its box shows), and the rest follow,
 * this many per idle moment: drawn at once, the whole era's list was the page's largest layout
 * (some 750 boxes), a long task on a phone just as the controls arrive.
 */
const FIRST_DRAWN = 12;
const DRAWN_PER_MOMENT = 25;

/**
 * "What changed": the events of the current era up to the selected day, newest first, context
 * events included. Choosing one moves the slider to it.
 *
 * @fires date-change - `{ date }` when an event is chosen.
 */
export class RmChanges extends LitElement {
  static override styles = [
    translationStyles,
    swatchStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-block-size: 0;
        font-size: 0.88rem;
      }
      h2 {
        font-size: 1rem;
        margin: 0 0 0.4rem;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        overflow-y: auto;
        flex: 1 1 auto;
        min-block-size: var(--rm-changes-min, 8rem);
        max-block-size: var(--rm-changes-max, 22rem);
        border-block-start: 1px solid var(--rm-border);
        overscroll-behavior: contain;
      }
      li {
        border-block-end: 1px solid var(--rm-border);
      }
      button {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.1rem 0.5rem;
        inline-size: 100%;
        padding: 0.45rem 0.3rem;
        font: inherit;
        text-align: start;
        color: inherit;
        background: none;
        border: 0;
        cursor: pointer;
      }
      button:hover {
        background: var(--rm-surface);
      }
      button:focus-visible {
        ${focusRing}
        outline-offset: -3px;
      }
      .swatch {
        grid-row: 1 / 3;
        margin-block-start: 0.1rem;
      }
      .context {
        inline-size: 1.1em;
        block-size: 1.1em;
        grid-row: 1 / 3;
        border: 1px dashed var(--rm-text-muted);
        border-radius: 50%;
        margin-block-start: 0.1rem;
      }
      .when {
        color: var(--rm-text-muted);
        font-variant-numeric: tabular-nums;
      }
      .who {
        font-weight: 600;
      }
      .what {
        grid-column: 2;
        line-height: 1.35;
      }
      .today {
        background: var(--rm-surface);
        box-shadow: inset 3px 0 0 var(--rm-text);
      }
      p.empty {
        color: var(--rm-text-muted);
      }
      .print-sources,
      .print-latest {
        display: none;
      }
      @media print {
        ol {
          max-block-size: none;
          overflow: visible;
        }
        /* On paper, the latest few with their sources: the map of any day then fits two pages. */
        ol > li:nth-child(n + ${unsafeCSS(PRINTED)}) {
          display: none;
        }
        .print-latest {
          display: block;
          margin: 0.3rem 0 0;
          font-size: 0.8rem;
          color: var(--rm-text-muted);
        }
        li {
          break-inside: avoid;
        }
        .print-sources {
          display: block;
          margin: 0 0 0.4rem 1.6rem;
          padding: 0;
          font-size: 0.75rem;
          color: var(--rm-text-muted);
          overflow-wrap: anywhere;
        }
        .today {
          box-shadow: none;
        }
      }
    `,
  ];

  @property({ attribute: false }) i18n!: Localizer;
  @property({ attribute: false }) events: readonly DatasetEvent[] = [];
  @property() date: IsoDate = '';
  @property() heading = '';

  /** How many events are drawn; once all have been, always all (Infinity). */
  @state() private drawn = FIRST_DRAWN;
  private drawing = false;

  /** The event whose button has focus while the list changes (choosing one moves the date). */
  private focusedEvent?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const active = this.shadowRoot?.activeElement;
    this.focusedEvent = changed.has('events')
      ? (active?.closest('li')?.getAttribute('data-event') ?? undefined)
      : undefined;
  }

  protected override updated(): void {
    this.drawMoreWhenIdle();
    this.keepFocus();
  }

  private drawMoreWhenIdle() {
    if (this.drawn >= this.events.length || this.drawing) return;
    this.drawing = true;
    void whenIdle().then(() => {
      this.drawing = false;
      const more = this.drawn + DRAWN_PER_MOMENT;
      this.drawn = more >= this.events.length ? Infinity : more;
    });
  }

  /**
   * The list is redrawn in place (item n shows the n-th event of the new list): focus follows the
   * event it was on, as a keyed list would keep it, without the keyed list's code.
   */
  private keepFocus() {
    if (!this.focusedEvent) return;
    const button = this.renderRoot.querySelector<HTMLButtonElement>(
      `li[data-event="${CSS.escape(this.focusedEvent)}"] > button`,
    );
    if (button && this.shadowRoot?.activeElement !== button) button.focus();
  }

  override render() {
    const t = this.i18n;
    return html`<h2 id="changes-title">${this.heading || t.t('changes.title')}</h2>
      ${this.events.length > 0 ? translationNote(t, this) : nothing}
      ${
        this.events.length === 0
          ? html`<p class="empty">${t.t('changes.empty')}</p>`
          : html`<ol aria-labelledby="changes-title">
                ${this.events.slice(0, this.drawn).map(
                  (e) =>
                    html`<li
                      class=${e.effectiveDate === this.date ? 'today' : ''}
                      data-event=${e.id}
                    >
                      <button type="button" @click=${() => showEventDate(this, e)}>
                        ${
                          e.status !== null && e.country
                            ? html`<span class="swatch" data-status=${e.status}></span>`
                            : html`<span class="context" aria-hidden="true"></span>`
                        }
                        <span
                          ><span class="when">${eventDateText(t, e)}</span> ·
                          <span class="who">${actorName(t, e)}</span>${
                            e.status !== null && e.country
                              ? html` · ${t.t(`status.${e.status}.name`)}`
                              : html` · ${t.t('changes.context')}`
                          }</span
                        >
                        <span class="what">${descriptionText(t, e)}</span>
                      </button>
                      <ul class="print-sources">
                        ${e.sources.map((src) => html`<li>${src.outlet} (${src.published}): ${src.url}</li>`)}
                      </ul>
                    </li>`,
                )}
              </ol>
              ${
                this.events.length > PRINTED - 1
                  ? html`<p class="print-latest">
                      ${t.t('changes.printLatest', { count: PRINTED - 1, total: this.events.length })}
                    </p>`
                  : nothing
              }`
      }`;
  }
}
