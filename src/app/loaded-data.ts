/**
 * What the page loaded, and what it derives from it. Derived values are worked out when first
 * asked for: the first map needs none of them, so they stay off the first paint's path.
 */
import { englishLocalizer, type Localizer } from '../i18n/index.ts';
import {
  countsSeries,
  eventDates,
  timelineOf,
  type CountsPoint,
  type Dataset,
  type IsoDate,
  type Timeline,
} from '../model/index.ts';
import type { WorldShape } from '../geo/world.ts';
import type { Searchable } from '../elements/rm-country-search/search-match.ts';

export class LoadedData {
  readonly timeline: Timeline;
  /** ISO alpha-3 of every country the map draws. */
  readonly iso3s: string[];
  private cache: {
    series?: [CountsPoint[], CountsPoint[]];
    changeDates?: IsoDate[];
    eventDates?: IsoDate[];
    searchable?: { t: Localizer; items: Searchable[] };
  } = {};

  constructor(
    readonly data: Dataset,
    readonly world: WorldShape[],
    readonly today: IsoDate,
  ) {
    this.timeline = timelineOf(data, today);
    this.iso3s = world.flatMap((s) => (s.iso3 ? [s.iso3] : []));
  }

  /** Counts per status over each era (the stacked chart). */
  get series(): [CountsPoint[], CountsPoint[]] {
    return (this.cache.series ??= countsSeries(this.data, this.today));
  }

  /** Days on which a count changes (play's steps with reduced motion). */
  get changeDates(): IsoDate[] {
    return (this.cache.changeDates ??= [...new Set(this.series.flat().map((p) => p.date))].sort());
  }

  /** Days on which an event takes effect (previous/next event). */
  get eventDates(): IsoDate[] {
    return (this.cache.eventDates ??= eventDates(this.data));
  }

  /** Countries for the search box, in `t`'s language; English names and ISO codes as aliases. */
  searchable(t: Localizer): Searchable[] {
    if (this.cache.searchable?.t !== t) {
      const english = englishLocalizer();
      const items = this.iso3s.map((iso3) => ({
        iso3,
        name: t.country(iso3),
        aliases: [iso3, english.country(iso3)],
      }));
      this.cache.searchable = { t, items };
    }
    return this.cache.searchable.items;
  }
}
