import 'server-only';
import { UpstreamError, errorFromResponse, kindForErrorType, type QueryPosition } from '../errors';
import { parseJson } from '@/lib/http';
import type { HttpResponse } from '@/lib/http';
import type { Notices } from '../types';
import type { PromEnvelope } from './api-types';

/**
 * Where a PromQL parse error points. Prometheus ≥ 2.17 (and 3.x) writes `1:66: parse error: ...`
 * (line:column); older servers wrote `parse error at char 64: ...` (a single-line offset).
 */
export function promqlErrorPosition(message: string): QueryPosition | undefined {
  const lineCol = /(?:^|[\s:"])(\d+):(\d+): parse error/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const char = /parse error at char (\d+)/.exec(message);
  if (char) return { line: 1, column: Number(char[1]) };
  return undefined;
}

export interface PromData<T> extends Notices {
  data: T;
}

/**
 * The one place a Prometheus answer becomes data or an UpstreamError: plain-text 5xx from proxies,
 * `status:"error"` envelopes (with any HTTP status), invalid JSON and missing data.
 */
export function readPromResponse<T>(res: HttpResponse): PromData<T> {
  if (res.status < 200 || res.status > 299) {
    throw errorFromResponse('prometheus', res.status, res.text, promqlErrorPosition);
  }
  const body = parseJson<PromEnvelope<T> | null>('prometheus', res.text);
  if (!body || typeof body !== 'object' || (body.status !== 'success' && body.status !== 'error')) {
    throw new UpstreamError({ datasource: 'prometheus', status: 502, kind: 'upstream', message: 'prometheus returned JSON without a status field' });
  }
  if (body.status === 'error') {
    const position = promqlErrorPosition(body.error ?? '');
    throw new UpstreamError({
      datasource: 'prometheus',
      status: 502,
      kind: kindForErrorType(body.errorType, 502),
      message: body.error || `prometheus reported an error of type ${body.errorType}`,
      ...(position ? { position } : {}),
    });
  }
  return { data: body.data, warnings: body.warnings ?? [], infos: body.infos ?? [] };
}
