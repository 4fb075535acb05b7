import { describe, expect, it } from 'vitest';
import { countsOf, membersOf, statusAt, STATUSES, UN_MEMBERS } from '../../src/model/index.ts';
import { dataset, ev, realDataset } from '../helpers/dataset.ts';

const TODAY = '2026-11-28';

function snapshotAt(date: string, data = realDataset()) {
  const s = statusAt(data, date, TODAY);
  if (s.kind !== 'era') throw new Error(`${date} is not in an era (${s.kind})`);
  return s;
}

const iso3s = (list: readonly { iso3: string }[]) => list.map((m) => m.iso3);

describe('membersOf(snapshot)', () => {
  it('lists the states of each status, in alpha-3 order, with their since events', () => {
    const data = dataset(
      ev('SAU', '1997-05-20', 'recognized'),
      ev('PAK', '1997-05-25', 'recognized'),
      ev('CHN', '1998-01-01', 'contact'),
    );
    const members = membersOf(snapshotAt('1998-06-01', data));
    expect(iso3s(members.recognized)).toEqual(['PAK', 'SAU']);
    expect(members.recognized.map((m) => m.since?.effectiveDate)).toEqual([
      '1997-05-25',
      '1997-05-20',
    ]);
    expect(iso3s(members.contact)).toEqual(['CHN']);
    expect(members.ambassador).toEqual([]);
    expect(members.withdrawn).toEqual([]);
    // Everyone else, with no since event: the default.
    expect(members.none).toHaveLength(192 - 3);
    expect(members.none.every((m) => m.status === 'none' && !m.since)).toBe(true);
    expect(iso3s(members.none)).not.toContain('AFG');
  });

  it('names the four states that accept a Taliban ambassador on 3 Jul 2025 (the real data)', () => {
    const members = membersOf(snapshotAt('2025-07-03'));
    expect(iso3s(members.ambassador)).toEqual(['ARE', 'CHN', 'PAK', 'UZB']);
    expect(iso3s(members.recognized)).toEqual(['RUS']);
    expect(members.recognized[0]!.since?.effectiveDate).toBe('2025-07-03');
  });

  it('agrees with countsOf on every day the counts change, and lists each UN member state once', () => {
    const data = realDataset();
    const days = [...new Set(data.events.map((e) => e.effectiveDate))];
    for (const date of days) {
      const s = statusAt(data, date, TODAY);
      if (s.kind !== 'era') continue;
      const members = membersOf(s);
      const counts = countsOf(s);
      for (const status of STATUSES)
        expect(members[status], `${status} on ${date}`).toHaveLength(counts[status]);
      const all = STATUSES.flatMap((status) => iso3s(members[status]));
      expect(new Set(all).size).toBe(all.length);
      expect(all.sort()).toEqual(UN_MEMBERS.filter((c) => c !== 'AFG').sort());
    }
  });
});
