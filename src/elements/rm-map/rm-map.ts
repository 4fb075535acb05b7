import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { setStyle } from '../shared/set-style.ts';
import { WidthController } from '../../controllers/width.ts';
import { yieldToMain } from '../../yield.ts';
import { markFirstView } from '../../first-view-marks.ts';
import type { Localizer } from '../../i18n/index.ts';
import type { Status, StatusSnapshot } from '../../model/index.ts';
import {
  anchorOf,
  fitRegion,
  type Fit,
  projectShapes,
  projectShapesInSlices,
  regionAspect,
  type Anchor,
  type ProjectedShape,
  type Region,
} from '../../geo/projection.ts';
import type { WorldShape } from '../../geo/world.ts';
import type { MapGeometry } from '../../export/map-image.ts';
import { arrowTarget, mapPoint, nearestWithin } from './map-navigation.ts';
import {
  drawnCountries,
  idOf,
  nameOf,
  typeAhead,
  type DrawnCountry,
  type TypeAhead,
} from './drawn.ts';
import { mapTooltip, type Hover } from './map-tooltip.ts';
import {
  countryMarker,
  countryShape,
  exportGeometry,
  markerRadius,
  outline,
  patternDefs,
} from './map-layers.ts';
import { mapStyles } from './rm-map.styles.ts';
import { hatchStyles } from '../shared/hatch.ts';
import { isUncertain } from '../../text/format.ts';
import { swatchStyles } from '../shared/shared-styles.ts';
import { prefersReducedMotion } from '../shared/motion.ts';

type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;

/**
 * The world map: every country filled by its status on the selected day, Afghanistan distinct,
 * microstates as markers. Geometry is projected once per size and region; a date change only
 * changes `data-status` and fills.
 *
 * DOM contract: each country is one element carrying `data-iso3` (absent on `no-data` shapes) and
 * `data-status`.
 *
 * @fires country-select - `{ iso3 }` when a country is clicked or chosen with Enter.
 * @fires map-painted - once, when the first coloured map has been painted.
 */
export class RmMap extends LitElement {
  static override styles = [swatchStyles, hatchStyles, mapStyles];

  @property({ attribute: false }) i18n!: Localizer;
  @property({ attribute: false }) shapes: readonly WorldShape[] = [];
  @property({ attribute: false }) snapshot?: EraSnapshot;
  @property() region: Region = 'world';
  @property({ attribute: false }) highlight: Status | null = null;
  @property({ attribute: false }) selected: string | null = null;
  /** Greys the map (the twenty-year gap card shows over the 2001 map). */
  @property({ type: Boolean }) muted = false;
  /** The map's accessible name ("Map of relations with the Taliban government, 3 July 2025"). */
  @property() label = '';
  /** Generated text alternative of the map's current state. */
  @property() description = '';
  /** Tallest the regional view may grow, in px (the page passes part of the window's height). */
  @property({ type: Number }) heightCap = 0;

  @state() private hover?: Hover;
  /** The country that holds the map's single tab stop (roving focus). */
  @state() private active = 'AFG';

  @query('svg') private svgEl?: SVGSVGElement;
  @query('.zoom') private zoomEl?: SVGGElement;

  private projected: ProjectedShape[] = [];
  /** Anchors are worked out when first needed (a tooltip, the keyboard), not for the first paint. */
  private anchors = new Map<string, Anchor>();
  private height = 0;
  private names = new Map<string, string>();
  /** How the world is placed now (planar units to pixels). */
  private scale?: Fit;
  private readonly size = new WidthController(this);
  /** The width the shapes are projected for. */
  private width = 0;
  private readonly aspects = { world: regionAspect('world'), asia: regionAspect('asia') };
  private typeahead: TypeAhead = { text: '', at: 0 };

