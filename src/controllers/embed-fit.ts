import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';

/** What the fitting needs of its element: its controllers and what it has drawn. */
export type FitHost = ReactiveControllerHost & Pick<ReactiveElement, 'renderRoot' | 'style'>;

/** The smallest map an embed shrinks to, in px (then the frame scrolls rather than lose it). */
const SMALLEST_MAP = 96;

/**
 * An embed keeps to its frame's height (640 px in the embed code; a CMS that strips the resize
 * script leaves it there): the map takes the height that the slider, the key and the credit leave,
 * and narrows to keep its shape. Everything but the map is measured (it depends on the width and
 * the language, not on the map's size), so one measurement settles it; the page's styles read
 * `--rm-map-room`.
 */
export class EmbedFitController implements ReactiveController {
  private observer?: ResizeObserver;

  constructor(
    private readonly host: FitHost,
    private readonly active: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.observer || !this.active()) return;
    const app = this.host.renderRoot.querySelector('.app');
    if (!app || !this.host.renderRoot.querySelector('rm-map')) return;
    this.observer = new ResizeObserver(() => this.fit());
    this.observer.observe(app);
    addEventListener('resize', this.fit);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    removeEventListener('resize', this.fit);
  }

  private fit = () => {
    const root = this.host.renderRoot;
    const app = root.querySelector('.app');
    const map = root.querySelector('rm-map');
    if (!app || !map) return;
    const rest = app.getBoundingClientRect().height - map.getBoundingClientRect().height;
    // Whole pixels for the rest, so the page never exceeds the frame by a fraction; and never
    // less than the frame allows: where a script sizes the frame to the page (the embed code's
    // resize script), this settles at once instead of shrinking the map a pixel at a time.
    const room = Math.max(SMALLEST_MAP, innerHeight - Math.ceil(rest));
    this.host.style.setProperty('--rm-map-room', `${room}px`);
  };
}
