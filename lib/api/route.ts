import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { audit, auditDetail, auditedDatasource } from '../server/audit';
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
  return wrap<P>(name, (req) => principalOf(req, options), (req, params, principal) => handler(req, params, principal!));
}

/** `route()` without authentication: only for the login endpoint (it is how a principal comes to be). */
export function publicRoute<P extends Params = Record<string, never>>(name: string, handler: (req: NextRequest, params: P) => Promise<Response | object>) {
  return wrap<P>(name, null, (req, params) => handler(req, params));
}

/**
 * Times, counts and audits one request (every datasource read is an audit event: lib/server/audit.ts), and maps
 * every error to the one error body.
 */
function wrap<P extends Params>(
  name: string,
  authenticate: ((req: NextRequest) => Promise<Principal>) | null,
  handler: (req: NextRequest, params: P, principal: Principal | null) => Promise<Response | object>,
) {
  return async (req: NextRequest, ctx: { params: Promise<P> }): Promise<Response> => {
    const m = metrics();
    const end = m.httpDuration.startTimer({ route: name, method: req.method });
    let status = 200;
    const started = performance.now();
    let principal: Principal | null = null;
    let params: P | null = null;
    try {
      // Next passes no params to a route without dynamic segments.
      params = (await ctx.params) ?? ({} as P);
      principal = authenticate ? await authenticate(req) : null;
      const result = await handler(req, params, principal);
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
      const datasource = auditedDatasource(name);
      if (principal && params && datasource) {
        audit(principal, { datasource, route: name, detail: auditDetail(req, params), status, durationMs: Math.round(performance.now() - started) });
      }
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