  protected override willUpdate(changed: PropertyValues): void {
    const resized = this.size.width !== this.width;
    this.width = this.size.width;
    if (changed.has('i18n') || changed.has('shapes')) {
      this.names = new Map(this.shapes.map((s) => [idOf(s), nameOf(this.i18n, s)]));
    }
    const reshaped = resized || ['shapes', 'region', 'heightCap'].some((p) => changed.has(p));
    if (reshaped && this.width > 0 && this.shapes.length > 0) {
      if (this.projected.length > 0)
        this.project(changed.has('region') && changed.get('region') !== undefined);
      else
        // The first projection gets a task of its own, once the page around the map is drawn:
        // no single task then blocks the page for long.
        // Its width comes from the browser's layout (never forced). The first projection is
        // done in slices of its own tasks: no single task then blocks a phone for long.
        this.firstProjection ??= this.projectFirst();
    }
    if (changed.has('selected') && this.selected) this.active = this.selected;
  }

  private firstProjection?: Promise<void>;

  /** Project every shape for the current size and region (a date change never does this). */
  private project(animate: boolean) {
    const fit = this.fitted();
    const previous = this.scale;
    this.projected = projectShapes(this.shapes, fit);
    this.use(fit);
    if (animate && previous) this.animateZoom(previous);
  }

  private async projectFirst() {
    await yieldToMain();
    const fitted = { width: this.width, region: this.region, cap: this.heightCap };
    const fit = this.fitted();
    const projected = await projectShapesInSlices(this.shapes, fit, yieldToMain);
    this.projected = projected;
    this.use(fit);
    // Resized (or another region) while projecting: once more, for the size it has now.
    if (
      fitted.width !== this.width ||
      fitted.region !== this.region ||
      fitted.cap !== this.heightCap
    )
      this.project(false);
    markFirstView('rm-map-projected');
    this.requestUpdate();
  }

  /** The placing of the world for the current size and region (and the map's height for it). */
  private fitted(): Fit {
    // Whole pixels, never more than the width allows: an embed sizes the map to the pixel (embed-fit.ts).
    this.height = Math.floor(this.width * this.aspect());
    // For the page's layout: presenting a lesson, the map is as wide as the height left allows.
    this.style.setProperty('--rm-map-aspect', String(this.height / this.width));
    return fitRegion({ width: this.width, height: this.height }, this.region);
  }

  private use(fit: Fit) {
    this.anchors.clear();
    this.scale = fit;
    this.hover = undefined;
  }

  private painted = false;

  protected override updated(): void {
    // The first coloured map: marked for `npm run bench`; the page loads its other controls after it.
    if (this.painted || !this.snapshot || this.projected.length === 0) return;
    this.painted = true;
    markFirstView('rm-map-drawn');
    requestAnimationFrame(() =>
      setTimeout(() => {
        markFirstView('rm-map-painted');
        this.dispatchEvent(new Event('map-painted', { bubbles: true, composed: true }));
      }),
    );
  }

  /** Eases from the old view to the new: both are the same projection, so an affine map joins them. */
  private animateZoom(from: { k: number; x: number; y: number }) {
    const to = this.scale!;
    if (prefersReducedMotion()) return;
    const k = from.k / to.k;
    const matrix = `matrix(${k}, 0, 0, ${k}, ${from.x - k * to.x}, ${from.y - k * to.y})`;
    void this.updateComplete.then(() =>
      this.zoomEl?.animate([{ transform: matrix }, { transform: 'none' }], {
        duration: 650,
        easing: 'cubic-bezier(.3,.1,.2,1)',
      }),
    );
  }

  private drawn(): DrawnCountry[] {
    return drawnCountries(this.projected, this.snapshot, this.names);
  }

