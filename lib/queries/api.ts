/** The one place where the browser talks HTTP to Lantern's /api routes and turns failures into `ApiError`. */
import { NDJSON_TYPE, readNdjson } from '@/lib/api/ndjson';

export interface ErrorPosition {
  line: number;
  column: number;
}

/** A failed /api call: the server's message, or a readable one for network and malformed responses. */
export class ApiError extends Error {
  readonly kind: string;
  readonly status: number;
  readonly datasource?: string;
  readonly position?: ErrorPosition;

  constructor(init: { message: string; kind: string; status: number; datasource?: string; position?: ErrorPosition }) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.datasource = init.datasource;
    this.position = init.position;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

export type ParamValue = string | number | boolean | null | undefined | readonly (string | number)[];

export function apiBasePath(): string {
  return process.env.NEXT_PUBLIC_BASE_PATH ?? '';
}

/** `/api/...` path plus query string, prefixed with the deployment's base path. Undefined and null params are dropped. */
export function apiUrl(path: string, params: Record<string, ParamValue> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const v of value) search.append(key, String(v));
    else search.set(key, String(value));
  }
  const qs = search.toString();
  return `${apiBasePath()}${path}${qs ? `?${qs}` : ''}`;
}

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * GETs a Lantern API route and returns its JSON body. Throws `ApiError` for non-2xx (using the route's
 * `{ error: {...} }` body when there is one), network failures and non-JSON bodies. Aborts rethrow as-is so that
 * react-query recognises cancellation.
 */
export async function fetchApi<T>(
  path: string,
  params: Record<string, ParamValue> = {},
  signal?: AbortSignal,
  fetchFn: FetchLike = (input, init) => fetch(input, init),
): Promise<T> {
  const res = await send(path, params, signal, fetchFn, 'application/json');
  const text = await res.text();
  const body = parseJson(text);
  if (!res.ok) throw failure(res, body, text);
  if (body === undefined) {
    throw new ApiError({ message: `Malformed response from ${path}: not JSON`, kind: 'bad_response', status: res.status });
  }
  return body as T;
}

/**
 * GETs a route that answers big results as NDJSON (lib/api/ndjson.ts): a head line, then one item per line, parsed
 * as the body arrives and in slices that leave the main thread free. Errors as `fetchApi`.
 */
export async function fetchApiNdjson<H, T>(
  path: string,
  params: Record<string, ParamValue> = {},
  signal?: AbortSignal,
  fetchFn: FetchLike = (input, init) => fetch(input, init),
): Promise<{ head: H; items: T[] }> {
  const res = await send(path, params, signal, fetchFn, `${NDJSON_TYPE}, application/json;q=0.5`);
  if (!res.ok) {
    const text = await res.text();
    throw failure(res, parseJson(text), text);
  }
  if (!res.body || !(res.headers.get('content-type') ?? '').startsWith(NDJSON_TYPE)) {
    throw new ApiError({ message: `Malformed response from ${path}: expected ${NDJSON_TYPE}`, kind: 'bad_response', status: res.status });
  }
  try {
    return await readNdjson<H, T>(res.body);
  } catch (e) {
    if (signal?.aborted || (e instanceof DOMException && e.name === 'AbortError')) throw e;
    if (e instanceof SyntaxError) throw new ApiError({ message: `Malformed response from ${path}: ${e.message}`, kind: 'bad_response', status: res.status });
    throw new ApiError({ message: `Network error: ${errorText(e)}`, kind: 'network', status: 0 });
  }
}

async function send(path: string, params: Record<string, ParamValue>, signal: AbortSignal | undefined, fetchFn: FetchLike, accept: string): Promise<Response> {
  try {
    return await fetchFn(apiUrl(path, params), { method: 'GET', headers: { accept }, signal });
  } catch (e) {
    if (signal?.aborted || (e instanceof DOMException && e.name === 'AbortError')) throw e;
    throw new ApiError({ message: `Network error: ${errorText(e)}`, kind: 'network', status: 0 });
  }
}

function failure(res: Response, body: unknown, text: string): ApiError {
  const error = errorFromBody(res, body, text);
  if (error.kind === 'unauthenticated') toSignIn();
  return error;
}

/** The session ended (expired, signed out elsewhere, user disabled): back to the sign-in page, then here again. */
function toSignIn(): void {
  if (typeof window === 'undefined') return;
  const base = apiBasePath();
  const here = window.location.pathname.slice(base.length) + window.location.search;
  window.location.assign(`${base}/login?next=${encodeURIComponent(here || '/')}`);
}

/** Any writing method through `fetchApi`; a 204 answer (delete) becomes `{}` so that "no body" is not "malformed". */
export function sendApi<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  return fetchApi<T>(path, {}, undefined, async (input, init) => {
    const res = await fetch(input, {
      ...init,
      method,
      ...(body === undefined ? {} : { headers: { ...init?.headers, 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    return res.status === 204 ? new Response('{}', { status: 200 }) : res;
  });
}

function errorFromBody(res: Response, body: unknown, text: string): ApiError {
  const err = (body as { error?: unknown } | undefined)?.error;
  if (err && typeof err === 'object' && typeof (err as { message?: unknown }).message === 'string') {
    const e = err as { message: string; kind?: unknown; status?: unknown; datasource?: unknown; position?: unknown };
    const pos = e.position as Partial<ErrorPosition> | undefined;
    return new ApiError({
      message: e.message,
      kind: typeof e.kind === 'string' ? e.kind : 'error',
      status: typeof e.status === 'number' ? e.status : res.status,
      datasource: typeof e.datasource === 'string' ? e.datasource : undefined,
      position:
        pos && typeof pos.line === 'number' && typeof pos.column === 'number'
          ? { line: pos.line, column: pos.column }
          : undefined,
    });
  }
  // A proxy or the platform answered instead of our route: show its status and the start of its text.
  const snippet = text.trim().slice(0, 200);
  return new ApiError({
    message: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}${snippet ? `: ${snippet}` : ''}`,
    kind: 'http',
    status: res.status,
  });
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
