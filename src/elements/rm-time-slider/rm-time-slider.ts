import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { setStyle } from '../shared/set-style.ts';
import type { Localizer } from '../../i18n/index.ts';
import type { CountsPoint, DatasetEvent, IsoDate, Timeline } from '../../model/index.ts';
import { TimeScale, adjacentDate, eraOf, stepDate } from '../../model/time-scale.ts';
import { eraLabel, eventSummary } from '../../text/format.ts';
import { sliderStyles } from './rm-time-slider.styles.ts';
import { hatchStyles, withdrawnHatch } from '../shared/hatch.ts';

/** Bottom to top in the chart: strongest first, then `withdrawn`. `none` is the empty space. */
const CHART_STATUSES = ['recognized', 'ambassador', 'charge', 'contact', 'withdrawn'] as const;
const CHART_HEIGHT = 40;

/**
 * The two-era time slider: a stacked chart of how many states hold each status, above a track
 * of two segments (one per era, each sized by its length) with a break for the twenty years
 * between them. Day resolution; keyboard, pointer and touch.
 *
 * @fires date-input - `{ date }` while dragging or stepping.
 * @fires date-change - `{ date }` when a choice is committed (pointer released, key pressed).
 * @fires play-toggle - the play/pause button.
 */
export class RmTimeSlider extends LitElement {
  static override styles = [hatchStyles, sliderStyles];

  @property({ attribute: false }) i18n!: Localizer;
  @property({ attribute: false }) timeline!: Timeline;
  @property() date: IsoDate = '';
  @property({ attribute: false }) events: readonly DatasetEvent[] = [];
  @property({ attribute: false }) series: readonly [CountsPoint[], CountsPoint[]] = [[], []];
  @property() asOf: IsoDate = '';
  @property({ type: Boolean }) playing = false;
  /** A smaller slider (then-and-now): no chart above the track, no play button. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** Reading direction: the track runs right to left in right-to-left locales. */
  @property() direction: 'ltr' | 'rtl' = 'ltr';

  @state() private width = 0;
  @state() private preview?: { x: number; date: IsoDate };
  @query('.thumb') private thumb?: HTMLElement;

