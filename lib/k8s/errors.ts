/**
 * The one error every Kubernetes failure becomes: HTTP status, the Status reason, and the upstream message
 * (a 403 keeps `cannot list resource "pods" in API group "" in the namespace "shop"`). Pure: no client imports.
 */

export interface KubeErrorContext {
  verb?: string;
  resource?: string;
  namespace?: string;
}

export class KubeError extends Error {
  override readonly name = 'KubeError';
  readonly status: number;
  readonly reason: string;
  readonly verb?: string;
  readonly resource?: string;
  readonly namespace?: string;

  constructor(status: number, reason: string, message: string, ctx: KubeErrorContext = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.status = status;
    this.reason = reason;
    this.verb = ctx.verb;
    this.resource = ctx.resource;
    this.namespace = ctx.namespace;
  }
}

/** Reasons kube-apiserver uses for each code, for responses that carry no Status body. */
const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  409: 'Conflict',
  410: 'Expired',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

interface StatusBody {
  kind?: string;
  message?: string;
  reason?: string;
  code?: number;
}

function parseStatus(body: unknown): StatusBody | undefined {
  let b = body;
  if (typeof body === 'string') {
    try {
      b = JSON.parse(body);
    } catch {
      return body.trim() ? { message: body.trim().slice(0, 500) } : undefined;
    }
  }
  return b && typeof b === 'object' ? (b as StatusBody) : undefined;
}

/** From an HTTP status and a body that may be a metav1.Status (object or JSON text). */
export function fromStatus(httpStatus: number, body: unknown, ctx: KubeErrorContext = {}): KubeError {
  const s = parseStatus(body);
  const code = typeof s?.code === 'number' && s.code >= 400 ? s.code : httpStatus;
  const reason = s?.reason || REASONS[code] || 'Unknown';
  const what = [ctx.verb, ctx.resource].filter(Boolean).join(' ');
  const upstream = s?.message || `Kubernetes API answered ${code} ${reason}${what ? ` to ${what}` : ''}`;
  // Lead with what was refused in plain words; keep the API server's own sentence (it names the user) after it.
  const message = code === 403 && ctx.verb && ctx.resource ? `${refused(ctx)}: ${upstream}` : upstream;
  return new KubeError(code, reason, message, ctx);
}

/** "cannot list pods in namespace shop", "cannot get pods/log in namespace payments", "cannot list nodes". */
export function refused(ctx: KubeErrorContext): string {
  return `cannot ${ctx.verb} ${ctx.resource}${ctx.namespace ? ` in namespace ${ctx.namespace}` : ctx.resource === 'nodes' || ctx.resource === 'namespaces' ? '' : ' in any namespace'}`;
}

function errorCode(e: unknown): string | undefined {
  for (let c: unknown = e, i = 0; c && i < 5; c = (c as { cause?: unknown }).cause, i++) {
    const code = (c as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

function describe(e: unknown): string {
  const parts: string[] = [];
  for (let c: unknown = e, i = 0; c && i < 5; c = (c as { cause?: unknown }).cause, i++) {
    const m = (c as { message?: unknown }).message;
    if (typeof m === 'string' && m && !parts.includes(m)) parts.push(m);
  }
  return parts.join(': ') || String(e);
}

/**
 * Anything thrown by a call (ApiException, fetch TypeError, AbortSignal reasons, KubeError) as a KubeError.
 * `server` names the API server in network errors.
 */
export function toKubeError(e: unknown, ctx: KubeErrorContext = {}, server?: string): KubeError {
  if (e instanceof KubeError) return e;
  const err = e as { name?: string; code?: unknown; body?: unknown; statusCode?: unknown };
  if (err?.name === 'TimeoutError') return new KubeError(504, 'Timeout', `the Kubernetes API${server ? ` at ${server}` : ''} did not answer in time`, ctx, { cause: e });
  if (err?.name === 'AbortError') return new KubeError(499, 'Aborted', 'the request was cancelled', ctx, { cause: e });
  // ApiException from the generated client: numeric code and the raw body.
  if (typeof err?.code === 'number' && err.code >= 100) return fromStatus(err.code, err.body, ctx);
  if (typeof err?.statusCode === 'number') return fromStatus(err.statusCode, undefined, ctx);
  const code = errorCode(e);
  const where = server ? ` at ${server}` : '';
  return new KubeError(503, 'Unavailable', `cannot reach the Kubernetes API${where}: ${code && !describe(e).includes(code) ? `${code}: ` : ''}${describe(e)}`, ctx, { cause: e });
}
