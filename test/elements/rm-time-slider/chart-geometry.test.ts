import { describe, expect, it } from 'vitest';
import {
  CHART_HEIGHT,
  chartAreas,
  eraSpans,
  eventTicks,
  eventsByDate,
  unreviewedSpan,
  yearLabels,
} from '../../../src/elements/rm-time-slider/chart-geometry.ts';
import { TrackAxis } from '../../../src/elements/rm-time-slider/track-axis.ts';
import {
  STATUSES,
  timelineOf,
  type CountsPoint,
  type DatasetEvent,
} from '../../../src/model/index.ts';
import { TimeScale } from '../../../src/model/time-scale.ts';
import { META } from '../../helpers/dataset.ts';

// Era 1: 27 Sep 1996 – 7 Dec 2001 (1,898 days). Era 2: 15 Aug 2021 – 28 Nov 2026 (1,932 days).
const timeline = timelineOf({ meta: META as never }, '2026-11-28');
const axisOf = (width: number, direction: 'ltr' | 'rtl') =>
  new TrackAxis(new TimeScale(timeline, width, 40), direction);
// 1,000 px of days and a 40 px break.
const ltr = axisOf(1040, 'ltr');
const rtl = axisOf(1040, 'rtl');

const point = (date: string, counts: Partial<Record<string, number>> = {}): CountsPoint => ({
  date,
  counts: Object.fromEntries(STATUSES.map((s) => [s, counts[s] ?? 0])) as CountsPoint['counts'],
});
const series: [CountsPoint[], CountsPoint[]] = [
  [
    point('1996-09-27', { recognized: 1, none: 190 }),
    point('1997-05-25', { recognized: 2, none: 189 }),
    point('2001-11-22', { recognized: 1, withdrawn: 1, none: 189 }),
  ],
  [point('2021-08-15', { none: 191 }), point('2025-07-03', { recognized: 1, charge: 2 })],
];

/** A path's rectangles as [x0, y0, x1, y1]: from x0 to x1, from y0 up to y1. */
const rects = (d: string) =>
  [...d.matchAll(/M([\d.-]+),([\d.-]+)H([\d.-]+)V([\d.-]+)H\1Z/g)].map((m) =>
    // + 0: the first day's edge may print as "-0.0".
    m.slice(1, 5).map((v) => Number(v) + 0),
  );
const areas = (axis: TrackAxis) =>
  new Map(chartAreas(series, axis).map((a) => [a.status, rects(a.d)]));

describe('chartAreas(series, axis)', () => {
  it('draws a path for each status some state holds, bottom to top, `none` left empty', () => {
    expect(chartAreas(series, ltr).map((a) => a.status)).toEqual([
      'recognized',
      'charge',
      'withdrawn',
    ]);
    expect(chartAreas([[], []], ltr)).toEqual([]);
  });

  it('stacks the statuses in order and scales the tallest stack to 2 px under the top', () => {
    const y = (n: number) => CHART_HEIGHT - (n / 3) * (CHART_HEIGHT - 2);
    const a = areas(ltr);
    expect(a.get('recognized')!.map(([, y0, , y1]) => [y0, y1])).toEqual(
      [1, 2, 1, 1].map((n) => [40, Number(y(n).toFixed(1))]),
    );
    // Withdrawn sits on the one recognising state; charge on 2025's, up to the top.
    expect(a.get('withdrawn')!.map(([, y0, , y1]) => [y0, y1])).toEqual([[27.3, 14.7]]);
    expect(a.get('charge')!.map(([, y0, , y1]) => [y0, y1])).toEqual([[27.3, 2]]);
  });

  it('runs each step from the start of its day to the start of the next change, the last to the era’s end', () => {
    const edge = (date: string, era: number, after = false) =>
      Number(ltr.dayEdge(date, era, after).toFixed(1));
    expect(
      areas(ltr)
        .get('recognized')!
        .map(([x0, , x1]) => [x0, x1]),
    ).toEqual([
      [0, edge('1997-05-25', 0)],
      [edge('1997-05-25', 0), edge('2001-11-22', 0)],
      [edge('2001-11-22', 0), Number(((1000 * 1898) / 3830).toFixed(1))],
      // Era 2 begins with no state holding any status: nothing until 3 July 2025.
      [edge('2025-07-03', 1), 1040],
    ]);
  });

  it('mirrors the chart in a right-to-left page', () => {
    const mirrored = areas(ltr);
    for (const [status, boxes] of areas(rtl))
      boxes.forEach(([x0, y0, x1, y1], i) => {
        const [l0, ly0, l1, ly1] = mirrored.get(status)![i]!;
        expect(x0).toBeCloseTo(1040 - l1!, 0);
        expect(x1).toBeCloseTo(1040 - l0!, 0);
        expect([y0, y1]).toEqual([ly0, ly1]);
        expect(x0).toBeLessThan(x1!);
      });
  });
});

