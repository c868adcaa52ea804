import { NextResponse, type NextRequest } from 'next/server';
import { resolvePrincipal } from './lib/auth/resolve';

/**
 * Defence in depth for the API: every data route is an explicit, allow-listed file, but a path that tries
 * to climb (`..`, encoded dots or slashes, backslashes, NUL) is refused before any route sees it.
 */
const TRAVERSAL = /(^|\/)\.\.?(\/|$)|%2e|%2f|%5c|\\|%00/i;

export async function proxy(request: NextRequest) {
  const raw = request.url;
  const pathPart = raw.slice(raw.indexOf('/', raw.indexOf('//') + 2)).split('?')[0];
  const api = request.nextUrl.pathname.startsWith('/api/') || request.nextUrl.pathname === '/metrics';
  if (api && TRAVERSAL.test(pathPart)) {
    return NextResponse.json(
      { error: { status: 400, kind: 'bad_request', message: 'path not allowed' } },
      { status: 400, headers: { 'Cache-Control': 'no-store' } },
    );
  }
  if (request.method !== 'GET' && request.method !== 'HEAD' && request.nextUrl.pathname.startsWith('/api/') && !WRITABLE.some((p) => request.nextUrl.pathname.startsWith(p))) {
    return NextResponse.json({ error: { status: 405, kind: 'method_not_allowed', message: `${request.method} is not allowed here` } }, { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
  // Pages: nobody sees a console page (nor its server-rendered data) without a principal. /api routes check in route().
  const path = request.nextUrl.pathname;
  if (!path.startsWith('/api/') && !OPEN_PAGES.has(path) && !(await resolvePrincipal(request.headers))) {
    const login = request.nextUrl.clone();
    login.pathname = '/login';
    login.search = '';
    const next = `${path}${request.nextUrl.search}`;
    if (next !== '/') login.searchParams.set('next', next);
    return NextResponse.redirect(login, 303);
  }
  return NextResponse.next();
}

/** Served without a principal: the sign-in page, the icon, and the console's own metrics (counts and timings, no data). */
const OPEN_PAGES = new Set(['/login', '/icon.svg', '/favicon.ico', '/metrics']);

/** API prefixes that accept writes (Lantern's own data and users, never a datasource). */
const WRITABLE = ['/api/dashboards', '/api/query-history', '/api/auth/', '/api/admin/'];

export const config = {
  // Everything but Next's static assets.
  matcher: ['/((?!_next/static/|_next/image/).*)'],
};
