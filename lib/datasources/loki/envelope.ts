import 'server-only';
import { parseJson, type HttpResponse } from '@/lib/http';
import { UpstreamError, errorFromResponse, kindForErrorType, type QueryPosition } from '../errors';
import type { LokiErrorEnvelope, LokiSuccess } from './api-types';

/** Where a LogQL parse error points: `parse error at line 1, col 23: syntax error: ...`. */
export function logqlErrorPosition(message: string): QueryPosition | undefined {
  const m = /parse error at line (\d+), col (\d+)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}

/** A non-2xx Loki answer as an UpstreamError: plain text (2.x, whatever its Content-Type) or JSON (3.x). */
export function lokiError(status: number, text: string): UpstreamError {
  return errorFromResponse('loki', status, text, logqlErrorPosition);
}

/**
 * The one place a Loki answer becomes data or an UpstreamError. `enveloped: false` is for the endpoints
 * that answer a bare object (buildinfo, detected_fields).
 */
export function readLokiResponse<T>(res: HttpResponse, enveloped: false): T;
export function readLokiResponse<T>(res: HttpResponse, enveloped?: true): LokiSuccess<T>;
export function readLokiResponse<T>(res: HttpResponse, enveloped = true): T | LokiSuccess<T> {
  if (res.status < 200 || res.status > 299) throw lokiError(res.status, res.text);
  const body = parseJson<LokiSuccess<T> | LokiErrorEnvelope | T | null>('loki', res.text);
  if (!body || typeof body !== 'object') {
    throw new UpstreamError({ datasource: 'loki', status: 502, kind: 'upstream', message: 'loki returned JSON that is not an object' });
  }
  const status = (body as { status?: unknown }).status;
  if (status === 'error') {
    const e = body as LokiErrorEnvelope;
    const message = e.error ?? e.message ?? 'loki reported an error';
    const position = logqlErrorPosition(message);
    throw new UpstreamError({
      datasource: 'loki',
      status: 502,
      kind: kindForErrorType(e.errorType, typeof e.code === 'number' ? e.code : 502),
      message,
      ...(position ? { position } : {}),
    });
  }
  if (!enveloped) return body as T;
  if (status !== 'success') {
    throw new UpstreamError({ datasource: 'loki', status: 502, kind: 'upstream', message: 'loki returned JSON without a status field' });
  }
  const ok = body as LokiSuccess<T>;
  return { ...ok, warnings: ok.warnings ?? [] };
}
