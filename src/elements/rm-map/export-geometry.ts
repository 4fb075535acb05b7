/**
 * The drawn map as plain data, for the image downloads and for the image made at build time
 * (build/map-image-plugin.ts): shapes, markers and statuses as they are drawn. Pure, without lit,
 * so the build runs it in Node.
 */
import type { MapGeometry } from '../../export/map-image.ts';
import { isUncertain } from '../../text/format.ts';
import { markerRadius, type DrawnCountry, type Locate } from './drawn.ts';

/** The drawn map, for image downloads: shapes, markers and statuses as they are now. */
export function exportGeometry(
  countries: readonly DrawnCountry[],
  at: Locate,
  size: { width: number; height: number },
): MapGeometry {
  const r = markerRadius(size.width);
  const afghanistan = countries.find((c) => c.id === 'AFG');
  return {
    ...size,
    items: countries.map((c) => {
      const uncertain = !!c.detail && isUncertain(c.detail);
      if (c.p.shape.kind === 'shape')
        return { kind: 'path' as const, d: c.p.d, status: c.status, uncertain };
      const [cx, cy] = at(c);
      return { kind: 'circle' as const, cx, cy, r, status: c.status, uncertain };
    }),
    label: afghanistan && {
      x: at(afghanistan)[0],
      y: at(afghanistan)[1] + 4,
      text: afghanistan.name,
    },
  };
}
