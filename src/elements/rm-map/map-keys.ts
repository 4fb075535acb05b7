/**
 * The keyboard on the map: the arrow keys go to the nearest country that way, letters jump by
 * name, Enter or Space opens the country, Esc hides its tooltip, and `+`, `-` and `0` zoom in,
 * out and back to the whole region.
 */
import type { Localizer } from '../../i18n/index.ts';
import { typeAhead, type DrawnCountry, type TypeAhead } from './drawn.ts';
import { arrowTarget } from './map-navigation.ts';
import { zoomKey, type Point, type ZoomKey } from './zoom-view.ts';

export interface KeysHost {
  countries(): DrawnCountry[];
  /** The country with the map's tab stop. */
  active(): string;
  at(c: DrawnCountry): Point;
  i18n(): Localizer;
  /** Hides the tooltip; false when none was shown. */
  hideTooltip(): boolean;
  select(iso3: string): void;
  zoom(key: ZoomKey, about: DrawnCountry): void;
  /** Gives `c` the tab stop and the focus. */
  moveTo(c: DrawnCountry): void;
}

export class MapKeys {
  private typed: TypeAhead = { text: '', at: 0 };

  constructor(private readonly host: KeysHost) {}

  keydown = (event: KeyboardEvent): void => {
    const host = this.host;
    const countries = host.countries();
    const current = countries.find((c) => c.id === host.active());
    if (!current) return;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    const anchor = (c: DrawnCountry) => ({ id: c.id, x: host.at(c)[0], y: host.at(c)[1] });
    const to = arrowTarget(countries.map(anchor), anchor(current), event.key);
    const zoom = plain && zoomKey(event.key);
    let next: DrawnCountry | undefined;
    if (zoom) {
      host.zoom(zoom, current);
      event.preventDefault();
      return;
    } else if (to !== null) {
      next = to && countries.find((c) => c.id === to.id);
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (current.iso3) host.select(current.iso3);
      event.preventDefault();
      return;
    } else if (event.key === 'Escape') {
      if (host.hideTooltip()) event.stopPropagation();
      return;
    } else if (plain && event.key.length === 1 && /\p{L}/u.test(event.key)) {
      const found = typeAhead(
        countries,
        current,
        this.typed,
        event.key,
        event.timeStamp,
        host.i18n(),
      );
      this.typed = found.typed;
      next = found.next;
    }
    if (!next) return;
    event.preventDefault();
    host.moveTo(next);
  };
}
