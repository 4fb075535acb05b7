import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { setStyle } from '../shared/set-style.ts';
import { WidthController } from '../../controllers/width.ts';
import type { Localizer } from '../../i18n/index.ts';
import type { CountsPoint, DatasetEvent, IsoDate, Timeline } from '../../model/index.ts';
import { TimeScale, adjacentDate, eraOf } from '../../model/time-scale.ts';
import { eraLabel, eventSummary } from '../../text/format.ts';
import { sliderStyles } from './rm-time-slider.styles.ts';
import { hatchStyles, withdrawnHatch } from '../shared/hatch.ts';
import {
  CHART_HEIGHT,
  chartAreas,
  eraSpans,
  eventTicks,
  eventsByDate,
  unreviewedSpan,
  yearLabels,
} from './chart-geometry.ts';
import { keyDate } from './slider-keys.ts';
import { SPEEDS } from '../../url-state.ts';
import { dateHeading } from '../../text/format.ts';
import { TRACK_INSET, TrackAxis, pointerDate, trackX, type Direction } from './track-axis.ts';
import { icon, iconStyles } from '../shared/icons.ts';

/**
 * The two-era time slider: a stacked chart of how many states hold each status, above a track
 * of two segments (one per era, each sized by its length) with a break for the twenty years
 * between them. Day resolution; keyboard, pointer and touch.
 *
 * @fires date-input - `{ date }` while dragging or stepping.
 * @fires date-change - `{ date }` when a choice is committed (pointer released, key pressed).
 * @fires play-toggle - the play/pause button.
 * @fires speed-change - `{ speed }`: Play's speed was chosen (½×, 1×, 2×).
 */
export class RmTimeSlider extends LitElement {
  static override styles = [iconStyles, hatchStyles, sliderStyles];

  @property({ attribute: false }) i18n!: Localizer;
  @property({ attribute: false }) timeline!: Timeline;
  @property() date: IsoDate = '';
  @property({ attribute: false }) events: readonly DatasetEvent[] = [];
  @property({ attribute: false }) series: readonly [CountsPoint[], CountsPoint[]] = [[], []];
  @property() asOf: IsoDate = '';
  @property({ type: Boolean }) playing = false;
  /** Play's speed. */
  @property({ type: Number }) speed = 1;
  /** A smaller slider (then-and-now): no chart above the track, no play button. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** Reading direction: the track runs right to left in right-to-left locales. */
  @property() direction: Direction = 'ltr';

  @state() private preview?: { x: number; date: IsoDate };
  private get thumb() {
    return this.renderRoot?.querySelector<HTMLElement>('.thumb') ?? undefined;
  }

  private readonly widthController = new WidthController(this);
  private dragging = false;
  private eventDates: IsoDate[] = [];
  private eventsByDate = new Map<IsoDate, DatasetEvent[]>();
  private axis?: TrackAxis;