  private resizeObserver?: ResizeObserver;
  private dragging = false;
  private eventDates: IsoDate[] = [];
  private eventsByDate = new Map<IsoDate, DatasetEvent[]>();
  private scale?: TimeScale;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width > 0 && width !== this.width) this.width = width;
    });
    void this.updateComplete.then(() => {
      const track = this.renderRoot.querySelector('.track');
      if (track) this.resizeObserver?.observe(track);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('events')) {
      this.eventsByDate = new Map();
      for (const e of this.events) {
        const list = this.eventsByDate.get(e.effectiveDate) ?? [];
        list.push(e);
        this.eventsByDate.set(e.effectiveDate, list);
      }
      this.eventDates = [...this.eventsByDate.keys()].sort();
    }
    if ((changed.has('width') || changed.has('timeline')) && this.timeline && this.width > 0) {
      this.scale = new TimeScale(this.timeline, this.width, this.width < 480 ? 30 : 46);
    }
  }

  /** Where the track runs: under the chart, or at the top in the compact slider. */
  private get trackY(): number {
    return this.compact ? 14 : CHART_HEIGHT + 10;
  }

  /** Physical x for a date: the track runs right to left in right-to-left locales. */
  private px(date: IsoDate): number {
    const x = this.scale!.x(date);
    return this.direction === 'rtl' ? this.width - x : x;
  }

  private dateAtPx(x: number): IsoDate {
    return this.scale!.dateAt(this.direction === 'rtl' ? this.width - x : x);
  }

  override render() {
    const t = this.i18n;
    const era = eraOf(this.timeline, this.date);
    const onEvents = this.eventsByDate.get(this.date) ?? [];
    const valueText =
      `${t.date(this.date, 'long')}, ${eraLabel(t, era.id)}` +
      (this.date > this.asOf
        ? `, ${t.t('slider.unreviewed', { date: t.date(this.asOf, 'day') })}`
        : '') +
      (onEvents.length ? `. ${onEvents.map((e) => eventSummary(t, e)).join(' ')}` : '');
    const prev = adjacentDate(this.eventDates, this.date, -1);
    const next = adjacentDate(this.eventDates, this.date, 1);
    return html`
      <div class="head">
        <p class="current" aria-hidden="true">
          <span class="date">${t.date(this.date, 'long')}</span>
          <span class="era">${eraLabel(t, era.id)}</span>
        </p>
        <div class="buttons">
          <button
            type="button"
            class="step"
            ?disabled=${!prev}
            @click=${() => this.jump(prev)}
            aria-label=${t.t('slider.previousEvent')}
            title=${t.t('slider.previousEvent')}
          >
            <span aria-hidden="true">${this.direction === 'rtl' ? '▶' : '◀'}</span>
          </button>
          ${
            this.compact
              ? nothing
              : html`<button
                  type="button"
                  class="play"
                  aria-pressed=${this.playing ? 'true' : 'false'}
                  @click=${() => this.dispatchEvent(new CustomEvent('play-toggle', { bubbles: true, composed: true }))}
                >
                  <span aria-hidden="true">${this.playing ? '❚❚' : '▶'}</span>
                  ${this.playing ? t.t('slider.pause') : t.t('slider.play')}
                </button>`
          }
          <button
            type="button"
            class="step"
            ?disabled=${!next}
            @click=${() => this.jump(next)}
            aria-label=${t.t('slider.nextEvent')}
            title=${t.t('slider.nextEvent')}
          >
            <span aria-hidden="true">${this.direction === 'rtl' ? '◀' : '▶'}</span>
          </button>
        </div>
      </div>
      <div
        class="track"
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
        @pointerleave=${() => (this.preview = undefined)}
      >
        ${this.scale ? this.renderTrack(valueText) : nothing}
      </div>
    `;
  }

  private renderTrack(valueText: string) {
    const t = this.i18n;
    const scale = this.scale!;
    const thumbX = this.px(this.date);
    const breakMid =
      this.direction === 'rtl'
        ? this.width - (scale.breakX0 + scale.breakX1) / 2
        : (scale.breakX0 + scale.breakX1) / 2;
    return html`
      <svg class="chart" width=${this.width} height=${this.trackY + 30} aria-hidden="true">
        <defs>
          ${withdrawnHatch('rm-slider-withdrawn', 4, 1.2)}
          <pattern
            id="rm-slider-unreviewed"
            patternUnits="userSpaceOnUse"
            width="4"
            height="4"
            patternTransform="rotate(-45)"
          >
            <line class="unreviewed-ink" x1="0" y1="0" x2="0" y2="4"></line>
          </pattern>
        </defs>
        ${guard(
          [
            this.width,
            this.series,
            this.events,
            this.direction,
            this.asOf,
            this.compact,
            this.timeline,
            this.i18n,
          ],
          () => this.renderStatic(),
        )}
        <line class="cursor" x1=${thumbX} x2=${thumbX} y1="0" y2=${this.trackY}></line>
      </svg>
      <p class="gap-label" ${setStyle({ left: `${breakMid}px`, top: `${this.trackY + 32}px` })}>
        ${t.t('slider.gap')}
      </p>
      ${this.preview ? this.renderPreview() : nothing}
      <div
        class="thumb"
        role="slider"
        tabindex="0"
        aria-label=${t.t('slider.label')}
        aria-valuemin="0"
        aria-valuemax=${scale.total - 1}
        aria-valuenow=${scale.index(this.date)}
        aria-valuetext=${valueText}
        aria-orientation="horizontal"
        ${setStyle({ transform: `translateX(${thumbX}px)`, top: `${this.trackY}px` })}
        @keydown=${this.onKeyDown}
        @keyup=${this.onKeyUp}
      ></div>
    `;
  }

  /**
   * What stays the same while the date changes (chart, segments, break, ticks, years): drawn
   * again only when the width, data, direction or language change.
   */
  private renderStatic() {
    const scale = this.scale!;
    const [one, two] = scale.segments;
    const breakMid =
      this.direction === 'rtl'
        ? this.width - (scale.breakX0 + scale.breakX1) / 2
        : (scale.breakX0 + scale.breakX1) / 2;
    const segment = (s: typeof one) => {
      const a = this.px(s.era.start);
      const b = this.px(s.era.end);
      return { x: Math.min(a, b) - 2, w: Math.abs(b - a) + 4 };
    };
    const s1 = segment(one);
    const s2 = segment(two);
    const unreviewedFrom = this.asOf < two.era.end ? this.px(this.asOf) : undefined;
    const unreviewedTo = this.px(two.era.end);
    return svg`${this.compact ? nothing : this.renderChart()}
        <rect class="segment" x=${s1.x} y=${this.trackY - 3} width=${s1.w} height="6" rx="3"></rect>
        <rect class="segment" x=${s2.x} y=${this.trackY - 3} width=${s2.w} height="6" rx="3"></rect>
        ${
          unreviewedFrom !== undefined
            ? svg`<rect class="unreviewed" x=${Math.min(unreviewedFrom, unreviewedTo) - 2} y=${this.trackY - 6}
              width=${Math.max(5, Math.abs(unreviewedTo - unreviewedFrom) + 4)} height="12"></rect>`
            : nothing
        }
        <g class="break">
          <line
            x1=${breakMid - 7}
            y1=${this.trackY + 7}
            x2=${breakMid - 1}
            y2=${this.trackY - 7}
          ></line>
          <line
            x1=${breakMid + 1}
            y1=${this.trackY + 7}
            x2=${breakMid + 7}
            y2=${this.trackY - 7}
          ></line>
        </g>
        ${this.eventDates.map((d) => {
          const x = this.px(d);
          const bearing = (this.eventsByDate.get(d) ?? []).some(
            (e) => e.status !== null && e.country,
          );
          return svg`<line class="tick ${bearing ? 'status' : 'context'}" x1=${x} x2=${x} y1=${this.trackY + 5} y2=${this.trackY + (bearing ? 12 : 9)}></line>`;
        })}
        ${this.renderYears()}`;
  }

  private renderChart() {
    const series = this.series;
    let max = 1;
    for (const era of series)
      for (const p of era)
        max = Math.max(
          max,
          CHART_STATUSES.reduce((n, s) => n + p.counts[s], 0),
        );
    const y = (n: number) => CHART_HEIGHT - (n / max) * (CHART_HEIGHT - 2);
    const paths = Object.fromEntries(CHART_STATUSES.map((s) => [s, ''])) as Record<
      (typeof CHART_STATUSES)[number],
      string
    >;
    series.forEach((points, i) => {
      const eraEnd = this.timeline.eras[i]!.end;
      points.forEach((p, j) => {
        const nextDate = points[j + 1]?.date;
        // Each step runs from the left edge of its first day to the left edge of the next change.
        const half = this.dayWidth(i) / 2;
        const xa = this.px(p.date) - (this.direction === 'rtl' ? -half : half);
        const xb = nextDate
          ? this.px(nextDate) - (this.direction === 'rtl' ? -half : half)
          : this.px(eraEnd) + (this.direction === 'rtl' ? -half : half);
        let base = 0;
        for (const s of CHART_STATUSES) {
          const n = p.counts[s];
          if (n > 0) {
            const [x0, x1] = xa <= xb ? [xa, xb] : [xb, xa];
            paths[s] +=
              `M${x0.toFixed(1)},${y(base).toFixed(1)}H${x1.toFixed(1)}V${y(base + n).toFixed(1)}H${x0.toFixed(1)}Z`;
          }
          base += n;
        }
      });
    });
    return CHART_STATUSES.map((s) =>
      paths[s] ? svg`<path class="area" data-status=${s} d=${paths[s]!}></path>` : nothing,
    );
  }

  private dayWidth(era: number): number {
    const s = this.scale!.segments[era]!;
    return (s.x1 - s.x0) / s.days;
  }

  private renderYears() {
    const t = this.i18n;
    const labels = [];
    const minGap = 34;
    for (const s of this.scale!.segments) {
      const first = Number(s.era.start.slice(0, 4)) + 1;
      const last = Number(s.era.end.slice(0, 4));
      let lastX = -Infinity;
      for (let year = first; year <= last; year++) {
        const date = `${year}-01-01`;
        const x = this.px(date);
        if (Math.abs(x - lastX) < minGap) continue;
        lastX = x;
        labels.push(svg`<line class="year-tick" x1=${x} x2=${x} y1=${this.trackY - 5} y2=${this.trackY + 5}></line>
          <text class="year" x=${x} y=${this.trackY + 24}>${t.date(date, 'year')}</text>`);
      }
    }
    return labels;
  }

  private renderPreview() {
    const t = this.i18n;
    const { x, date } = this.preview!;
    const events = this.eventsByDate.get(date);
    return html`<div class="preview" ${setStyle({ left: `${x}px` })}>
      <strong>${t.date(date, 'day')}</strong
      >${events ? html`<br />${eventSummary(t, events[0]!)}` : nothing}
    </div>`;
  }

  // ── input ──────────────────────────────────────────────────────────────────────────────────

  private emit(type: 'date-input' | 'date-change', date: IsoDate) {
    this.dispatchEvent(new CustomEvent(type, { detail: { date }, bubbles: true, composed: true }));
  }

  private jump(date: IsoDate | undefined) {
    if (date) this.emit('date-change', date);
  }

  private pointerDate(event: PointerEvent): { x: number; date: IsoDate } | undefined {
    if (!this.scale) return undefined;
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const x = Math.max(0, Math.min(this.width, event.clientX - rect.left));
    let date = this.dateAtPx(x);
    // Snap to the nearest event within 4 px, so a tick can be hit with a finger or a mouse.
    let best = 4.0001;
    for (const d of this.eventDates) {
      const distance = Math.abs(this.px(d) - x);
      if (distance < best) [best, date] = [distance, d];
    }
    return { x, date };
  }

  private onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0 || (event.target as Element).closest('button')) return;
    const hit = this.pointerDate(event);
    if (!hit) return;
    this.dragging = true;
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    this.thumb?.focus({ preventScroll: true });
    this.emit('date-input', hit.date);
    event.preventDefault();
  };

  private onPointerMove = (event: PointerEvent) => {
    const hit = this.pointerDate(event);
    if (!hit) return;
    if (this.dragging) this.emit('date-input', hit.date);
    else if (event.pointerType === 'mouse') this.preview = hit;
  };

  private onPointerUp = (event: PointerEvent) => {
    if (!this.dragging) return;
    this.dragging = false;
    const hit = this.pointerDate(event);
    this.emit('date-change', hit?.date ?? this.date);
  };

  private pendingKeyCommit = false;
  private onKeyDown = (event: KeyboardEvent) => {
    const forward = this.direction === 'rtl' ? -1 : 1;
    const era = eraOf(this.timeline, this.date);
    let next: IsoDate | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        next = stepDate(
          this.timeline,
          this.date,
          event.shiftKey ? 'month' : 'day',
          (event.key === 'ArrowUp' ? 1 : forward) as 1 | -1,
        );
        break;
      case 'ArrowLeft':
      case 'ArrowDown':
        next = stepDate(
          this.timeline,
          this.date,
          event.shiftKey ? 'month' : 'day',
          (event.key === 'ArrowDown' ? -1 : -forward) as 1 | -1,
        );
        break;
      case 'PageUp':
        next = stepDate(this.timeline, this.date, 'month', 1);
        break;
      case 'PageDown':
        next = stepDate(this.timeline, this.date, 'month', -1);
        break;
      case 'Home':
        next = era.start;
        break;
      case 'End':
        next = era.end;
        break;
      case ']':
        next = adjacentDate(this.eventDates, this.date, 1);
        break;
      case '[':
        next = adjacentDate(this.eventDates, this.date, -1);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next && next !== this.date) {
      this.emit('date-input', next);
      this.pendingKeyCommit = true;
    }
  };

  private onKeyUp = () => {
    if (!this.pendingKeyCommit) return;
    this.pendingKeyCommit = false;
    this.emit('date-change', this.date);
  };
}
