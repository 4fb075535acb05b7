/**
 * The reader's zoom over the map, as a lit controller: it holds the view, paints it on the
 * map's layer (a CSS transform: lit never redraws the countries for it), and loads d3-zoom for
 * gestures on the first interaction. Buttons and keys work before d3-zoom has arrived.
 *
 * Borders keep their width (`vector-effect`), and markers, rings and the label their size
 * (`--rm-k` divides them, in the map's styles), at every zoom.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Size } from '../../geo/projection.ts';
import { prefersReducedMotion } from '../shared/motion.ts';
import type { ZoomBehaviour } from './zoom-behaviour.ts';
import {
  IDENTITY,
  ZOOM_EXTENT,
  ZOOM_STEP,
  applyView,
  clampView,
  cssTransform,
  isIdentity,
  rescaleView,
  zoomAbout,
  type Point,
  type View,
  type ZoomKey,
} from './zoom-view.ts';

export interface ZoomTarget {
  svg(): SVGSVGElement | null | undefined;
  /** The group the view moves. */
  layer(): SVGGElement | null | undefined;
  size(): Size;
  /** A plain wheel zooms only when the map has focus. */
  wheelZooms(): boolean;
  lastPointer(): string;
  /** The view changed; `gesture` when a pointer, a finger or the wheel moved it. */
  changed(view: View, gesture: boolean): void;
}

export class ZoomController implements ReactiveController {
  /** The view now (the target of an eased move). */
  view: View = IDENTITY;
  private behaviour?: ZoomBehaviour;
  private attachedTo?: SVGSVGElement;
  private loading?: Promise<typeof import('./zoom-behaviour.ts')>;
  private ease = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly target: ZoomTarget,
  ) {
    host.addController(this);
  }

  /** Loads d3-zoom, once: on the reader's first interaction with the map (not for the first view). */
  load = (): void => {
    if (this.loading) return;
    this.loading = import('./zoom-behaviour.ts');
    void this.loading.then(() => this.attach());
  };

  hostUpdated(): void {
    if (this.target.svg() !== this.attachedTo) this.attach();
    this.paint();
  }

  hostDisconnected(): void {
    this.behaviour?.detach();
    this.behaviour = this.attachedTo = undefined;
  }

  private async attach() {
    const svg = this.target.svg() ?? undefined;
    if (!this.loading || svg === this.attachedTo) return;
    const { attachZoom } = await this.loading;
    if (svg !== (this.target.svg() ?? undefined) || svg === this.attachedTo) return;
    this.behaviour?.detach();
    this.attachedTo = svg;
    this.behaviour =
      svg &&
      attachZoom(svg, {
        size: () => this.target.size(),
        view: () => this.view,
        wheelZooms: () => this.target.wheelZooms(),
        lastPointer: () => this.target.lastPointer(),
        zoomed: (view, source) => this.apply(view, !!source),
      });
    this.behaviour?.set(this.view);
  }

  /** Zoom by `factor` about a point on screen (the middle of the map by default), eased. */
  zoomBy(factor: number, at?: Point): void {
    this.load();
    this.set(zoomAbout(this.view, factor, this.target.size(), at), true);
  }

  /** `+`, `-` or `0`: about `focus` (a point on the fitted map) when it is in sight. */
  key(key: ZoomKey, focus: Point): void {
    if (key === 'reset') return this.reset();
    const { width, height } = this.target.size();
    const [x, y] = applyView(this.view, focus);
    const inSight = x >= 0 && y >= 0 && x <= width && y <= height;
    this.zoomBy(key === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP, inSight ? [x, y] : undefined);
  }

  /** Back to the whole region. */
  reset(ease = true): void {
    this.set(IDENTITY, ease);
  }

  /** The same part of the map in sight on a frame of another size. */
  resized(from: Size, to: Size): void {
    this.set(rescaleView(this.view, from, to), false);
  }

  set(view: View, ease: boolean): void {
    const next = clampView(view, this.target.size());
    if (!this.behaviour) return this.apply(next, false, ease);
    this.ease = ease;
    this.behaviour.set(next);
    this.ease = false;
  }

  private apply(view: View, gesture: boolean, ease = this.ease) {
    const previous = this.view;
    const same = view.k === previous.k && view.x === previous.x && view.y === previous.y;
    this.view = view;
    this.paint(ease && !gesture);
    if (same) return;
    // The buttons say when the view is at either end, or unzoomed.
    const ends = (v: View) => `${v.k <= ZOOM_EXTENT[0]} ${v.k >= ZOOM_EXTENT[1]} ${isIdentity(v)}`;
    if (ends(view) !== ends(previous)) this.host.requestUpdate();
    this.target.changed(view, gesture);
  }

  /** The view on the layer (again after lit drew a new one: `ease` then stays as it was). */
  private paint(ease?: boolean) {
    const layer = this.target.layer();
    const svg = this.target.svg();
    if (!layer || !svg) return;
    if (ease !== undefined) layer.toggleAttribute('data-easing', ease && !prefersReducedMotion());
    layer.style.transform = isIdentity(this.view) ? '' : cssTransform(this.view);
    svg.style.setProperty('--rm-k', String(this.view.k));
    svg.toggleAttribute('data-zoomed', this.view.k > 1);
  }
}
