import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether a media query matches, kept up to date: the host draws again when it changes. For
 * what only the script can change with the screen (a country shown as a bottom sheet on phones);
 * what CSS alone can do stays in CSS.
 */
export class MediaController implements ReactiveController {
  matches = false;
  private list?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.list = matchMedia(this.query);
    this.matches = this.list.matches;
    this.list.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.onChange);
  }

  private onChange = (event: MediaQueryListEvent) => {
    this.matches = event.matches;
    this.host.requestUpdate();
  };
}