  override render() {
    if (this.width === 0 || this.projected.length === 0) {
      // Hold the map's height before the first measurement, so nothing below it jumps.
      return html`<div
        class="frame"
        ${setStyle({ 'aspect-ratio': `${1 / this.aspect()}` })}
      ></div>`;
    }
    const t = this.i18n;
    const countries = this.drawn();
    const byId = new Map(countries.map((c) => [c.id, c]));
    const hovered = this.hover && byId.get(this.hover.id);
    const selected = this.selected ? byId.get(this.selected) : undefined;
    const active = byId.get(this.active);
    const at = this.at;
    const r = markerRadius(this.width);
    const ring = (c: DrawnCountry | undefined, cls: string) => outline(c, cls, at, r);
    const afghanistan = byId.get('AFG');
    const showLabel = afghanistan && (this.region === 'asia' || this.width >= 560);

    // The svg is no tab stop of its own (Chromium would make it one, with no visible focus):
    // the map's one tab stop is its active country.
    return html`<div class="frame">
      <svg
        viewBox="0 0 ${this.width} ${this.height}"
        width=${this.width}
        height=${this.height}
        role="group"
        tabindex="-1"
        aria-roledescription=${t.t('map.roledescription')}
        aria-label=${this.label}
        aria-describedby="map-description"
        data-highlight=${this.highlight ?? nothing}
        class=${this.muted ? 'muted' : ''}
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
        @pointerdown=${this.onPointerDown}
        @click=${this.onClick}
        @keydown=${this.onKeyDown}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
      >
        ${patternDefs()}
        <g class="zoom">
          <g>
            ${countries.map((c) =>
              c.p.shape.kind === 'shape' ? countryShape(t, c, c.id === this.active) : nothing,
            )}
          </g>
          <g>
            ${countries.map((c) =>
              c.p.shape.kind === 'marker'
                ? countryMarker(t, c, at, r, c.id === this.active)
                : nothing,
            )}
          </g>
          <g>
            ${countries.map((c) =>
              c.detail && isUncertain(c.detail) && c.p.shape.kind === 'shape'
                ? ring(c, 'uncertain')
                : nothing,
            )}
            ${ring(selected, 'selected')} ${ring(hovered, 'hover')}
            ${this.hover?.via === 'focus' ? ring(active, 'focus') : nothing}
          </g>
          ${
            showLabel
              ? svg`<text class="label" x=${this.at(afghanistan)[0]} y=${this.at(afghanistan)[1] + 4}>${afghanistan.name}</text>`
              : nothing
          }
        </g>
      </svg>
      ${
        hovered
          ? mapTooltip(
              this.i18n,
              hovered,
              this.hover!,
              { width: this.width, height: this.height },
              (iso3) => this.select(iso3),
            )
          : nothing
      }
      <p id="map-description" class="sr-only">${this.description}</p>
    </div>`;
  }

  private anchorFor(c: DrawnCountry): Anchor {
    let a = this.anchors.get(c.id);
    if (!a) {
      a = anchorOf(c.p, this.scale!);
      this.anchors.set(c.id, a);
    }
    return a;
  }

  /** A country's anchor point: a marker's position, or the centre of a shape's largest part. */
  private at = (c: DrawnCountry): [number, number] => c.p.point ?? this.anchorFor(c).anchor;

  /**
   * Height over width. The regional view is taller than the world, but never more than the
   * screen can show beside the slider.
   */
  private aspect(): number {
    const world = this.aspects.world;
    if (this.region === 'world') return world;
    if (!this.heightCap) return Math.min(this.aspects.asia, 0.75);
    const maxHeight = Math.max(world * this.width, this.heightCap);
    return Math.min(this.aspects.asia, maxHeight / Math.max(1, this.width));
  }

  // ── interaction ────────────────────────────────────────────────────────────────────────────

  private countryAt(event: Event): DrawnCountry | undefined {
    const target = (event.composedPath()[0] as Element | undefined)?.closest?.('.country');
    const countries = this.drawn();
    if (target) {
      const id = target.getAttribute('data-iso3') ?? target.getAttribute('data-key');
      return countries.find((c) => c.id === id);
    }
    // Over the sea: the nearest marker or small country within reach counts (microstates, the Gulf).
    // This is OWID's answer to tiny countries, and what makes Bahrain or Qatar hittable by a finger.
    const point = this.toSvgPoint(event as PointerEvent);
    if (!point) return undefined;
    const reach = (event as PointerEvent).pointerType === 'touch' ? 22 : 14;
    const near = nearestWithin(
      countries
        .filter((c) => this.anchorFor(c).small && c.iso3)
        .map((c) => ({ id: c.id, x: this.at(c)[0], y: this.at(c)[1] })),
      point.x,
      point.y,
      reach,
    );
    return near && countries.find((c) => c.id === near.id);
  }

