/**
 * What the map draws for each shape on the day shown: its status (Afghanistan and the id-less
 * shapes apart), its name, and the words a screen reader hears for it. Pure.
 */
import type { Localizer } from '../../i18n/index.ts';
import {
  statusOf,
  type CountryStatus,
  type MapStatus,
  type StatusSnapshot,
} from '../../model/index.ts';
import type { ProjectedShape } from '../../geo/projection.ts';
import type { WorldShape } from '../../geo/world.ts';

type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;

/** Where a drawn country sits: a marker's position, or the centre of a shape's largest part. */
export type Locate = (c: DrawnCountry) => [number, number];

/** Markers grow a little with the map. */
export const markerRadius = (width: number): number => (width < 500 ? 3.2 : width < 1200 ? 4 : 5);

/** The map as drawn now, for an image of it (export-geometry.ts, loaded with the share panel). */
export interface DrawnMap {
  countries: readonly DrawnCountry[];
  at: Locate;
  size: { width: number; height: number };
}

/** One drawn country: its shape (or marker), its status on the day, and how to say it. */
export interface DrawnCountry {
  p: ProjectedShape;
  /** `data-iso3`, or the catalogue key of an id-less shape. */
  id: string;
  iso3?: string;
  name: string;
  status: MapStatus;
  detail?: CountryStatus;
}

export function idOf(shape: WorldShape): string {
  return shape.iso3 ?? shape.key ?? '';
}

export function nameOf(t: Localizer, shape: WorldShape): string {
  if (shape.iso3) return t.country(shape.iso3);
  return shape.key ? t.t(`place.${shape.key}` as never) : '';
}

export function drawnCountries(
  projected: readonly ProjectedShape[],
  snapshot: EraSnapshot | undefined,
  names: ReadonlyMap<string, string>,
): DrawnCountry[] {
  return projected.map((p) => {
    const iso3 = p.shape.iso3;
    const id = idOf(p.shape);
    const name = names.get(id) ?? id;
    if (!iso3) return { p, id, name, status: 'no-data' };
    if (iso3 === 'AFG') return { p, id, iso3, name, status: 'afghanistan' };
    const detail = snapshot ? statusOf(snapshot, iso3) : undefined;
    return { p, id, iso3, name, status: detail?.status ?? 'none', detail };
  });
}

/** "Russia: Recognises". */
export function countryLabel(t: Localizer, c: DrawnCountry): string {
  const status =
    c.status === 'afghanistan' ? t.t('map.afghanistan') : t.t(`status.${c.status}.name`);
  return `${c.name}: ${status}`;
}

/** Typing letters on the map: what has been typed within a second of the last key. */
export interface TypeAhead {
  text: string;
  at: number;
}

/**
 * Letters jump to the next country whose name starts with what was typed (within a second). One
 * letter moves on from the current country; more letters refine the match from it.
 */
export function typeAhead(
  countries: readonly DrawnCountry[],
  current: DrawnCountry,
  typed: TypeAhead,
  key: string,
  at: number,
  t: Pick<Localizer, 'compare' | 'info'>,
): { typed: TypeAhead; next?: DrawnCountry } {
  const locale = t.info.intl;
  const next = at - typed.at < 1000 ? { text: typed.text + key, at } : { text: key, at };
  const prefix = next.text.toLocaleLowerCase(locale);
  const sorted = [...countries].sort((a, b) => t.compare(a.name, b.name));
  const start = sorted.indexOf(current) + (next.text.length === 1 ? 1 : 0);
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[(start + i) % sorted.length]!;
    if (c.name.toLocaleLowerCase(locale).startsWith(prefix)) return { typed: next, next: c };
  }
  return { typed: next };
}
