import { describe, expect, it } from 'vitest';
import { englishLocalizer } from '../../../src/i18n/index.ts';
import { noticeText } from '../../../src/elements/rm-notices/notice-text.ts';

const t = englishLocalizer();

describe('noticeText(t, notice)', () => {
  it('quotes a date before the first period as the link wrote it', () => {
    for (const value of ['0099-06-01', '0001-01-01', '0000-01-01', '1066-10-14']) {
      const text = noticeText(t, {
        kind: 'snapped',
        param: 'date',
        value,
        to: '1996-09-27',
        reason: 'before-start',
      });
      expect(text).toContain(value);
      expect(text).toContain('27 September 1996');
      expect(text).not.toMatch(/\b19(?!96)\d\d\b/);
    }
  });

  it('names the file that failed and the date the shown copy was checked', () => {
    const text = noticeText(t, {
      kind: 'kept-copy',
      file: 'data/recognition.json',
      failure: 'http',
      status: 404,
      detail: '404 Not Found',
      checked: '2026-11-27',
    });
    expect(text).toBe(
      'The server answered 404 for data/recognition.json. The map shows the copy saved on your last visit, with data checked on 27 November 2026.',
    );
    expect(
      noticeText(t, {
        kind: 'kept-copy',
        file: 'data/recognition.json',
        failure: 'corrupt',
        detail: 'Unexpected end of JSON input',
        checked: '2026-11-27',
      }),
    ).toMatch(
      /^The data file data\/recognition\.json is damaged \(Unexpected end of JSON input\)\. The map/,
    );
  });

  it('says “offline” without a file name when the network is down', () => {
    expect(
      noticeText(t, {
        kind: 'kept-copy',
        file: 'data/recognition.json',
        failure: 'network',
        detail: 'Failed to fetch',
        checked: '2026-11-27',
      }),
    ).toBe(
      'You are offline: the map shows the data saved on your last visit, checked on 27 November 2026.',
    );
  });
});
