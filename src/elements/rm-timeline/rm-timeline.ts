import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Localizer } from '../../i18n/index.ts';
import type { Dataset, IsoDate, Timeline } from '../../model/index.ts';
import { TimeScale } from '../../model/time-scale.ts';
import {
  orderPeriods,
  statusPeriods,
  type CountryPeriods,
  type StatusPeriod,
  type TimelineOrder,
} from '../../model/periods.ts';
import type { Sort } from '../../url-state.ts';
import { eventDate } from '../../text/format.ts';
import { WidthController } from '../../controllers/width.ts';
import { TrackAxis } from '../rm-time-slider/track-axis.ts';
import { yearLabels } from '../rm-time-slider/chart-geometry.ts';
import { withdrawnHatch } from '../shared/hatch.ts';
import { eventTickXs, segmentDate, segmentRects } from './timeline-geometry.ts';
import { timelineStyles } from './rm-timeline.styles.ts';

/** A few dozen snapshots per dataset: worked out once. */
const periods = new WeakMap<Dataset, CountryPeriods[]>();
function periodsOf(data: Dataset, today: IsoDate): CountryPeriods[] {
  let rows = periods.get(data);
  if (!rows) periods.set(data, (rows = statusPeriods(data, today)));
  return rows;
}

/** The names column, in px: narrower on a phone (the styles say the same). */
const NAME_WIDE = 176;
const NAME_NARROW = 104;
/** The table's cell padding and borders around the bar, in px. */
const BAR_PADDING = 14;
const ROW_HEIGHT = 20;
const HEAD_HEIGHT = 26;

/**
 * The timeline view: every state that has had relations with the Taliban government, a row each,
 * with a coloured segment for each period of each status on the slider's broken axis, the
 * state's event days as ticks, and the date shown as a vertical rule. It is a table: each row's
 * periods are also written out (status and dates), and each is a button. Choosing a period shows
 * its first day and the state.
 *
 * @fires period-select - `{ date, iso3 }`: a period was chosen (click, tap or Enter).
 * @fires sort-change - `{ sort }`: the reader chose another order.
 */
export class RmTimeline extends LitElement {
  static override styles = timelineStyles;

  @property({ attribute: false }) i18n!: Localizer;
  @property({ attribute: false }) timeline!: Timeline;
  /** The dataset and today: the rows are worked out here, once per dataset (never in the first view). */
  @property({ attribute: false }) data?: Dataset;
  @property() today: IsoDate = '';
  @property({ attribute: false }) rows: readonly CountryPeriods[] = [];
  @property() date: IsoDate = '';
  /** The order (absent: by first engagement). */
  @property({ attribute: false }) sort?: Sort;
  @property() direction: 'ltr' | 'rtl' = 'ltr';

  private readonly widthController = new WidthController(this);
  private axis?: TrackAxis;

  private get narrow(): boolean {
    return this.widthController.width > 0 && this.widthController.width < 560;
  }

  protected override willUpdate(_changed: PropertyValues): void {
    if (this.data && this.today) this.rows = periodsOf(this.data, this.today);
    const host = this.widthController.width;
    if (!host || !this.timeline) return;
    const width = Math.max(80, host - (this.narrow ? NAME_NARROW : NAME_WIDE) - BAR_PADDING);
    if (
      width !== this.axis?.width ||
      this.axis.direction !== this.direction ||
      this.axis.scale.timeline !== this.timeline
    )
      this.axis = new TrackAxis(
        new TimeScale(this.timeline, width, width < 400 ? 20 : 40),
        this.direction,
      );
  }

  private get order(): TimelineOrder {
    return this.sort?.column ?? 'since';
  }

  override render() {
    const t = this.i18n;
    const rows = orderPeriods(
      this.rows,
      this.order,
      (iso3) => t.country(iso3),
      (a, b) => t.compare(a, b),
      this.sort?.descending,
    );
    return html`<svg class="defs" aria-hidden="true" width="0" height="0">
        <defs>
          ${withdrawnHatch('rm-timeline-withdrawn', 4, 1.2)}
          <linearGradient
            id="rm-timeline-fade"
            x1=${this.direction === 'rtl' ? 1 : 0}
            x2=${this.direction === 'rtl' ? 0 : 1}
          >
            <stop class="fade-stop" offset="0" stop-opacity="0.85"></stop>
            <stop class="fade-stop" offset="1" stop-opacity="0"></stop>
          </linearGradient>
        </defs>
      </svg>
      <div class="controls">
        <p class="count">${t.t('timeline.count', { count: rows.length })}</p>
        <label
          >${t.t('timeline.order')}
          <select @change=${this.onOrder}>
            ${(['since', 'status', 'country'] as const).map(
              (o) =>
                html`<option value=${o} ?selected=${o === this.order}>
                  ${t.t(`timeline.order.${o}`)}
                </option>`,
            )}
          </select>
        </label>
        <p class="shown">${t.t('timeline.selected', { date: t.date(this.date, 'long') })}</p>
      </div>
      <p class="hint">${t.t('timeline.hint')}</p>
      <div class="scroll" tabindex="0" role="region" aria-labelledby="timeline-caption">
        <table class=${this.narrow ? 'narrow' : ''}>
          <caption id="timeline-caption">
            ${t.t('timeline.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="name">${t.t('table.country')}</th>
              <th scope="col" class="bar">
                <span class="sr-only">${t.t('timeline.periods')}</span
                >${this.axis ? this.renderAxis(this.axis) : nothing}
              </th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((row) => this.renderRow(row))}
          </tbody>
        </table>
      </div>`;
  }