  /** The track's width: the slider's, less the room for the thumb at either end (0 until laid out). */
  private get width(): number {
    return Math.max(0, this.widthController.width - 2 * TRACK_INSET);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('events'))
      ({ byDate: this.eventsByDate, dates: this.eventDates } = eventsByDate(this.events));
    const width = this.width;
    const resized = width !== this.axis?.width;
    if (
      (resized || changed.has('timeline') || changed.has('direction')) &&
      this.timeline &&
      width > 0
    ) {
      const scale = new TimeScale(this.timeline, width, width < 480 ? 30 : 46);
      this.axis = new TrackAxis(scale, this.direction);
    }
  }

  private onSpeed = (e: Event) => {
    const speed = Number((e.target as HTMLSelectElement).value);
    this.dispatchEvent(
      new CustomEvent('speed-change', { detail: { speed }, bubbles: true, composed: true }),
    );
  };

  /** Where a date is drawn on the track, from its left edge (browser tests point at days with it). */
  px(date: IsoDate): number {
    return this.axis?.x(date) ?? 0;
  }

  /** Where the track runs: under the chart, or at the top in the compact slider. */
  private get trackY(): number {
    return this.compact ? 14 : CHART_HEIGHT + 10;
  }

  override render() {
    const t = this.i18n;
    const era = eraOf(this.timeline, this.date);
    const onEvents = this.eventsByDate.get(this.date) ?? [];
    const valueText =
      `${dateHeading(t, this.date, onEvents)}, ${eraLabel(t, era.id)}` +
      (this.date > this.asOf
        ? `, ${t.t('slider.unreviewed', { date: t.date(this.asOf, 'day') })}`
        : '') +
      (onEvents.length ? `. ${onEvents.map((e) => eventSummary(t, e)).join(' ')}` : '');
    const prev = adjacentDate(this.eventDates, this.date, -1);
    const next = adjacentDate(this.eventDates, this.date, 1);
    return html`
      <div class="head">
        <p class="current" aria-hidden="true">
          <span class="date">${dateHeading(t, this.date, onEvents)}</span>
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
            ${icon('previous', this.direction === 'rtl')}
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
                    ${icon(this.playing ? 'pause' : 'play')}
                    <span class="label"
                      >${this.playing ? t.t('slider.pause') : t.t('slider.play')}</span
                    >
                  </button>
                  <select
                    class="speed"
                    aria-label=${t.t('slider.speed')}
                    title=${t.t('slider.speed')}
                    @change=${this.onSpeed}
                  >
                    ${SPEEDS.map((v) => html`<option value=${v} ?selected=${v === this.speed}>${speedLabel(t, v)}</option>`)}
                  </select>`
          }
          <button
            type="button"
            class="step"
            ?disabled=${!next}
            @click=${() => this.jump(next)}
            aria-label=${t.t('slider.nextEvent')}
            title=${t.t('slider.nextEvent')}
          >
            ${icon('next', this.direction === 'rtl')}
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
        ${this.axis ? this.renderTrack(this.axis, valueText) : nothing}
      </div>
    `;
  }

  private renderTrack(axis: TrackAxis, valueText: string) {
    const t = this.i18n;
    const thumbX = axis.x(this.date);
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
          () => this.renderStatic(axis),
        )}
        <line class="cursor" x1=${thumbX} x2=${thumbX} y1="0" y2=${this.trackY}></line>
      </svg>
      <p
        class="gap-label"
        ${setStyle({ left: `${axis.breakMid}px`, top: `${this.trackY + 32}px` })}
      >
        ${t.t('slider.gap')}
      </p>
      ${this.preview ? this.renderPreview() : nothing}
      <div
        class="thumb"
        role="slider"
        tabindex="0"
        aria-label=${t.t('slider.label')}
        aria-valuemin="0"
        aria-valuemax=${axis.scale.total - 1}
        aria-valuenow=${axis.scale.index(this.date)}
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
  private renderStatic(axis: TrackAxis) {
    const y = this.trackY;
    const mid = axis.breakMid;
    const unreviewed = unreviewedSpan(axis, this.asOf);
    return svg`${
      this.compact
        ? nothing
        : chartAreas(this.series, axis).map(
            (a) => svg`<path class="area" data-status=${a.status} d=${a.d}></path>`,
          )
    }
        ${eraSpans(axis).map(
          (s) =>
            svg`<rect class="segment" x=${s.x} y=${y - 3} width=${s.width} height="6" rx="3"></rect>`,
        )}
        ${
          unreviewed
            ? svg`<rect class="unreviewed" x=${unreviewed.x} y=${y - 6} width=${unreviewed.width} height="12"></rect>`
            : nothing
        }
        <g class="break">
          <line x1=${mid - 7} y1=${y + 7} x2=${mid - 1} y2=${y - 7}></line>
          <line x1=${mid + 1} y1=${y + 7} x2=${mid + 7} y2=${y - 7}></line>
        </g>
        ${eventTicks(axis, this.eventsByDate, this.eventDates).map(
          ({ x, bearing }) =>
            svg`<line class="tick ${bearing ? 'status' : 'context'}" x1=${x} x2=${x} y1=${y + 5} y2=${y + (bearing ? 12 : 9)}></line>`,
        )}
        ${yearLabels(axis).map(
          ({ date, x }) =>
            svg`<line class="year-tick" x1=${x} x2=${x} y1=${y - 5} y2=${y + 5}></line>
              <text class="year" x=${x} y=${y + 24}>${this.i18n.date(date, 'year')}</text>`,
        )}`;
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

  private hitAt(event: PointerEvent): { x: number; date: IsoDate } | undefined {
    if (!this.axis) return undefined;
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const x = trackX(event.clientX, rect.left, this.width);
    return { x, date: pointerDate(this.axis, x, this.eventDates) };
  }

  private onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0 || (event.target as Element).closest('button')) return;
    const hit = this.hitAt(event);
    if (!hit) return;
    this.dragging = true;
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    this.thumb?.focus({ preventScroll: true });
    this.emit('date-input', hit.date);
    event.preventDefault();
  };

  private onPointerMove = (event: PointerEvent) => {
    const hit = this.hitAt(event);
    if (!hit) return;
    if (this.dragging) this.emit('date-input', hit.date);
    else if (event.pointerType === 'mouse') this.preview = hit;
  };

  private onPointerUp = (event: PointerEvent) => {
    if (!this.dragging) return;
    this.dragging = false;
    const hit = this.hitAt(event);
    this.emit('date-change', hit?.date ?? this.date);
  };

  private pendingKeyCommit = false;
  private onKeyDown = (event: KeyboardEvent) => {
    const { timeline, date, eventDates, direction } = this;
    const next = keyDate(event, { timeline, date, eventDates, direction });
    if (next === undefined) return;
    event.preventDefault();
    if (next !== this.date) {
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

/** "½×", "1×", "2×", with the language's digits. */
const speedLabel = (t: Localizer, speed: number) => `${speed === 0.5 ? '½' : t.number(speed)}×`;
