/**
 * d3-zoom on the map's svg: pinch, drag, the wheel and double click. Loaded on the reader's first
 * interaction with the map (its own chunk: the first view never waits for it).
 *
 * What it leaves to the page: a one-finger drag on the unzoomed map scrolls the page (on a
 * phone the map is most of the screen); a plain wheel scrolls it too unless the map has focus
 * (Ctrl or ⌘ with the wheel, or a trackpad's pinch, always zooms). A double tap is the map's
 * own (`rm-map.ts`): there a first tap has already chosen the country.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import type { Size } from '../../geo/projection.ts';
import { ZOOM_EXTENT, type View } from './zoom-view.ts';

export interface ZoomHooks {
  size(): Size;
  view(): View;
  /** A plain wheel zooms (the map has the keyboard's focus). */
  wheelZooms(): boolean;
  /** The kind of the last pointer pressed on the map (`mouse`, `touch`, `pen`). */
  lastPointer(): string;
  /** d3 moved the view: `source` is the event behind it, none for a programmatic change. */
  zoomed(view: View, source: Event | null): void;
}

export interface ZoomBehaviour {
  /** Move to `view` (d3 keeps its own copy of the view, for the next gesture). */
  set(view: View): void;
  detach(): void;
}

export function attachZoom(svg: SVGSVGElement, hooks: ZoomHooks): ZoomBehaviour {
  const box = (): [[number, number], [number, number]] => {
    const { width, height } = hooks.size();
    return [
      [0, 0],
      [width, height],
    ];
  };
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([...ZOOM_EXTENT])
    .extent(box)
    .clickDistance(4)
    .tapDistance(10)
    // Eased moves are the map's (a CSS transition): d3 sets each view at once.
    .duration(0)
    .filter((event: Event) => {
      behaviour.translateExtent(box());
      const mouse = event as MouseEvent;
      switch (event.type) {
        case 'wheel':
          return mouse.ctrlKey || mouse.metaKey || hooks.wheelZooms();
        case 'touchstart':
          return hooks.view().k > 1 || (event as TouchEvent).touches.length > 1;
        case 'touchend':
          return false;
        case 'dblclick':
          return hooks.lastPointer() !== 'touch';
        default:
          return !mouse.ctrlKey && !mouse.button;
      }
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const { k, x, y } = event.transform;
      hooks.zoomed({ k, x, y }, (event.sourceEvent as Event | null) ?? null);
    });
  const selection = select(svg);
  selection.call(behaviour);
  return {
    set: (view) =>
      behaviour.transform(selection, zoomIdentity.translate(view.x, view.y).scale(view.k)),
    detach: () => void selection.on('.zoom', null),
  };
}
