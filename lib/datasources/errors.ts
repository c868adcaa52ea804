/**
 * The one error every upstream client throws. Pure module (no secrets, no I/O) so the API layer's error
 * mapper and the browser can share the shape.
 */

export type Datasource = 'prometheus' | 'loki' | 'kubernetes';

export type UpstreamErrorKind =
  | 'bad_query'
  | 'not_found'
  | 'unauthorized'
  | 'forbidden'
  | 'timeout'
  | 'unavailable'
  | 'too_large'
  | 'upstream'
  | 'canceled';

/** A position in the query text, 1-based, as the upstream's parser reported it. */
export interface QueryPosition {
  line: number;
  column: number;
}

export interface UpstreamErrorInit {
  datasource: Datasource;
  /** The upstream's HTTP status, or 502 (bad gateway / invalid body), 503 (unreachable), 504 (timeout). */
  status: number;
  kind: UpstreamErrorKind;
  /** The upstream's own text where there is one; never contains request headers. */
  message: string;
  position?: QueryPosition;
  cause?: unknown;
}

export class UpstreamError extends Error {
  readonly datasource: Datasource;
  readonly status: number;
  readonly kind: UpstreamErrorKind;
  readonly position?: QueryPosition;

  constructor(init: UpstreamErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'UpstreamError';
    this.datasource = init.datasource;
    this.status = init.status;
    this.kind = init.kind;
    if (init.position) this.position = init.position;
  }

  toJSON(): Omit<UpstreamErrorInit, 'cause'> {
    return {
      datasource: this.datasource,
      status: this.status,
      kind: this.kind,
      message: this.message,
      ...(this.position ? { position: this.position } : {}),
    };
  }
}

export function isUpstreamError(e: unknown): e is UpstreamError {
  return e instanceof UpstreamError;
}

/** The kind an HTTP status means when the body names none. */
export function kindForStatus(status: number): UpstreamErrorKind {
  if (status === 400 || status === 422) return 'bad_query';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 408 || status === 504) return 'timeout';
  if (status === 413) return 'too_large';
  // 499 is the status Loki (and nginx) use for a request its client gave up on.
  if (status === 499) return 'canceled';
  if (status === 429 || status === 503) return 'unavailable';
  return 'upstream';
}

/** Prometheus' (and Loki 3's JSON) `errorType` values, see prometheus/web/api/v1/api.go. */
export function kindForErrorType(errorType: string | undefined, status: number): UpstreamErrorKind {
  switch (errorType) {
    case 'bad_data':
    case 'execution':
      return 'bad_query';
    case 'timeout':
      return 'timeout';
    case 'canceled':
      return 'canceled';
    case 'unavailable':
      return 'unavailable';
    case 'not_found':
      return 'not_found';
    case 'internal':
    case 'bad_response':
      return 'upstream';
    default:
      return kindForStatus(status);
  }
}

const MAX_MESSAGE_CHARS = 2000;

export interface ErrorBody {
  message: string;
  errorType?: string;
}

/**
 * Read an error body by its shape, never by its Content-Type: Loki 2.x labels plain text as
 * `application/json`, Loki 3.x and Prometheus send `{"status":"error","errorType","error"}`, some Loki 3
 * paths send `{"code","status","message"}`, and proxies send HTML.
 */
export function readErrorBody(text: string, status: number): ErrorBody {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const json = JSON.parse(trimmed) as Record<string, unknown>;
      const message = typeof json.error === 'string' ? json.error : typeof json.message === 'string' ? json.message : undefined;
      if (message !== undefined) {
        return { message: clip(message), ...(typeof json.errorType === 'string' ? { errorType: json.errorType } : {}) };
      }
    } catch {
      // Not JSON after all: fall through to plain text.
    }
  }
  if (/^<(!doctype|html)/i.test(trimmed)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(trimmed)?.[1]?.trim();
    const plain = title || trimmed.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    return { message: clip(plain || `HTTP ${status}`) };
  }
  return { message: clip(trimmed || `HTTP ${status} with an empty body`) };
}

function clip(s: string): string {
  return s.length > MAX_MESSAGE_CHARS ? `${s.slice(0, MAX_MESSAGE_CHARS)}…` : s;
}

/** An UpstreamError for a non-2xx response, with the upstream's text verbatim. */
export function errorFromResponse(
  datasource: Datasource,
  status: number,
  text: string,
  findPosition?: (message: string) => QueryPosition | undefined,
): UpstreamError {
  const body = readErrorBody(text, status);
  const position = findPosition?.(body.message);
  return new UpstreamError({
    datasource,
    status,
    kind: kindForErrorType(body.errorType, status),
    message: body.message,
    ...(position ? { position } : {}),
  });
}
