import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { logger } from '../server/logger';
import { metrics } from '../server/metrics';
import { hasRole, type Principal, type Role } from '../auth/principal';
import { resolvePrincipal } from '../auth/resolve';
import { RequestError, toErrorBody } from './errors';

type Params = Record<string, string | string[]>;
type Handler<P extends Params> = (req: NextRequest, params: P, principal: Principal) => Promise<Response | object>;

export interface RouteOptions {
  /** Least role allowed; default viewer for GET/HEAD and editor for anything that writes. */
  role?: Role;
}

/**
 * Who is asking (lib/auth/resolve.ts). No principal → 401 `unauthenticated`; a role below the route's → 403
 * `forbidden`. Every /api route but healthz, readyz and login goes through here (e2e/auth-routes.spec.ts walks them).
 */
export async function principalOf(req: NextRequest, options: RouteOptions = {}): Promise<Principal> {
  const principal = await resolvePrincipal(req.headers);
  if (!principal) throw new RequestError(401, 'unauthenticated', 'Sign in to use Lantern');
  const needed = options.role ?? (req.method === 'GET' || req.method === 'HEAD' ? 'viewer' : 'editor');
  if (!hasRole(principal, needed)) throw new RequestError(403, 'forbidden', `This needs the ${needed} role; you are ${principal.role}`);
  return principal;
}

/**
 * Wrap a route handler: authenticate (`principalOf`), time and count it, map every error to the one error body,
 * never leak internals. `name` is the route pattern (bounded cardinality for metrics), not the concrete path.
 */
export function route<P extends Params = Record<string, never>>(name: string, handler: Handler<P>, options: RouteOptions = {}) {
  return wrap<P>(name, async (req, params) => handler(req, params, await principalOf(req, options)));
}

/** `route()` without authentication: only for the login endpoint (it is how a principal comes to be). */
export function publicRoute<P extends Params = Record<string, never>>(name: string, handler: (req: NextRequest, params: P) => Promise<Response | object>) {
  return wrap<P>(name, handler);
}

function wrap<P extends Params>(name: string, handler: (req: NextRequest, params: P) => Promise<Response | object>) {
  return async (req: NextRequest, ctx: { params: Promise<P> }): Promise<Response> => {
    const m = metrics();
    const end = m.httpDuration.startTimer({ route: name, method: req.method });
    let status = 200;
    try {
      const result = await handler(req, await ctx.params);
      const res = result instanceof Response ? result : NextResponse.json(result, { headers: { 'Cache-Control': 'no-store' } });
      status = res.status;
      return res;
    } catch (e) {
      const body = toErrorBody(e);
      status = body.status;
      if (body.status >= 500 && body.kind === 'internal') logger().error({ err: e, route: name }, 'route failed');
      else logger().info({ route: name, status: body.status, kind: body.kind, msg: body.message }, 'route error');
      return NextResponse.json({ error: body }, { status: body.status, headers: { 'Cache-Control': 'no-store' } });
    } finally {
      m.httpRequests.inc({ route: name, method: req.method, status: String(status) });
      end();
    }
  };
}

/** Read search params as a plain object for zod parsing (repeated keys keep all values). */
export function searchParams(req: NextRequest): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(req.nextUrl.searchParams.keys())) {
    const all = req.nextUrl.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}