describe('eraSpans(axis)', () => {
  it('covers each era from its first to its last day, 2 px further at each end', () => {
    const [one, two] = eraSpans(ltr);
    expect(one.x).toBeCloseTo(ltr.x('1996-09-27') - 2, 9);
    expect(one.width).toBeCloseTo(ltr.x('2001-12-07') - ltr.x('1996-09-27') + 4, 9);
    expect(two.x).toBeCloseTo(ltr.x('2021-08-15') - 2, 9);
    const [r1] = eraSpans(rtl);
    expect(r1.x).toBeCloseTo(rtl.x('2001-12-07') - 2, 9);
    expect(r1.width).toBeCloseTo(one.width, 9);
  });
});

describe('unreviewedSpan(axis, asOf)', () => {
  it('is nothing when the data was checked today', () => {
    expect(unreviewedSpan(ltr, '2026-11-28')).toBeUndefined();
  });

  it('runs from the day checked to today, at least 5 px wide', () => {
    const span = unreviewedSpan(ltr, '2026-01-01')!;
    expect(span.x).toBeCloseTo(ltr.x('2026-01-01') - 2, 9);
    expect(span.width).toBeCloseTo(ltr.x('2026-11-28') - ltr.x('2026-01-01') + 4, 9);
    expect(unreviewedSpan(ltr, '2026-11-27')!.width).toBe(5);
    expect(unreviewedSpan(rtl, '2026-01-01')!.x).toBeCloseTo(rtl.x('2026-11-28') - 2, 9);
  });
});

const event = (effectiveDate: string, status: string | null, country = true) =>
  ({ effectiveDate, status, country: country ? { iso3: 'PAK' } : undefined }) as DatasetEvent;

describe('eventsByDate(events) and eventTicks(axis, byDate, dates)', () => {
  const events = [
    event('2025-07-03', 'recognized'),
    event('1997-05-25', null),
    event('2025-07-03', null),
    event('2021-08-15', 'none', false),
  ];
  const { byDate, dates } = eventsByDate(events);

  it('groups events by the day they take effect, in their order, and sorts the days', () => {
    expect(dates).toEqual(['1997-05-25', '2021-08-15', '2025-07-03']);
    expect(byDate.get('2025-07-03')).toEqual([events[0], events[2]]);
  });

  it('marks a day with a long tick when an event that day sets a country’s status', () => {
    expect(eventTicks(ltr, byDate, dates)).toEqual([
      { x: ltr.x('1997-05-25'), bearing: false },
      { x: ltr.x('2021-08-15'), bearing: false },
      { x: ltr.x('2025-07-03'), bearing: true },
    ]);
  });
});

describe('yearLabels(axis)', () => {
  it('labels every 1 January inside each era', () => {
    const labels = yearLabels(ltr);
    expect(labels.map((l) => l.date.slice(0, 4))).toEqual([
      '1997',
      '1998',
      '1999',
      '2000',
      '2001',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
    expect(labels[0]!.x).toBe(ltr.x('1997-01-01'));
    expect(yearLabels(rtl)[0]!.x).toBe(rtl.x('1997-01-01'));
  });

  it('leaves out a label closer than 34 px to the one before it in the same era', () => {
    // 260 px of days: a year is about 25 px.
    for (const direction of ['ltr', 'rtl'] as const)
      expect(yearLabels(axisOf(300, direction)).map((l) => l.date.slice(0, 4))).toEqual([
        '1997',
        '1999',
        '2001',
        '2022',
        '2024',
        '2026',
      ]);
  });
});
