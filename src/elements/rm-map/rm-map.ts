import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
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
import { mapPoint } from './map-navigation.ts';
import { MapKeys } from './map-keys.ts';
import { hitTest, indexWorld, type HitIndex } from './hit-test.ts';
import { ZoomController } from './map-zoom.ts';
import { zoomButtons } from './zoom-buttons.ts';
import { MapPointer } from './map-pointer.ts';
import { composeFit, panIntoView, ZOOM_STEP, type Point } from './zoom-view.ts';
import { drawnCountries, idOf, nameOf, type DrawnCountry, type DrawnMap } from './drawn.ts';
import { mapTooltip, type Hover } from './map-tooltip.ts';
import { countryLayers, markerRadius, patternDefs } from './map-layers.ts';
import { mapStyles } from './rm-map.styles.ts';
import { hatchStyles } from '../shared/hatch.ts';
import { swatchStyles } from '../shared/shared-styles.ts';
import { prefersReducedMotion } from '../shared/motion.ts';

type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;
type Client = { clientX: number; clientY: number };

/**
 * The world map: every country filled by its status on the selected day, Afghanistan distinct,
 * microstates as markers. Geometry is projected once per size and region; a date change only
 * changes `data-status` and fills.
 *
 * DOM contract: each country is one element carrying `data-iso3` (absent on `no-data` shapes) and
 * `data-status`, at every zoom. The reader zooms and pans (`map-zoom.ts`); the region presets are
 * where the zoom starts, and a new region eases there.
 *
 * @fires country-select - `{ iso3 }` when a country is clicked, tapped or chosen with Enter.
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

  private get svgEl() {
    return this.renderRoot?.querySelector('svg') ?? undefined;
  }
  private get zoomEl() {
    return this.renderRoot?.querySelector<SVGGElement>('.zoom') ?? undefined;
  }
  private get viewEl() {
    return this.renderRoot?.querySelector<SVGGElement>('.view') ?? undefined;
  }

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
  /** The shapes, for finding the country under a pointer (built on the first interaction). */
  private hits?: HitIndex;
  private readonly zoom: ZoomController = new ZoomController(this, {
    svg: () => this.svgEl,
    layer: () => this.viewEl,
    size: () => ({ width: this.width, height: this.height }),
    wheelZooms: () => this.matches(':focus-within'),
    lastPointer: () => this.pointer.lastType,
    // A tooltip follows the view; a drag hides the pointer's.
    changed: (_, gesture) => {
      if (gesture && this.hover?.via === 'pointer') this.hover = undefined;
      if (this.hover) this.requestUpdate();
    },
  });
  private readonly keys: MapKeys = new MapKeys({
    countries: () => this.drawn(),
    active: () => this.active,
    at: (c) => this.at(c),
    i18n: () => this.i18n,
    hideTooltip: () => !!this.hover && !(this.hover = undefined),
    select: (iso3) => this.select(iso3),
    zoom: (key, about) => this.zoom.key(key, this.at(about)),
    moveTo: (c) => this.focusCountry(c.id),
  });
  private readonly pointer: MapPointer = new MapPointer({
    countryAt: (client, touch) => this.countryAt(client, touch),
    toMap: (client) => this.toMap(client),
    hover: () => this.hover,
    setHover: (h) => (this.hover = h),
    view: () => this.zoom.view,
    choose: (c) => {
      this.active = c.id;
      this.select(c.iso3!);
    },
    zoomBy: (factor, at) => this.zoom.zoomBy(factor, at),
    wake: () => this.zoom.load(),
  });

  protected override willUpdate(changed: PropertyValues): void {
    const before = { width: this.width, height: this.height };
    const resized = this.size.width !== this.width;
    this.width = this.size.width;
    if (changed.has('shapes')) this.hits = undefined;
    if (changed.has('i18n') || changed.has('shapes')) {
      this.names = new Map(this.shapes.map((s) => [idOf(s), nameOf(this.i18n, s)]));
    }
    const reshaped = resized || ['shapes', 'region', 'heightCap'].some((p) => changed.has(p));
    if (reshaped && this.width > 0 && this.shapes.length > 0) {
      if (this.projected.length > 0)
        this.project(changed.has('region') && changed.get('region') !== undefined, before);
      else
        // The first projection waits for the page around the map, takes its width from the
        // browser's layout (never forced) and runs in slices: no task blocks a phone for long.
        this.firstProjection ??= this.projectFirst();
    }
    if (changed.has('selected') && this.selected) this.active = this.selected;
  }

  private firstProjection?: Promise<void>;

  /** Project every shape for the current size and region (a date change never does this). */
  private project(regionChanged: boolean, before: { width: number; height: number }) {
    const previous = this.scale && composeFit(this.zoom.view, this.scale);
    const fit = this.fitted();
    this.projected = projectShapes(this.shapes, fit);
    this.use(fit);
    // A new region starts unzoomed, eased from what was in sight; a new size keeps the view.
    if (regionChanged) this.zoom.reset(false);
    else this.zoom.resized(before, { width: this.width, height: this.height });
    if (regionChanged && previous) this.animateZoom(previous);
  }

  private async projectFirst() {
    await yieldToMain();
    const fitted = { width: this.width, height: 0, region: this.region, cap: this.heightCap };
    const fit = this.fitted();
    fitted.height = this.height;
    const projected = await projectShapesInSlices(this.shapes, fit, yieldToMain);
    this.projected = projected;
    this.use(fit);
    // Resized (or another region) while projecting: once more, for the size it has now.
    if (
      fitted.width !== this.width ||
      fitted.region !== this.region ||
      fitted.cap !== this.heightCap
    )
      this.project(false, fitted);
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
    const hovered = this.hover && countries.find((c) => c.id === this.hover!.id);
    const r = markerRadius(this.width);
    const view = this.zoom.view;

    // The svg is no tab stop of its own (Chromium would make it one, with no visible focus):
    // the map's one tab stop is its active country. `.zoom` eases a new region in; `.view` is
    // the reader's zoom.
    return html`<div class="frame" @pointerover=${this.zoom.load} @focusin=${this.zoom.load}>
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
        ${setStyle({ '--rm-r': `${r}px` })}
        @pointermove=${this.pointer.move}
        @pointerleave=${this.pointer.leave}
        @pointerdown=${this.pointer.down}
        @pointerup=${this.pointer.up}
        @pointercancel=${this.pointer.cancel}
        @click=${this.pointer.click}
        @keydown=${this.keys.keydown}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
      >
        ${patternDefs()}
        <g class="zoom">
          <g class="view">
            ${countryLayers(t, countries, {
              at: this.at,
              r,
              active: this.active,
              selected: this.selected,
              hover: this.hover,
              label: this.region === 'asia' || this.width >= 560,
            })}
          </g>
        </g>
      </svg>
      ${zoomButtons(t, view, {
        zoomIn: () => this.zoom.zoomBy(ZOOM_STEP),
        zoomOut: () => this.zoom.zoomBy(1 / ZOOM_STEP),
        reset: () => this.zoom.reset(),
      })}
      ${
        hovered
          ? mapTooltip(this.i18n, hovered, this.hover!, view, {
              width: this.width,
              height: this.height,
            })
          : nothing
      }
      <p id="map-description" class="sr-only">${this.description}</p>
    </div>`;
  }

  private anchorFor(c: DrawnCountry): Anchor {
    let a = this.anchors.get(c.id);
    if (!a) this.anchors.set(c.id, (a = anchorOf(c.p, this.scale!)));
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

  /** The country at a point on screen (client coordinates), by the shapes' geometry. */
  private countryAt(client: Client, touch: boolean) {
    const point = this.toMap(client);
    if (!point || !this.scale) return undefined;
    this.hits ??= indexWorld(this.shapes, idOf);
    const id = hitTest(this.hits, point, composeFit(this.zoom.view, this.scale), {
      radius: markerRadius(this.width),
      reach: touch ? 22 : 14,
    });
    return id ? this.drawn().find((c) => c.id === id) : undefined;
  }

  /** A point on screen in the map's pixels. */
  private toMap({ clientX: x, clientY: y }: Client): Point | undefined {
    const rect = this.svgEl?.getBoundingClientRect();
    const p = rect && mapPoint({ x, y }, rect, { width: this.width, height: this.height });
    return p && [p.x, p.y];
  }

  private select(iso3: string) {
    this.hover = undefined;
    this.dispatchEvent(
      new CustomEvent('country-select', { detail: { iso3 }, bubbles: true, composed: true }),
    );
  }

  /**
   * The keyboard's focus shows its ring and tooltip, and is panned into sight when zoomed; focus
   * from a click, a tap or the page (a closed panel handing it back) shows neither.
   */
  private onFocusIn = (event: FocusEvent) => {
    const el = event.composedPath()[0] as Element;
    const id = el.getAttribute?.('data-iso3') ?? el.getAttribute?.('data-key');
    const c = this.drawn().find((d) => id && d.id === id);
    if (!c) return;
    this.active = c.id;
    if (!el.matches(':focus-visible')) return;
    const [x, y] = this.at(c);
    this.hover = { id: c.id, x, y, via: 'focus' };
    this.inSight(c);
  };

  /** Pans a country into sight when zoomed in. */
  private inSight(c: DrawnCountry) {
    const size = { width: this.width, height: this.height };
    this.zoom.set(panIntoView(this.zoom.view, this.at(c), size), true);
  }

  private onFocusOut = () => {
    if (this.hover?.via === 'focus') this.hover = undefined;
  };

  private focusActive() {
    this.renderRoot.querySelector<SVGElement>(`.country[tabindex="0"]`)?.focus();
    const c = this.drawn().find((d) => d.id === this.active);
    if (c) this.inSight(c);
  }

  /** The map as drawn now, for image downloads (made by export-geometry.ts). */
  drawnMap(): DrawnMap | undefined {
    const size = { width: this.width, height: this.height };
    return this.width ? { countries: this.drawn(), at: this.at, size } : undefined;
  }

  /**
   * Move focus to a country on the map (the skip link, back from its closed panel): it becomes
   * the map's tab stop. Its ring and tooltip show only with the keyboard's focus.
   */
  focusCountry(iso3: string) {
    this.active = iso3;
    void this.updateComplete.then(() => this.focusActive());
  }
}
