import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { setStyle } from '../shared/set-style.ts';
import { yieldToMain } from '../../yield.ts';
import { markFirstView } from '../../first-view-marks.ts';
import type { Localizer } from '../../i18n/index.ts';
import {
  own,
  statusOf,
  type CountryStatus,
  type MapStatus,
  type Status,
  type StatusSnapshot,
} from '../../model/index.ts';
import {
  anchorOf,
  fitProjection,
  projectShapes,
  regionAspect,
  type Anchor,
  type ProjectedShape,
  type Region,
} from '../../geo/projection.ts';
import type { GeoProjection } from 'd3-geo';
import type { WorldShape } from '../../geo/world.ts';
import type { MapGeometry } from '../../export/map-image.ts';
import { nearestInDirection, nearestWithin, type Direction } from './map-navigation.ts';
import { mapStyles } from './rm-map.styles.ts';
import { hatchStyles, withdrawnHatch } from '../shared/hatch.ts';
import { isUncertain, statusSinceText, uncertaintyNotes } from '../../text/format.ts';
import { swatchStyles } from '../shared/shared-styles.ts';
import { descriptionText } from '../shared/event-text.ts';
import { prefersReducedMotion } from '../shared/motion.ts';

type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;

/** One drawn country: its shape (or marker), its status on the day, and how to say it. */
interface DrawnCountry {
  p: ProjectedShape;
  /** `data-iso3`, or the catalogue key of an id-less shape. */
  id: string;
  iso3?: string;
  name: string;
  status: MapStatus;
  detail?: CountryStatus;
}

interface Hover {
  id: string;
  x: number;
  y: number;
  via: 'pointer' | 'focus' | 'touch';
}

const PATTERN_FILL: Partial<Record<MapStatus, string>> = {
  withdrawn: 'url(#rm-pattern-withdrawn)',
  'no-data': 'url(#rm-pattern-no-data)',
};

