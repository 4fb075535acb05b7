import { describe, expect, it } from 'vitest';
import { withNotices } from '../../src/app/notices.ts';
import type { Notice } from '../../src/url-state.ts';

describe('withNotices(list, more)', () => {
  const offline = (file: string): Notice => ({
    kind: 'kept-copy',
    file,
    failure: 'network',
    detail: 'x',
  });

  it('says “offline” once, however many files came from their copies', () => {
    const out = withNotices([], [offline('data/recognition.json'), offline('assets/world.json')]);
    expect(out).toHaveLength(1);
    expect(withNotices(out, [offline('data/translations/fa.json')])).toHaveLength(1);
  });

  it('offers the newer version once', () => {
    const once = withNotices([], [{ kind: 'update-ready' }]);
    expect(withNotices(once, [{ kind: 'update-ready' }])).toEqual(once);
  });
});
