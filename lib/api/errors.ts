import { ZodError } from 'zod';

/** The one error body every API route returns: `{ error: { message, kind, status, datasource?, position? } }`. */
export interface ApiErrorBody {
  message: string;
  kind: string;
  status: number;
  datasource?: string;
  position?: { line: number; column: number };
}

/** An error raised by the API layer itself (bad parameters, datasource not configured). */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly kind: string,
    message: string,
    readonly datasource?: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

export const notConfigured = (datasource: 'prometheus' | 'loki' | 'kubernetes', variable: string) =>
  new RequestError(503, 'not_configured', `${datasource} is not configured: set ${variable}`, datasource);

interface Typed {
  name?: unknown;
  status?: unknown;
  kind?: unknown;
  reason?: unknown;
  datasource?: unknown;
  position?: unknown;
  message?: unknown;
}

/** Upstream statuses pass through when they describe the request; everything else is a gateway error. */
function statusFor(upstream: number, kind: string): number {
  if (kind === 'canceled') return 499;
  if (kind === 'timeout') return 504;
  if (kind === 'unavailable') return 503;
  if ([400, 401, 403, 404, 409, 410, 413, 422, 429].includes(upstream)) return upstream;
  if (upstream === 503 || upstream === 504) return upstream;
  return 502;
}

/** Map any thrown value to an error body and status, without leaking stack traces or internals. */
export function toErrorBody(e: unknown): ApiErrorBody {
  if (e instanceof ZodError) {
    const first = e.issues[0];
    return { status: 400, kind: 'bad_request', message: `${first.path.join('.') || 'request'}: ${first.message}` };
  }
  if (e instanceof RequestError) {
    return { status: e.status, kind: e.kind, message: e.message, ...(e.datasource ? { datasource: e.datasource } : {}) };
  }
  const t = (e ?? {}) as Typed;
  if (typeof t.status === 'number' && typeof t.message === 'string') {
    const kind = typeof t.kind === 'string' ? t.kind : typeof t.reason === 'string' ? t.reason : 'upstream';
    const pos = t.position as ApiErrorBody['position'] | undefined;
    return {
      status: statusFor(t.status, kind),
      kind,
      message: t.message,
      ...(typeof t.datasource === 'string' ? { datasource: t.datasource } : t.name === 'KubeError' ? { datasource: 'kubernetes' } : {}),
      ...(pos && typeof pos.line === 'number' ? { position: pos } : {}),
    };
  }
  return { status: 500, kind: 'internal', message: 'internal error (see the server log)' };
}
