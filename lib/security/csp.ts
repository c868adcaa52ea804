/**
 * The console's Content-Security-Policy for pages: scripts only with this response's nonce (Next's own bootstrap
 * and chunks get it; `'strict-dynamic'` lets them load the rest), no `unsafe-inline` or `unsafe-eval` for scripts,
 * style elements only with the nonce (CodeMirror's style-mod and Next's inline styles carry it), everything else
 * from the console's own origin. A log line that smuggles markup cannot run it, and a violation is a bug.
 *
 * Style attributes (`style-src-attr`) stay allowed: React renders the charts' and the virtual list's geometry as
 * `style="…"` in the server HTML, and an attribute cannot run script. Edge-safe (no Node APIs): the proxy runs it.
 */
export function newNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(nonce)) throw new Error('a CSP nonce is base64');
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // 'unsafe-eval' only for `next dev` (React Refresh); production builds never evaluate strings.
    ['script-src', `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    ['style-src-elem', "'self'", `'nonce-${nonce}'`],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'", 'blob:'],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}
