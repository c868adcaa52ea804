import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { audit, auditDetail, auditedDatasource } from '../server/audit';
import { logger } from '../server/logger';
import { metrics } from '../server/metrics';
import type { Principal } from '../auth/principal';
import { toErrorBody } from './errors';

type Params = Record<string, string | string[]>;
type Handler<P extends Params> = (req: NextRequest, params: P, principal: Principal) => Promise<Response | object>;

/** Until authentication resolves who is asking, every request is the unrestricted local operator. */
async function principalOf(_req: NextRequest): Promise<Principal> {
  return { user: 'anonymous', role: 'admin', groups: [], namespaces: null, via: 'anonymous' };
}

/**
 * Wrap a route handler: time and count it, map every error to the one error body, never leak internals.
 * `name` is the route pattern (bounded cardinality for metrics), not the concrete path.
 */
export function route<P extends Params = Record<string, never>>(name: string, handler: Handler<P>) {
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
      principal = await principalOf(req);
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
