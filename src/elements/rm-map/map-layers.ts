/**
 * The map's SVG layers as templates: the patterns, each country's shape or marker (the DOM
 * contract: `data-iso3`, `data-status`), the outlines drawn over them (uncertain, selected,
 * hovered, focused). The image download's copy of what is drawn is in export-geometry.ts, which
 * the share panel loads.
 */
import { nothing, svg } from 'lit';
import type { Localizer } from '../../i18n/index.ts';
import type { MapStatus } from '../../model/index.ts';
import { isUncertain } from '../../text/format.ts';
import { withdrawnHatch } from '../shared/hatch.ts';
import { countryLabel, type DrawnCountry, type Locate } from './drawn.ts';
import type { Hover } from './map-tooltip.ts';

export { markerRadius } from './drawn.ts';

const PATTERN_FILL: Partial<Record<MapStatus, string>> = {
  withdrawn: 'url(#rm-pattern-withdrawn)',
  'no-data': 'url(#rm-pattern-no-data)',
};

export const patternDefs = () => svg`<defs>
  ${withdrawnHatch('rm-pattern-withdrawn', 5, 1.4)}
  <pattern id="rm-pattern-no-data" patternUnits="userSpaceOnUse" width="4" height="4">
    <rect class="pattern-nodata-bg" width="4" height="4"></rect>
    <circle class="pattern-nodata-ink" cx="2" cy="2" r="0.8"></circle>
  </pattern>
</defs>`;

export function countryShape(t: Localizer, c: DrawnCountry, active: boolean) {
  return svg`<path
    class="country"
    d=${c.p.d}
    data-iso3=${c.iso3 ?? nothing}
    data-key=${c.iso3 ? nothing : c.id}
    data-status=${c.status}
    fill=${PATTERN_FILL[c.status] ?? nothing}
    role="button"
    tabindex=${active ? 0 : -1}
    aria-label=${countryLabel(t, c)}
  ></path>`;
}

export function countryMarker(
  t: Localizer,
  c: DrawnCountry,
  at: Locate,
  r: number,
  active: boolean,
) {
  const [cx, cy] = at(c);
  return svg`<circle
    class="country ${c.detail && isUncertain(c.detail) ? 'uncertain' : ''}"
    cx=${cx}
    cy=${cy}
    r=${r}
    data-iso3=${c.iso3 ?? nothing}
    data-status=${c.status}
    fill=${PATTERN_FILL[c.status] ?? nothing}
    role="button"
    tabindex=${active ? 0 : -1}
    aria-label=${countryLabel(t, c)}
  ></circle>`;
}

/** An outline over a country: a shape's path, or a ring around a marker. */
export function outline(c: DrawnCountry | undefined, cls: string, at: Locate, r: number) {
  if (!c) return nothing;
  if (c.p.shape.kind === 'shape') return svg`<path class="outline ${cls}" d=${c.p.d}></path>`;
  const [cx, cy] = at(c);
  return svg`<circle class="outline ${cls}" cx=${cx} cy=${cy} r=${r + 3}></circle>`;
}

/**
 * Every country, in layers: shapes, then markers over them, then the outlines (uncertain,
 * selected, hovered, the keyboard's focus), then Afghanistan's name (`label`: where it fits).
 */
export function countryLayers(
  t: Localizer,
  countries: readonly DrawnCountry[],
  o: {
    at: Locate;
    r: number;
    active: string;
    selected: string | null;
    hover: Hover | undefined;
    label: boolean;
  },
) {
  const byId = new Map(countries.map((c) => [c.id, c]));
  const ring = (c: DrawnCountry | undefined, cls: string) => outline(c, cls, o.at, o.r);
  const afghanistan = byId.get('AFG');
  const [ax, ay] = afghanistan ? o.at(afghanistan) : [0, 0];
  return svg`<g>
      ${countries.map((c) =>
        c.p.shape.kind === 'shape' ? countryShape(t, c, c.id === o.active) : nothing,
      )}
    </g>
    <g>
      ${countries.map((c) =>
        c.p.shape.kind === 'marker' ? countryMarker(t, c, o.at, o.r, c.id === o.active) : nothing,
      )}
    </g>
    <g>
      ${countries.map((c) =>
        c.detail && isUncertain(c.detail) && c.p.shape.kind === 'shape'
          ? ring(c, 'uncertain')
          : nothing,
      )}
      ${ring(o.selected ? byId.get(o.selected) : undefined, 'selected')}
      ${ring(o.hover && byId.get(o.hover.id), 'hover')}
      ${o.hover?.via === 'focus' ? ring(byId.get(o.active), 'focus') : nothing}
    </g>
    ${
      afghanistan && o.label
        ? svg`<text class="label" x=${ax} y=${ay + 4}>${afghanistan.name}</text>`
        : nothing
    }`;
}
