import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce } from './csp';

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

describe('contentSecurityPolicy', () => {
  it('lets scripts run only with the nonce: no unsafe-inline or unsafe-eval in production', () => {
    const n = newNonce();
    const csp = contentSecurityPolicy(n);
    expect(directive(csp, 'script-src')).toBe(`script-src 'nonce-${n}' 'strict-dynamic'`);
    expect(csp).not.toContain('unsafe-eval');
    expect(directive(csp, 'script-src')).not.toContain('unsafe-inline');
    expect(directive(csp, 'style-src-elem')).toBe(`style-src-elem 'self' 'nonce-${n}'`);
    for (const d of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'", "connect-src 'self'"]) expect(csp).toContain(d);
    expect(contentSecurityPolicy(n, { dev: true })).toContain("'unsafe-eval'");
  });

  it('makes a fresh, unguessable nonce every time and refuses one that could break out of the header', () => {
    const seen = new Set(Array.from({ length: 1000 }, newNonce));
    expect(seen.size).toBe(1000);
    for (const n of seen) expect(n).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(() => contentSecurityPolicy("abc'; script-src *")).toThrow();
  });
});
