import { ZodError } from 'zod';
import { AlreadyExistsError, ConflictError, InvalidInputError, NotFoundError } from '../db/errors';

/** The one error body every API route returns: `{ error: { message, kind, status, datasource?, position? } }`. */
export interface ApiErrorBody {
  message: string;
  kind: string;
  status: number;
  datasource?: string;
  position?: { line: number; column: number };
  /** On a 409 conflict: the stored version the client should reload. */
  currentVersion?: number;
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
  const stored = storageErrorBody(e);
  if (stored) return stored;
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

const ENTITY_NAMES = { dashboard: 'Dashboard', dashboardVersion: 'Dashboard version', queryHistory: 'Query history entry' } as const;

/** The repositories' typed errors (lib/db/errors.ts): stale save, unknown key, duplicate key, bad field. */
function storageErrorBody(e: unknown): ApiErrorBody | undefined {
  if (e instanceof ConflictError) {
    return {
      status: 409,
      kind: 'conflict',
      message: `This dashboard was changed by someone else (version ${e.currentVersion}); reload it or save your edit as a copy`,
      currentVersion: e.currentVersion,
    };
  }
  if (e instanceof NotFoundError) return { status: 404, kind: 'not_found', message: `${ENTITY_NAMES[e.entity]} ${e.key} was not found` };
  if (e instanceof AlreadyExistsError) return { status: 409, kind: 'already_exists', message: `A dashboard with uid ${e.key} already exists` };
  if (e instanceof InvalidInputError) return { status: 400, kind: 'bad_request', message: e.message };
  return undefined;
}