  /** Year labels, the break between the eras, and the rule at the date shown. */
  private renderAxis(axis: TrackAxis) {
    const t = this.i18n;
    const [one, two] = axis.scale.segments;
    const eraBand = (x0: number, x1: number) => {
      const [a, b] = [
        axis.direction === 'rtl' ? axis.width - x1 : x0,
        axis.direction === 'rtl' ? axis.width - x0 : x1,
      ];
      return svg`<rect class="era" x=${a} y=${HEAD_HEIGHT - 4} width=${b - a} height="4"></rect>`;
    };
    return svg`<svg class="axis" aria-hidden="true" width=${axis.width} height=${HEAD_HEIGHT}>
      ${eraBand(one.x0, one.x1)} ${eraBand(two.x0, two.x1)}
      ${yearLabels(axis).map(
        (l) =>
          svg`<line class="year-tick" x1=${l.x} x2=${l.x} y1=${HEAD_HEIGHT - 8} y2=${HEAD_HEIGHT}></line>
          <text class="year" x=${l.x} y="12" text-anchor="middle">${t.date(l.date, 'year')}</text>`,
      )}
      <text class="break" x=${axis.breakMid} y=${HEAD_HEIGHT - 2} text-anchor="middle"><title>${t.t('slider.gap')}</title>⫽</text>
      ${this.rule(axis, HEAD_HEIGHT)}
    </svg>`;
  }

  private rule(axis: TrackAxis, height: number) {
    if (!axis.scale.segmentOf(this.date)) return nothing;
    const x = axis.x(this.date);
    return svg`<line class="rule" x1=${x} x2=${x} y1="0" y2=${height}></line>`;
  }

  private renderRow(row: CountryPeriods) {
    const t = this.i18n;
    const name = t.country(row.iso3);
    const axis = this.axis;
    const rects = axis ? segmentRects(axis, row) : [];
    return html`<tr data-iso3=${row.iso3} data-status=${row.today}>
      <th scope="row" class="name">${name}</th>
      <td class="bar">
        ${
          axis
            ? svg`<svg class="row" aria-hidden="true" width=${axis.width} height=${ROW_HEIGHT}
                @click=${(e: Event) => this.onSegmentClick(e, row)}>
                ${eventTickXs(axis, row).map((x) => svg`<line class="tick" x1=${x} x2=${x} y1="0" y2="4"></line>`)}
                ${rects.map(
                  (r, i) =>
                    svg`<rect class="seg" data-index=${i} data-status=${r.period.status} x=${r.x} y="5" width=${r.width} height=${ROW_HEIGHT - 7}><title>${this.periodText(r.period)}</title></rect>
                    ${r.fade ? svg`<rect class="fade" data-index=${i} x=${r.fade.x} y="5" width=${r.fade.width} height=${ROW_HEIGHT - 7}></rect>` : nothing}`,
                )}
                ${this.rule(axis, ROW_HEIGHT)}
              </svg>`
            : nothing
        }
        <ul class="periods">
          ${row.periods.map(
            (p) =>
              html`<li>
                <button
                  type="button"
                  data-status=${p.status}
                  aria-label=${t.t('timeline.choose', { country: name, period: this.periodText(p) })}
                  @click=${() => this.choose(row, p)}
                >
                  <span class="swatch" data-status=${p.status}></span>${this.periodText(p)}
                </button>
              </li>`,
          )}
        </ul>
      </td>
    </tr>`;
  }

  /** "Recognises, around May 1997 – 21 Sep 2001": a period's status and dates as words. */
  periodText(p: StatusPeriod): string {
    const t = this.i18n;
    const since = p.since;
    const from =
      p.approximate && since.precision === 'no-later-than'
        ? t.t('since.by', { date: eventDate(since) })
        : p.approximate && p.start === since.effectiveDate
          ? t.t('timeline.around', { date: eventDate(since) })
          : t.date(p.start, 'day');
    const to = p.ongoing ? t.t('timeline.today') : t.date(p.end, 'day');
    return t.t('timeline.period', {
      status: t.t(`status.${p.status}.name`),
      range: t.t('timeline.range', { from, to }),
    });
  }

  private onSegmentClick(e: Event, row: CountryPeriods) {
    const index = (e.target as Element).closest('[data-index]')?.getAttribute('data-index');
    const period = index === null || index === undefined ? undefined : row.periods[Number(index)];
    if (period) this.choose(row, period);
  }

  private choose(row: CountryPeriods, p: StatusPeriod) {
    this.dispatchEvent(
      new CustomEvent('period-select', {
        detail: { date: segmentDate(p), iso3: row.iso3 },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private onOrder = (e: Event) => {
    const column = (e.target as HTMLSelectElement).value as TimelineOrder;
    const sort: Sort = { column, descending: false };
    this.dispatchEvent(
      new CustomEvent('sort-change', { detail: { sort }, bubbles: true, composed: true }),
    );
  };
}
