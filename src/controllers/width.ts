/**
 * The element's own width in whole pixels, kept up to date with a ResizeObserver: the map and
 * the slider draw for it. Never measured by force: the observer reports the width after the
 * browser's own layout, so no script makes the whole page lay out early (on a phone that forced
 * layout was one of the page's longest tasks).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class WidthController implements ReactiveController {
  private current = 0;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The width now: 0 until the element has been laid out. */
  get width(): number {
    return this.current;
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width > 0 && width !== this.current) {
        this.current = width;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
