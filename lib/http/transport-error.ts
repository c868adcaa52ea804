import 'server-only';
import { UpstreamError, type Datasource } from '@/lib/datasources/errors';
import { BodyTooLargeError } from './read-body';

export interface FailureContext {
  datasource: Datasource;
  /** Origin and path only: never the query string's secrets or any header. */
  where: string;
  timeoutMs: number;
  callerSignal?: AbortSignal;
  timeoutSignal: AbortSignal;
}

/** Map whatever fetch or the body reader threw to an UpstreamError. */
export function transportError(e: unknown, ctx: FailureContext): UpstreamError {
  if (e instanceof UpstreamError) return e;
  const { datasource } = ctx;
  // The caller's abort wins over a timeout that fired in the same tick: the caller no longer waits.
  if (ctx.callerSignal?.aborted) {
    return new UpstreamError({ datasource, status: 499, kind: 'canceled', message: `request to ${datasource} was canceled`, cause: e });
  }
  if (ctx.timeoutSignal.aborted) {
    return new UpstreamError({
      datasource,
      status: 504,
      kind: 'timeout',
      message: `${datasource} did not answer within ${formatMs(ctx.timeoutMs)} (${ctx.where})`,
      cause: e,
    });
  }
  if (e instanceof BodyTooLargeError) {
    return new UpstreamError({ datasource, status: 502, kind: 'too_large', message: `${datasource} ${e.message} (${ctx.where})` });
  }
  const cause = rootCause(e);
  const code = (cause as { code?: unknown } | undefined)?.code;
  const detail = cause instanceof Error ? cause.message : String(cause ?? e);
  if (typeof code === 'string' && code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new UpstreamError({ datasource, status: 504, kind: 'timeout', message: `cannot reach ${datasource} at ${ctx.where}: ${detail}`, cause: e });
  }
  return new UpstreamError({
    datasource,
    status: 503,
    kind: 'unavailable',
    message: `cannot reach ${datasource} at ${ctx.where}: ${detail}`,
    cause: e,
  });
}

function rootCause(e: unknown): unknown {
  let current = e;
  // undici wraps the socket error: TypeError('fetch failed', { cause: Error('connect ECONNREFUSED ...') }).
  for (let i = 0; i < 5 && current instanceof Error && current.cause !== undefined; i++) current = current.cause;
  return current;
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
