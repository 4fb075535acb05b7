import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset, type DatasetIssue } from '../../src/model/index.ts';
import { META, ev, realJson } from '../helpers/dataset.ts';

const FILE = 'data/bad.json';

/** Parse a dataset expected to be invalid and return its error issues. */
function errorsOf(json: unknown): DatasetIssue[] {
  try {
    parseDataset(json, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return (e as DatasetError).issues.filter((i) => i.severity === 'error');
  }
  throw new Error('expected the dataset to be rejected');
}

const withEvents = (...events: unknown[]) => ({ meta: META, events });
const good = () => ev('PAK', '1997-05-25', 'recognized', { id: 'pak-recognises' });

/** One bad fixture per rule: [what, events, field, message fragment]. */
const CASES: [string, unknown[], string, RegExp][] = [
  [
    'unknown status',
    [{ ...good(), status: 'recognised' }],
    'status',
    /unknown status "recognised" \(expected one of: recognized, ambassador/,
  ],
  [
    'unknown country code',
    [{ ...good(), country: { iso3: 'XXX', numeric: '999' } }],
    'country.iso3',
    /unknown country code "XXX"/,
  ],
  [
    'alpha-3 and numeric that disagree',
    [{ ...good(), country: { iso3: 'PAK', numeric: '682' } }],
    'country.numeric',
    /numeric code "682" does not match PAK \(ISO 3166-1 gives "586"\)/,
  ],
  [
    'numeric not zero-padded',
    [{ ...good(), country: { iso3: 'AFG', numeric: '4' } }],
    'country.numeric',
    /zero-padded/,
  ],
  ['malformed date', [{ ...good(), date: '25 May 1997' }], 'date', /malformed date "25 May 1997"/],
  ['impossible date', [{ ...good(), date: '1997-02-30' }], 'date', /not a calendar date/],
  [
    'date outside both eras',
    [{ ...good(), date: '2010-05-01' }],
    'date',
    /outside both eras \(1996-09-27 – 2001-12-07, 2021-08-15 – 2026-11-27\)/,
  ],
  ['date before era 1', [{ ...good(), date: '1996-09-26' }], 'date', /outside both eras/],
  ['date after asOf', [{ ...good(), date: '2026-11-28' }], 'date', /outside both eras/],
  [
    'coarse date before an era without effective',
    [{ ...good(), date: '1996', precision: 'year' }],
    'date',
    /needs an "effective" date/,
  ],
  [
    'precision that does not fit the date',
    [{ ...good(), precision: 'month' }],
    'precision',
    /does not match the date 1997-05-25/,
  ],
  [
    'effective outside its period',
    [{ ...good(), date: '1997-05', precision: 'month', effective: '1997-06-01' }],
    'effective',
    /outside the period 1997-05/,
  ],
  [
    'no-later-than without effective',
    [{ ...good(), date: '1997-05', precision: 'no-later-than' }],
    'effective',
    /needs an effective date/,
  ],
  [
    'neither country nor entity',
    [{ ...good(), country: undefined }],
    'country',
    /needs a country \(ISO codes\) or an entity/,
  ],
  [
    'both country and entity',
    [{ ...good(), entity: { id: 'un', name: 'United Nations' } }],
    'country',
    /either a country or an entity/,
  ],
  [
    'entity that sets a status',
    [{ ...good(), country: undefined, entity: { id: 'ichkeria', name: 'Ichkeria' } }],
    'status',
    /entity "ichkeria" is not on the map/,
  ],
  ['missing source', [{ ...good(), sources: [] }], 'sources', /missing source/],
  ['no sources field', [{ ...good(), sources: undefined }], 'sources', /sources must be a list/],
  [
    'source URL that is not http(s)',
    [{ ...good(), sources: [{ url: 'ftp://example.org/x', outlet: 'X', published: 'n.d.' }] }],
    'sources.0.url',
    /"ftp:\/\/example.org\/x" is not an http\(s\) address/,
  ],
  [
    'source URL that is not a URL',
    [{ ...good(), sources: [{ url: 'example.org', outlet: 'X', published: 'n.d.' }] }],
    'sources.0.url',
    /not an http\(s\) address/,
  ],
  [
    'unknown confidence',
    [{ ...good(), confidence: 'certain' }],
    'confidence',
    /unknown confidence "certain"/,
  ],
  ['unknown field (a typo)', [{ ...good(), staus: 'recognized' }], 'staus', /.+/],
  [
    'Afghanistan with a status',
    [ev('AFG', '1997-05-25', 'recognized', { id: 'pak-recognises' })],
    'status',
    /Afghanistan's own events are context/,
  ],
];

describe('parseDataset(json, file) rejects invalid records with file, event and field', () => {
  it.each(CASES)('%s', (_what, events, field, message) => {
    const [issue, ...rest] = errorsOf(withEvents(...events));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: FILE, eventId: 'pak-recognises', field });
    expect(issue!.message).toMatch(message);
  });

  it('duplicate id', () => {
    const issues = errorsOf(withEvents(good(), good()));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      eventId: 'pak-recognises',
      field: 'id',
      message: 'duplicate id "pak-recognises"',
    });
  });

  it('events out of date order', () => {
    const later = ev('SAU', '1997-05-26', 'recognized', { id: 'sau' });
    const issues = errorsOf(withEvents(later, good()));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ eventId: 'pak-recognises', field: 'date' });
    expect(issues[0]!.message).toMatch(
      /out of date order: takes effect 1997-05-25, before "sau" \(1997-05-26\)/,
    );
  });

  it('an event without an id is named by its position', () => {
    const issues = errorsOf(withEvents(good(), { ...good(), id: undefined }));
    expect(issues[0]).toMatchObject({ eventId: '#1', field: 'id' });
  });

  it('the error message names file, event and field for a person to read', () => {
    expect(() => parseDataset(withEvents({ ...good(), status: 'friendly' }), FILE)).toThrow(
      /data\/bad\.json, event "pak-recognises", field "status": unknown status "friendly"/,
    );
  });

  it('collects every error, not only the first', () => {
    const issues = errorsOf(
      withEvents({ ...good(), status: 'x' }, { ...good(), id: 'b', sources: [] }),
    );
    expect(issues.map((i) => i.eventId)).toEqual(['pak-recognises', 'b']);
  });

  it('rejects a file that is not a dataset, or broken metadata', () => {
    expect(errorsOf([])[0]!.message).toMatch(/JSON object with "meta" and "events"/);
    expect(errorsOf({ meta: { ...META, asOf: 'soon' }, events: [] })[0]).toMatchObject({
      field: 'meta.asOf',
    });
    expect(errorsOf({ meta: META, events: {} })[0]).toMatchObject({ field: 'events' });
    expect(errorsOf({ meta: META, events: [], extra: 1 })[0]).toMatchObject({ field: 'extra' });
  });

  it('accepts plain http sources, with a warning', () => {
    const data = parseDataset(
      withEvents({
        ...good(),
        sources: [{ url: 'http://example.org/x', outlet: 'X', published: 'n.d.' }],
      }),
      FILE,
    );
    expect(data.warnings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        eventId: 'pak-recognises',
        field: 'sources.0.url',
      }),
    ]);
  });

  it('derives the effective date, the era and approximation', () => {
    const data = parseDataset(
      withEvents(
        ev('ARE', '1997-05', 'recognized', { effective: '1997-05-27' }),
        ev('SAU', '2022', 'charge'),
        ev('PAK', '2023-02', 'charge', { precision: 'no-later-than', effective: '2023-02-27' }),
      ),
      FILE,
    );
    expect(data.events.map((e) => [e.effectiveDate, e.era, e.approximate])).toEqual([
      ['1997-05-27', 1, true],
      ['2022-01-01', 2, true],
      ['2023-02-27', 2, true],
    ]);
  });

  it('accepts the real dataset', () => {
    expect(() => parseDataset(realJson())).not.toThrow();
  });
});