  private toSvgPoint(event: PointerEvent): { x: number; y: number } | undefined {
    const rect = this.svgEl?.getBoundingClientRect();
    if (!rect) return undefined;
    return mapPoint({ x: event.clientX, y: event.clientY }, rect, {
      width: this.width,
      height: this.height,
    });
  }

  private onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    const c = this.countryAt(event);
    const point = this.toSvgPoint(event);
    if (!c || !point) {
      if (this.hover?.via === 'pointer') this.hover = undefined;
      return;
    }
    this.hover = { id: c.id, x: point.x, y: point.y, via: 'pointer' };
  };

  private onPointerLeave = () => {
    if (this.hover?.via === 'pointer') this.hover = undefined;
  };

  private lastPointerType = 'mouse';
  private onPointerDown = (event: PointerEvent) => {
    this.lastPointerType = event.pointerType;
  };

  private onClick = (event: MouseEvent) => {
    const c = this.countryAt(event);
    if (!c?.iso3) {
      this.hover = undefined;
      return;
    }
    this.active = c.id;
    if (this.lastPointerType === 'touch') {
      // A first tap shows the tooltip; a second tap on the same country opens its details.
      if (this.hover?.via === 'touch' && this.hover.id === c.id) this.select(c.iso3);
      else this.hover = { id: c.id, x: this.at(c)[0], y: this.at(c)[1], via: 'touch' };
      return;
    }
    this.select(c.iso3);
  };

  private select(iso3: string) {
    this.hover = undefined;
    this.dispatchEvent(
      new CustomEvent('country-select', { detail: { iso3 }, bubbles: true, composed: true }),
    );
  }

  private onFocusIn = (event: FocusEvent) => {
    const id =
      (event.composedPath()[0] as Element).getAttribute?.('data-iso3') ??
      (event.composedPath()[0] as Element).getAttribute?.('data-key');
    const c = id ? this.drawn().find((d) => d.id === id) : undefined;
    if (!c) return;
    this.active = c.id;
    this.hover = { id: c.id, x: this.at(c)[0], y: this.at(c)[1], via: 'focus' };
  };

  private onFocusOut = () => {
    if (this.hover?.via === 'focus') this.hover = undefined;
  };

  private onKeyDown = (event: KeyboardEvent) => {
    const countries = this.drawn();
    const current = countries.find((c) => c.id === this.active);
    if (!current) return;
    let next: DrawnCountry | undefined;
    const anchor = (c: DrawnCountry) => ({ id: c.id, x: this.at(c)[0], y: this.at(c)[1] });
    const to = arrowTarget(countries.map(anchor), anchor(current), event.key);
    if (to !== null) {
      next = to && countries.find((c) => c.id === to.id);
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (current.iso3) this.select(current.iso3);
      event.preventDefault();
      return;
    } else if (event.key === 'Escape' && this.hover) {
      this.hover = undefined;
      event.stopPropagation();
      return;
    } else if (
      event.key.length === 1 &&
      /\p{L}/u.test(event.key) &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey
    ) {
      const found = typeAhead(
        countries,
        current,
        this.typeahead,
        event.key,
        event.timeStamp,
        this.i18n,
      );
      this.typeahead = found.typed;
      next = found.next;
    }
    if (!next) return;
    event.preventDefault();
    this.active = next.id;
    void this.updateComplete.then(() => this.focusActive());
  };

  private focusActive() {
    const el = this.renderRoot.querySelector<SVGElement>(`.country[tabindex="0"]`);
    el?.focus();
  }

  /** The drawn map, for image downloads: shapes, markers and statuses as they are now. */
  exportGeometry(): MapGeometry | undefined {
    if (!this.width) return undefined;
    return exportGeometry(this.drawn(), this.at, { width: this.width, height: this.height });
  }

  /** Move keyboard focus to a country on the map (from search, or the table). */
  focusCountry(iso3: string) {
    this.active = iso3;
    void this.updateComplete.then(() => this.focusActive());
  }
}
