/**
 * What the slider draws, as numbers and path data: the stacked chart of statuses across both
 * eras, the two era segments, the stretch not yet reviewed, event ticks and year labels. Pure: the
 * element only puts these into its SVG.
 */
import type { CountsPoint, DatasetEvent, IsoDate } from '../../model/index.ts';
import type { TrackAxis } from './track-axis.ts';

/** Bottom to top in the chart: strongest first, then `withdrawn`. `none` is the empty space. */
export const CHART_STATUSES = [
  'recognized',
  'ambassador',
  'charge',
  'contact',
  'withdrawn',
] as const;
export type ChartStatus = (typeof CHART_STATUSES)[number];

export const CHART_HEIGHT = 40;

/** Year labels closer than this to the previous one are left out. */
const YEAR_GAP = 34;

export interface ChartArea {
  status: ChartStatus;
  /** One rectangle per step of the series, in both eras. */
  d: string;
}

/**
 * The stacked areas, one path per status that any state holds at some point: each step of the
 * series runs from the start of its first day to the start of the next change (the end of the
 * era's last day for the last step), scaled so that the tallest stack fills the chart.
 */
export function chartAreas(
  series: readonly [readonly CountsPoint[], readonly CountsPoint[]],
  axis: TrackAxis,
  height = CHART_HEIGHT,
): ChartArea[] {
  let max = 1;
  for (const era of series)
    for (const p of era)
      max = Math.max(
        max,
        CHART_STATUSES.reduce((n, s) => n + p.counts[s], 0),
      );
  // 2 px of headroom, so the tallest stack's top edge is not cut off.
  const y = (n: number) => (height - (n / max) * (height - 2)).toFixed(1);
  const paths = new Map<ChartStatus, string>(CHART_STATUSES.map((s) => [s, '']));
  series.forEach((points, era) => {
    const eraEnd = axis.scale.segments[era]!.era.end;
    points.forEach((p, j) => {
      const next = points[j + 1]?.date;
      const xa = axis.dayEdge(p.date, era);
      const xb = next ? axis.dayEdge(next, era) : axis.dayEdge(eraEnd, era, true);
      const [x0, x1] = (xa <= xb ? [xa, xb] : [xb, xa]).map((x) => x.toFixed(1));
      let base = 0;
      for (const s of CHART_STATUSES) {
        const n = p.counts[s];
        if (n > 0) paths.set(s, `${paths.get(s)}M${x0},${y(base)}H${x1}V${y(base + n)}H${x0}Z`);
        base += n;
      }
    });
  });
  return CHART_STATUSES.flatMap((status) => {
    const d = paths.get(status)!;
    return d ? [{ status, d }] : [];
  });
}

/** A horizontal stretch of the track. */
export interface Span {
  x: number;
  width: number;
}

/** The two era segments, each reaching 2 px past its first and last day (their rounded ends). */
export function eraSpans(axis: TrackAxis): [Span, Span] {
  const span = (era: 0 | 1): Span => {
    const { start, end } = axis.scale.segments[era].era;
    const [a, b] = [axis.x(start), axis.x(end)];
    return { x: Math.min(a, b) - 2, width: Math.abs(b - a) + 4 };
  };
  return [span(0), span(1)];
}

/**
 * The days after the data was last checked (`asOf`) up to today, marked on the track; none when
 * the check is today's. At least 5 px wide, so a day or two still shows.
 */
export function unreviewedSpan(axis: TrackAxis, asOf: IsoDate): Span | undefined {
  const end = axis.scale.segments[1].era.end;
  if (!(asOf < end)) return undefined;
  const [from, to] = [axis.x(asOf), axis.x(end)];
  return { x: Math.min(from, to) - 2, width: Math.max(5, Math.abs(to - from) + 4) };
}

/** Events by their effective date (in the order given), and those dates in order. */
export function eventsByDate(events: readonly DatasetEvent[]): {
  byDate: Map<IsoDate, DatasetEvent[]>;
  dates: IsoDate[];
} {
  const byDate = new Map<IsoDate, DatasetEvent[]>();
  for (const e of events) {
    const list = byDate.get(e.effectiveDate) ?? [];
    list.push(e);
    byDate.set(e.effectiveDate, list);
  }
  return { byDate, dates: [...byDate.keys()].sort() };
}

export interface EventTick {
  x: number;
  /** Some event that day sets a country's status (a longer tick); otherwise context only. */
  bearing: boolean;
}

export function eventTicks(
  axis: TrackAxis,
  byDate: ReadonlyMap<IsoDate, readonly DatasetEvent[]>,
  dates: readonly IsoDate[],
): EventTick[] {
  return dates.map((d) => ({
    x: axis.x(d),
    bearing: (byDate.get(d) ?? []).some((e) => e.status !== null && e.country),
  }));
}

/**
 * A label at every 1 January inside each era, leaving out any that would come closer than
 * {@link YEAR_GAP} px to the one before it in the same era.
 */
export function yearLabels(axis: TrackAxis): { date: IsoDate; x: number }[] {
  const labels = [];
  for (const s of axis.scale.segments) {
    const first = Number(s.era.start.slice(0, 4)) + 1;
    const last = Number(s.era.end.slice(0, 4));
    let lastX = -Infinity;
    for (let year = first; year <= last; year++) {
      const date = `${year}-01-01`;
      const x = axis.x(date);
      if (Math.abs(x - lastX) < YEAR_GAP) continue;
      lastX = x;
      labels.push({ date, x });
    }
  }
  return labels;
}
