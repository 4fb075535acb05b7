import { describe, expect, it } from 'vitest';
import { statusChanges } from '../../src/model/changes.ts';
import { statusAt } from '../../src/model/index.ts';
import { dataset, ev, realDataset } from '../helpers/dataset.ts';

const TODAY = '2026-11-28';
const era = (data: ReturnType<typeof dataset>, date: string) => {
  const s = statusAt(data, date, TODAY);
  if (s.kind !== 'era') throw new Error(date);
  return s;
};

describe('statusChanges(then, now)', () => {
  it('lists each state whose status differs, from → to, with the event that set it', () => {
    const data = dataset(
      ev('PAK', '1997-05-25', 'recognized'),
      ev('SAU', '1997-05-26', 'recognized'),
      ev('PAK', '2001-11-22', 'withdrawn', { type: 'recognition_withdrawn' }),
    );
    const changes = statusChanges(era(data, '1998-06-01'), era(data, '2001-12-01'));
    expect(changes.map(({ iso3, from, to, event }) => [iso3, from, to, event?.id])).toEqual([
      ['PAK', 'recognized', 'withdrawn', '2001-11-22-pak-withdrawn'],
    ]);
  });

  it('across the eras, a state back at `none` has no event: era 2 starts from none', () => {
    const data = dataset(ev('PAK', '1997-05-25', 'recognized'), ev('RUS', '2022-01-01', 'contact'));
    const changes = statusChanges(era(data, '1998-06-01'), era(data, '2025-01-01'));
    expect(changes.map(({ iso3, from, to, event }) => [iso3, from, to, event?.id])).toEqual([
      ['PAK', 'recognized', 'none', undefined],
      ['RUS', 'none', 'contact', '2022-01-01-rus-contact'],
    ]);
  });

  it('finds nothing between a day and itself; never lists Afghanistan', () => {
    const data = realDataset();
    expect(statusChanges(era(data, '2025-07-04'), era(data, '2025-07-04'))).toEqual([]);
    const changes = statusChanges(era(data, '1998-06-01'), era(data, TODAY));
    expect(changes.some((c) => c.iso3 === 'AFG')).toBe(false);
    expect(changes.find((c) => c.iso3 === 'RUS')).toMatchObject({ from: 'none', to: 'recognized' });
  });
});
