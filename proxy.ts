import { NextResponse, type NextRequest } from 'next/server';

/**
 * Defence in depth for the API: every data route is an explicit, allow-listed file, but a path that tries
 * to climb (`..`, encoded dots or slashes, backslashes, NUL) is refused before any route sees it.
 */
const TRAVERSAL = /(^|\/)\.\.?(\/|$)|%2e|%2f|%5c|\\|%00/i;

export function proxy(request: NextRequest) {
  const raw = request.url;
  const pathPart = raw.slice(raw.indexOf('/', raw.indexOf('//') + 2)).split('?')[0];
  if (TRAVERSAL.test(pathPart)) {
    return NextResponse.json(
      { error: { status: 400, kind: 'bad_request', message: 'path not allowed' } },
      { status: 400, headers: { 'Cache-Control': 'no-store' } },
    );
  }
  if (request.method !== 'GET' && request.method !== 'HEAD' && request.nextUrl.pathname.startsWith('/api/') && !WRITABLE.some((p) => request.nextUrl.pathname.startsWith(p))) {
    return NextResponse.json({ error: { status: 405, kind: 'method_not_allowed', message: `${request.method} is not allowed here` } }, { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
  return NextResponse.next();
}

/** API prefixes that accept writes (Lantern's own data, never a datasource). */
const WRITABLE = ['/api/dashboards', '/api/query-history'];

export const config = {
  matcher: ['/api/:path*', '/metrics'],
};
