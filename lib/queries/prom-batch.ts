/**
 * Prometheus queries of one render batched into `/api/prometheus/batch` requests. Panels still ask one query each
 * (through react-query, with their own keys, cancellation and errors); the batcher gathers the queries asked within
 * one task and sends them together, so a 20-panel dashboard does not queue behind the browser's six connections.
 */
import { ApiError, fetchApi } from './api';
import type { PromInstantParams, PromInstantResponse, PromRangeParams, PromRangeResponse } from './types';

/** Queries per request, and the longest query string a request may carry (servers cap the request line). */
const MAX_ITEMS = 32;
const MAX_URL_CHARS = 6_000;

type Item = {
  kind: 'range' | 'instant';
  encoded: string;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  signal?: AbortSignal;
};

interface BatchAnswer {
  results: ({ ok: true; data: unknown } | { ok: false; error: { message: string; kind?: string; status?: number; datasource?: string; position?: { line: number; column: number } } })[];
}

type Fetch = typeof fetchApi;

export function createPromBatcher(fetchFn: Fetch = fetchApi) {
  let pending: Item[] = [];
  let scheduled = false;

  function flush() {
    scheduled = false;
    const items = pending.filter((i) => !i.signal?.aborted);
    pending = [];
    for (const chunk of chunks(items)) void send(chunk);
  }

  async function send(items: Item[]) {
    // The request is cancelled only when every query in it has been.
    const ctrl = new AbortController();
    const signals = items.map((i) => i.signal).filter((s): s is AbortSignal => !!s);
    if (signals.length === items.length) {
      const onAbort = () => signals.every((s) => s.aborted) && ctrl.abort();
      for (const s of signals) s.addEventListener('abort', onAbort, { once: true });
    }
    try {
      const answer = await fetchFn<BatchAnswer>('/api/prometheus/batch', { r: items.map((i) => i.encoded) }, ctrl.signal);
      items.forEach((item, n) => {
        const r = answer.results[n];
        if (!r) item.reject(new ApiError({ message: 'Malformed batch response', kind: 'bad_response', status: 502 }));
        else if (r.ok) item.resolve(r.data);
        else item.reject(new ApiError({ message: r.error.message, kind: r.error.kind ?? 'error', status: r.error.status ?? 500, datasource: r.error.datasource, position: r.error.position }));
      });
    } catch (e) {
      for (const item of items) item.reject(e);
    }
  }

  function enqueue<T>(kind: Item['kind'], params: Record<string, string | number | undefined>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const search = new URLSearchParams({ kind });
    for (const [k, v] of Object.entries(params)) if (v !== undefined) search.set(k, String(v));
    return new Promise<T>((resolve, reject) => {
      const item: Item = { kind, encoded: search.toString(), resolve: resolve as (v: unknown) => void, reject, signal };
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      pending.push(item);
      if (!scheduled) {
        scheduled = true;
        setTimeout(flush, 0);
      }
    });
  }

  return {
    range: (p: PromRangeParams, signal?: AbortSignal) => enqueue<PromRangeResponse>('range', { ...p }, signal),
    instant: (p: PromInstantParams, signal?: AbortSignal) => enqueue<PromInstantResponse>('instant', { ...p }, signal),
  };
}

/** Splits into requests of at most MAX_ITEMS queries and MAX_URL_CHARS of query string. */
function chunks(items: Item[]): Item[][] {
  const out: Item[][] = [];
  let cur: Item[] = [];
  let chars = 0;
  for (const item of items) {
    const size = encodeURIComponent(item.encoded).length + 3;
    if (cur.length && (cur.length >= MAX_ITEMS || chars + size > MAX_URL_CHARS)) {
      out.push(cur);
      cur = [];
      chars = 0;
    }
    cur.push(item);
    chars += size;
  }
  if (cur.length) out.push(cur);
  return out;
}

/** The browser's batcher. */
export const promBatch = createPromBatcher();
