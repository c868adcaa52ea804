import { NextResponse, type NextRequest } from 'next/server';
import { resolvePrincipal } from './lib/auth/resolve';
import { contentSecurityPolicy, newNonce } from './lib/security/csp';

/**
 * Defence in depth: every data route is an explicit, allow-listed file, but a path that tries to climb (`..`,
 * encoded dots or slashes, backslashes, NUL) is refused before any route or page sees it.
 */
const TRAVERSAL = /(^|\/)\.\.?(\/|$)|%2e|%2f|%5c|\\|%00/i;

/** API prefixes that accept writes (Lantern's own data and users, never a datasource). */
const WRITABLE = ['/api/dashboards', '/api/query-history', '/api/auth/', '/api/admin/'];

/** Served without a principal: the sign-in page, the icon, and the console's own metrics (counts and timings, no data). */
const OPEN_PAGES = new Set(['/login', '/icon.svg', '/favicon.ico', '/metrics']);

const refuse = (status: number, kind: string, message: string, headers: Record<string, string> = {}) =>
  NextResponse.json({ error: { status, kind, message } }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

export async function proxy(request: NextRequest) {
  const raw = request.url;
  const pathPart = raw.slice(raw.indexOf('/', raw.indexOf('//') + 2)).split('?')[0];
  if (TRAVERSAL.test(pathPart)) return refuse(400, 'bad_request', 'path not allowed');
  const path = request.nextUrl.pathname;
  if (path.startsWith('/api/') || path === '/metrics') {
    if (request.method !== 'GET' && request.method !== 'HEAD' && !WRITABLE.some((p) => path.startsWith(p))) {
      return refuse(405, 'method_not_allowed', `${request.method} is not allowed here`, { Allow: 'GET, HEAD' });
    }
    // /api routes check the principal in route().
    return NextResponse.next();
  }
  // Pages: nobody sees a console page (nor its server-rendered data) without a principal.
  if (!OPEN_PAGES.has(path) && !(await resolvePrincipal(request.headers))) {
    const login = request.nextUrl.clone();
    login.pathname = '/login';
    login.search = '';
    const next = `${path}${request.nextUrl.search}`;
    if (next !== '/') login.searchParams.set('next', next);
    return NextResponse.redirect(login, 303);
  }
  return page(request);
}

/**
 * Pages: a fresh nonce per response in a strict Content-Security-Policy. Next reads the policy from the request
 * headers and puts the nonce on its own scripts; the root layout hands `x-nonce` to CodeMirror's style elements.
 */
function page(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set('Content-Security-Policy', csp);
  return res;
}

export const config = {
  // Everything but the build's immutable assets (which carry no markup of ours).
  matcher: ['/((?!_next/static/|_next/image/).*)'],
};
