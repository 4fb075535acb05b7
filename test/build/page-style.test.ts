import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pageStyle, styleHash } from '../../build/page-style.ts';
import { CONTENT_SECURITY_POLICY, CSP_HEADER } from '../../build/publish-policy.ts';
import { nginxConf } from '../../build/host-config.ts';

describe('pageStyle() and styleHash(text)', () => {
  it('allows exactly the inline stylesheet, in the meta CSP, the header and nginx', () => {
    const text = pageStyle();
    const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(styleHash(text)).toBe(hash);
    expect(CONTENT_SECURITY_POLICY).toContain(`style-src 'self' ${hash}`);
    expect(CSP_HEADER).toContain(hash);
    expect(nginxConf()).toContain(hash);
    expect(styleHash(`${text} `)).not.toBe(hash);
  });

  it('ships CSS that needs no build step (no light-dark(), no nesting)', () => {
    const text = pageStyle();
    expect(text).not.toMatch(/light-dark\(/);
    expect(text).not.toMatch(/&/);
    expect(text).not.toMatch(/\/\*/);
  });
});
