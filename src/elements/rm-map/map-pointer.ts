/**
 * The mouse, the pen and the finger on the map. A mouse hovers (a tooltip) and clicks; a finger
 * taps, and a tap chooses the country under it at once (no tooltip first); a quick second tap in
 * the same place zooms in. Which country is under a point is `hit-test.ts`'s answer, for the
 * point where the finger landed (the browser may move a tap's click towards a nearby button).
 */
import type { DrawnCountry } from './drawn.ts';
import type { Hover } from './map-tooltip.ts';
import { ZOOM_STEP, invertView, type Point, type View } from './zoom-view.ts';

/** What a tap recogniser needs of a pointer event. */
export interface PointerLike {
  pointerId: number;
  clientX: number;
  clientY: number;
  timeStamp: number;
}

export type Tap = { kind: 'tap' | 'double'; x: number; y: number };

/** A tap moves less than this (px) and lasts less than this (ms). */
const TAP_SLOP = 10;
const TAP_MS = 600;
/** A second tap within this time (ms) and distance (px) of the first is a double tap. */
const DOUBLE_MS = 350;
const DOUBLE_SLOP = 24;

/** Tells taps from drags, pinches and scrolls, one finger at a time. DOM-free. */
export class Taps {
  private fingers = new Set<number>();
  private press?: { id: number; x: number; y: number; at: number; alone: boolean };
  private last?: { x: number; y: number; at: number };

  down(e: PointerLike): void {
    this.fingers.add(e.pointerId);
    if (this.press) this.press.alone = false;
    else if (this.fingers.size === 1)
      this.press = { id: e.pointerId, x: e.clientX, y: e.clientY, at: e.timeStamp, alone: true };
  }

  /** The browser took the finger (a scroll) or lost it. */
  cancel(e: Pick<PointerLike, 'pointerId'>): void {
    this.fingers.delete(e.pointerId);
    if (this.press?.id === e.pointerId) this.press = undefined;
  }

  /** A finger lifted: a tap (where it landed), a double tap, or nothing. */
  up(e: PointerLike): Tap | undefined {
    const press = this.press;
    this.cancel(e);
    if (!press || press.id !== e.pointerId || !press.alone) return undefined;
    const moved = Math.hypot(e.clientX - press.x, e.clientY - press.y);
    if (moved > TAP_SLOP || e.timeStamp - press.at > TAP_MS) return undefined;
    const last = this.last;
    const double =
      !!last &&
      press.at - last.at < DOUBLE_MS &&
      Math.hypot(press.x - last.x, press.y - last.y) < DOUBLE_SLOP;
    this.last = double ? undefined : { x: press.x, y: press.y, at: e.timeStamp };
    return { kind: double ? 'double' : 'tap', x: press.x, y: press.y };
  }
}

type Client = { clientX: number; clientY: number };

export interface PointerHost {
  /** The country at a point on screen; `touch` reaches further over the sea. */
  countryAt(client: Client, touch: boolean): DrawnCountry | undefined;
  /** A point on screen in the map's pixels. */
  toMap(client: Client): Point | undefined;
  hover(): Hover | undefined;
  setHover(hover: Hover | undefined): void;
  view(): View;
  choose(c: DrawnCountry): void;
  zoomBy(factor: number, at: Point): void;
  /** The reader reached for the map (d3-zoom loads). */
  wake(): void;
}

/** The map's pointer handlers (bound to its svg). */
export class MapPointer {
  /** The kind of the last pointer pressed: a finger's click was its tap, handled already. */
  lastType = 'mouse';
  private readonly taps = new Taps();

  constructor(private readonly host: PointerHost) {}

  move = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    const host = this.host;
    // A pressed button is a drag (a pan): no tooltip under it.
    const c = event.buttons ? undefined : host.countryAt(event, false);
    const point = host.toMap(event);
    if (!c || !point) return this.leave();
    const [x, y] = invertView(host.view(), point);
    host.setHover({ id: c.id, x, y, via: 'pointer' });
  };

  leave = (): void => {
    if (this.host.hover()?.via === 'pointer') this.host.setHover(undefined);
  };

  down = (event: PointerEvent): void => {
    this.lastType = event.pointerType;
    this.host.wake();
    if (event.pointerType === 'touch') this.taps.down(event);
  };

  cancel = (event: PointerEvent): void => this.taps.cancel(event);

  up = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') return;
    const tap = this.taps.up(event);
    if (!tap) return;
    const at = { clientX: tap.x, clientY: tap.y };
    if (tap.kind === 'double') {
      const point = this.host.toMap(at);
      if (point) this.host.zoomBy(ZOOM_STEP, point);
      return;
    }
    const c = this.host.countryAt(at, true);
    if (c?.iso3) this.host.choose(c);
  };

  click = (event: MouseEvent): void => {
    if (this.lastType === 'touch') return;
    const c = this.host.countryAt(event, false);
    if (c?.iso3) this.host.choose(c);
    else this.host.setHover(undefined);
  };
}