const ARROWS = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
} as const satisfies Record<string, Direction>;

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

  @state() private width = 0;
  @state() private hover?: Hover;
  /** The country that holds the map's single tab stop (roving focus). */
  @state() private active = 'AFG';

  @query('svg') private svgEl?: SVGSVGElement;
  @query('.zoom') private zoomEl?: SVGGElement;

  private projected: ProjectedShape[] = [];
  private projection?: GeoProjection;
  /** Anchors are worked out when first needed (a tooltip, the keyboard), not for the first paint. */
  private anchors = new Map<string, Anchor>();
  private height = 0;
  private names = new Map<string, string>();
  private scale?: { k: number; x: number; y: number };
  private resizeObserver?: ResizeObserver;
  private readonly aspects = { world: regionAspect('world'), asia: regionAspect('asia') };
  private typeahead = { text: '', at: 0 };

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      if (width > 0 && width !== this.width) this.width = width;
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Measure now rather than wait a frame for the ResizeObserver: the first map paints sooner.
    if (this.width === 0 && this.isConnected)
      this.width = Math.round(this.getBoundingClientRect().width);
    if (changed.has('i18n') || changed.has('shapes')) {
      this.names = new Map(this.shapes.map((s) => [idOf(s), nameOf(this.i18n, s)]));
    }
    const reshaped = ['width', 'shapes', 'region', 'heightCap'].some((p) => changed.has(p));
    if (reshaped && this.width > 0 && this.shapes.length > 0) {
      if (this.projected.length > 0)
        this.project(changed.has('region') && changed.get('region') !== undefined);
      else
        // The first projection gets a task of its own, once the page around the map is drawn:
        // no single task then blocks the page for long.
        this.firstProjection ??= yieldToMain().then(() => {
          this.project(false);
          markFirstView('rm-map-projected');
          this.requestUpdate();
        });
    }
    if (changed.has('selected') && this.selected) this.active = this.selected;
  }

  private firstProjection?: Promise<void>;

  /** Project every shape for the current size and region (a date change never does this). */
  private project(animate: boolean) {
    this.height = Math.round(this.width * this.aspect());
    // For the page's layout: presenting a lesson, the map is as wide as the height left allows.
    this.style.setProperty('--rm-map-aspect', String(this.height / this.width));
    const projection = fitProjection({ width: this.width, height: this.height }, this.region);
    const previous = this.scale;
    this.projected = projectShapes(this.shapes, projection);
    this.projection = projection;
    this.anchors.clear();
    const [x, y] = projection.translate();
    this.scale = { k: projection.scale(), x, y };
    if (animate && previous) this.animateZoom(previous);
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
    const snapshot = this.snapshot;
    return this.projected.map((p) => {
      const iso3 = p.shape.iso3;
      const id = idOf(p.shape);
      if (!iso3) return { p, id, name: this.names.get(id) ?? id, status: 'no-data' };
      if (iso3 === 'AFG')
        return { p, id, iso3, name: this.names.get(id) ?? id, status: 'afghanistan' };
      const detail = snapshot ? statusOf(snapshot, iso3) : undefined;
      return {
        p,
        id,
        iso3,
        name: this.names.get(id) ?? id,
        status: detail?.status ?? 'none',
        detail,
      };
    });
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
    const outline = (c: DrawnCountry | undefined, cls: string) =>
      c && c.p.shape.kind === 'shape'
        ? svg`<path class="outline ${cls}" d=${c.p.d}></path>`
        : nothing;
    const markerRing = (c: DrawnCountry | undefined, cls: string) =>
      c && c.p.shape.kind === 'marker'
        ? svg`<circle class="outline ${cls}" cx=${this.at(c)[0]} cy=${this.at(c)[1]} r=${this.markerRadius() + 3}></circle>`
        : nothing;
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
        <defs>
          ${withdrawnHatch('rm-pattern-withdrawn', 5, 1.4)}
          <pattern id="rm-pattern-no-data" patternUnits="userSpaceOnUse" width="4" height="4">
            <rect class="pattern-nodata-bg" width="4" height="4"></rect>
            <circle class="pattern-nodata-ink" cx="2" cy="2" r="0.8"></circle>
          </pattern>
        </defs>
        <g class="zoom">
          <g>
            ${countries.map((c) =>
              c.p.shape.kind === 'shape' ? this.renderShape(c, c.id === this.active) : nothing,
            )}
          </g>
          <g>
            ${countries.map((c) =>
              c.p.shape.kind === 'marker' ? this.renderMarker(c, c.id === this.active) : nothing,
            )}
          </g>
          <g>
            ${countries.map((c) =>
              c.detail && isUncertain(c.detail) && c.p.shape.kind === 'shape'
                ? outline(c, 'uncertain')
                : nothing,
            )}
            ${outline(selected, 'selected')} ${outline(hovered, 'hover')}
            ${markerRing(selected, 'selected')} ${markerRing(hovered, 'hover')}
            ${this.hover?.via === 'focus' ? [outline(active, 'focus'), markerRing(active, 'focus')] : nothing}
          </g>
          ${
            showLabel
              ? svg`<text class="label" x=${this.at(afghanistan)[0]} y=${this.at(afghanistan)[1] + 4}>${afghanistan.name}</text>`
              : nothing
          }
        </g>
      </svg>
      ${hovered ? this.renderTooltip(hovered) : nothing}
      <p id="map-description" class="sr-only">${this.description}</p>
    </div>`;
  }

  private anchorFor(c: DrawnCountry): Anchor {
    let a = this.anchors.get(c.id);
    if (!a) {
      a = anchorOf(c.p, this.projection!);
      this.anchors.set(c.id, a);
    }
    return a;
  }

  /** A country's anchor point: a marker's position, or the centre of a shape's largest part. */
  private at(c: DrawnCountry): [number, number] {
    return c.p.point ?? this.anchorFor(c).anchor;
  }

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

  private markerRadius(): number {
    return this.width < 500 ? 3.2 : this.width < 1200 ? 4 : 5;
  }

  private countryLabel(c: DrawnCountry): string {
    const t = this.i18n;
    return `${c.name}: ${c.status === 'afghanistan' ? t.t('map.afghanistan') : t.t(`status.${c.status}.name`)}`;
  }

  private renderShape(c: DrawnCountry, isActive: boolean) {
    return svg`<path
      class="country"
      d=${c.p.d}
      data-iso3=${c.iso3 ?? nothing}
      data-key=${c.iso3 ? nothing : c.id}
      data-status=${c.status}
      fill=${PATTERN_FILL[c.status] ?? nothing}
      role="button"
      tabindex=${isActive ? 0 : -1}
      aria-label=${this.countryLabel(c)}
    ></path>`;
  }

  private renderMarker(c: DrawnCountry, isActive: boolean) {
    return svg`<circle
      class="country ${c.detail && isUncertain(c.detail) ? 'uncertain' : ''}"
      cx=${this.at(c)[0]}
      cy=${this.at(c)[1]}
      r=${this.markerRadius()}
      data-iso3=${c.iso3 ?? nothing}
      data-status=${c.status}
      fill=${PATTERN_FILL[c.status] ?? nothing}
      role="button"
      tabindex=${isActive ? 0 : -1}
      aria-label=${this.countryLabel(c)}
    ></circle>`;
  }

  private renderTooltip(c: DrawnCountry) {
    const t = this.i18n;
    const h = this.hover!;
    // Keep the box inside the map: flip to the left/top of the pointer near the far edges.
    const flipX = h.x > this.width * 0.6;
    const flipY = h.y > this.height * 0.55;
    const since = c.detail?.since;
    const notes = c.detail ? uncertaintyNotes(t, c.detail) : [];
    const statusLine =
      c.status === 'afghanistan' || c.status === 'no-data'
        ? t.t(`status.${c.status}.definition`)
        : statusSinceText(t, c.detail!);
    return html`<div
      class="tooltip"
      role="tooltip"
      id="tooltip"
      ?data-touch=${h.via === 'touch'}
      ${setStyle({
        left: `${(h.x / this.width) * 100}%`,
        top: `${(h.y / this.height) * 100}%`,
        transform: `translate(${flipX ? 'calc(-100% - 12px)' : '12px'}, ${flipY ? 'calc(-100% - 12px)' : '12px'})`,
      })}
    >
      <h3>${c.name}</h3>
      <p class="status">
        <span class="swatch" data-status=${c.status}></span><span>${statusLine}</span>
      </p>
      ${since ? html`<p>${descriptionText(t, since)}</p>` : nothing}
      ${notes.map((n) => html`<p class="flag">${n}</p>`)}
      ${
        h.via === 'touch' && c.iso3
          ? html`<button type="button" @click=${() => this.select(c.iso3!)}>
              ${t.t('map.openDetails')}
            </button>`
          : nothing
      }
    </div>`;
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
    if (!rect || rect.width === 0) return undefined;
    return {
      x: ((event.clientX - rect.left) / rect.width) * this.width,
      y: ((event.clientY - rect.top) / rect.height) * this.height,
    };
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
    const direction = own(ARROWS, event.key);
    if (direction) {
      const anchors = countries.map((c) => ({ id: c.id, x: this.at(c)[0], y: this.at(c)[1] }));
      const to = nearestInDirection(
        anchors,
        { id: current.id, x: this.at(current)[0], y: this.at(current)[1] },
        direction,
      );
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
      next = this.typeAhead(countries, current, event.key, event.timeStamp);
    }
    if (!next) return;
    event.preventDefault();
    this.active = next.id;
    void this.updateComplete.then(() => this.focusActive());
  };

  /** Letters jump to the next country whose name starts with what was typed (within a second). */
  private typeAhead(countries: DrawnCountry[], current: DrawnCountry, key: string, at: number) {
    this.typeahead =
      at - this.typeahead.at < 1000 ? { text: this.typeahead.text + key, at } : { text: key, at };
    const prefix = this.typeahead.text.toLocaleLowerCase(this.i18n.info.intl);
    const sorted = [...countries].sort((a, b) => a.name.localeCompare(b.name, this.i18n.info.intl));
    const start = sorted.indexOf(current) + (this.typeahead.text.length === 1 ? 1 : 0);
    for (let i = 0; i < sorted.length; i++) {
      const c = sorted[(start + i) % sorted.length]!;
      if (c.name.toLocaleLowerCase(this.i18n.info.intl).startsWith(prefix)) return c;
    }
    return undefined;
  }

  private focusActive() {
    const el = this.renderRoot.querySelector<SVGElement>(`.country[tabindex="0"]`);
    el?.focus();
  }

  /** The drawn map, for image downloads: shapes, markers and statuses as they are now. */
  exportGeometry(): MapGeometry | undefined {
    if (!this.width) return undefined;
    const r = this.markerRadius();
    const countries = this.drawn();
    const afghanistan = countries.find((c) => c.id === 'AFG');
    return {
      width: this.width,
      height: this.height,
      items: countries.map((c) => {
        const uncertain = !!c.detail && isUncertain(c.detail);
        return c.p.shape.kind === 'shape'
          ? { kind: 'path' as const, d: c.p.d, status: c.status, uncertain }
          : {
              kind: 'circle' as const,
              cx: this.at(c)[0],
              cy: this.at(c)[1],
              r,
              status: c.status,
              uncertain,
            };
      }),
      label: afghanistan && {
        x: this.at(afghanistan)[0],
        y: this.at(afghanistan)[1] + 4,
        text: afghanistan.name,
      },
    };
  }

  /** Move keyboard focus to a country on the map (from search, or the table). */
  focusCountry(iso3: string) {
    this.active = iso3;
    void this.updateComplete.then(() => this.focusActive());
  }
}

function idOf(shape: WorldShape): string {
  return shape.iso3 ?? shape.key ?? '';
}

function nameOf(t: Localizer, shape: WorldShape): string {
  if (shape.iso3) return t.country(shape.iso3);
  return shape.key ? t.t(`place.${shape.key}` as never) : '';
}
