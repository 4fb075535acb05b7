/**
 * Presentation mode's effects: full screen when it starts (browsers allow it only on a click,
 * which is where it starts), out of it when it ends, and the presenter's remote keys while it
 * runs. The keys' code loads when a presentation starts.
 */
import type { Store } from '../app/store.ts';
import { lessonKey, presenterKey, type MoveContext } from '../app/transitions.ts';
import type { lessonAction, presenterAction } from '../app/presenter-keys.ts';

export class PresentationController {
  private action?: typeof presenterAction;
  private lessonAction?: typeof lessonAction;
  private keys?: Promise<void>;

  constructor(
    private readonly store: Store,
    private readonly moveContext: () => MoveContext | undefined,
    /** Presentation mode ended: focus goes back where the reader started it. */
    private readonly ended: () => void,
  ) {
    store.subscribe((next, previous) => {
      if (next.presenting && !previous.presenting) this.enter();
      else if (!next.presenting && previous.presenting) this.leave();
    });
  }

  connect(): void {
    addEventListener('keydown', this.onKeyDown);
  }

  disconnect(): void {
    removeEventListener('keydown', this.onKeyDown);
  }

  /** Load the keys' code (the page asks as soon as a link says it will present, or a lesson opens). */
  prepare(): Promise<void> {
    return (this.keys ??= import('../app/presenter-keys.ts').then(
      (m) => {
        this.action = m.presenterAction;
        this.lessonAction = m.lessonAction;
      },
      () => undefined, // Offline before it was kept: the buttons still work.
    ));
  }

  private enter() {
    void this.prepare();
    if (document.fullscreenElement) return;
    document.documentElement.requestFullscreen().catch(() => {
      // Refused (an iframe without allow="fullscreen", an old browser): present anyway.
    });
  }

  private leave() {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    this.ended();
  }

  private onKeyDown = (event: KeyboardEvent) => {
    const s = this.store.state;
    const ctx = this.moveContext();
    if (s.dialog || !ctx) return;
    // A remote's key pressed before the keys' code has arrived (the presentation just began)
    // waits for it. (Presenting shows no text field whose typing it could take.)
    if (s.presenting && !this.action) {
      void this.prepare().then(() => {
        if (this.action) this.onKeyDown(event);
      });
      return;
    }
    if (!s.presenting) {
      // An open lesson beside the map steps with the same keys (not Space: it presses buttons).
      const step = s.lesson && ctx.lesson ? this.lessonAction?.(event) : undefined;
      if (!step) return;
      event.preventDefault();
      this.store.dispatch(lessonKey(step, ctx), 'push');
      return;
    }
    const action = this.action?.(event);
    if (!action) return;
    event.preventDefault();
    this.store.dispatch(presenterKey(action, ctx), 'push');
  };
}
