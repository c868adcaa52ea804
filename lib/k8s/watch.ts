import 'server-only';
/**
 * Watches as async iterators: a full list first (SYNC), then changes; reconnects from the last resourceVersion
 * (bookmarks keep it fresh), relists on 410 Expired, retries transient failures with backoff (saying so once with
 * INTERRUPTED, and RESUMED when a watch connects again), and ends quietly when the signal aborts. Permanent failures (403, 404, 400...) end the iteration with a KubeError.
 */
import type { CoreV1Event, V1Pod } from '@kubernetes/client-node';
import { type Connection, streamGet } from './connection';
import { fromStatus, KubeError, toKubeError } from './errors';
import { listEvents, listPods, type ListOptions } from './reads';
import { toEventSummary, toPodSummary } from './to-summary';
import type { EventSummary, Page, PodSummary } from './types';

export type WatchUpdate<T> =
  | { type: 'SYNC'; items: T[]; resourceVersion: string }
  | { type: 'ADDED' | 'MODIFIED' | 'DELETED'; object: T; resourceVersion: string }
  /** The API server stopped answering (down, overloaded); the watch keeps retrying. */
  | { type: 'INTERRUPTED'; error: KubeError }
  /** A watch connection is open again after an interruption; changes missed meanwhile follow (or a SYNC). */
  | { type: 'RESUMED' };

export interface WatchOptions {
  signal: AbortSignal;
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  /** Start after this version instead of listing first. */
  resourceVersion?: string;
  /** Server-side length of one watch request before reconnecting (default about 5 minutes). */
  timeoutSeconds?: number;
  /** Bound on connecting and on each list call. */
  timeoutMs?: number;
}

interface RawEvent {
  type: string;
  object: { metadata?: { resourceVersion?: string }; [k: string]: unknown };
}

const TRANSIENT = new Set([429, 500, 502, 503, 504]);

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Newline-delimited JSON events of one watch connection; idles out after `idleMs` without data. */
async function* readEvents(body: ReadableStream<Uint8Array>, idleMs: number, abort: (reason: unknown) => void): AsyncGenerator<RawEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let idle = setTimeout(() => abort(new DOMException('watch idle', 'TimeoutError')), idleMs);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      clearTimeout(idle);
      idle = setTimeout(() => abort(new DOMException('watch idle', 'TimeoutError')), idleMs);
      buffer += decoder.decode(value, { stream: true });
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1);
        if (line) yield JSON.parse(line) as RawEvent;
      }
    }
  } finally {
    clearTimeout(idle);
    reader.cancel().catch(() => {});
  }
}

interface WatchSpec<T> {
  resource: string;
  path: (namespace?: string) => string;
  list: (conn: Connection, o: ListOptions) => Promise<Page<T>>;
  convert: (raw: never) => T;
}

async function listAll<T>(conn: Connection, spec: WatchSpec<T>, o: WatchOptions): Promise<Page<T>> {
  const items: T[] = [];
  let token: string | undefined;
  let resourceVersion = '';
  do {
    const p = await spec.list(conn, { namespace: o.namespace, labelSelector: o.labelSelector, fieldSelector: o.fieldSelector, limit: 500, continue: token, signal: o.signal, timeoutMs: o.timeoutMs });
    items.push(...p.items);
    // The first page's version is the snapshot the continued pages belong to.
    resourceVersion ||= p.resourceVersion;
    token = p.continue;
  } while (token);
  return { items, resourceVersion };
}

async function* watchResource<T>(conn: Connection, spec: WatchSpec<T>, o: WatchOptions): AsyncGenerator<WatchUpdate<T>> {
  const ctx = { verb: 'watch', resource: spec.resource, ...(o.namespace ? { namespace: o.namespace } : {}) };
  let rv = o.resourceVersion;
  let backoff = 500;
  let interrupted = false;
  while (!o.signal.aborted) {
    const connection = new AbortController();
    const stop = () => connection.abort(o.signal.reason);
    o.signal.addEventListener('abort', stop, { once: true });
    try {
      if (!rv) {
        const listed = await listAll(conn, spec, o);
        rv = listed.resourceVersion;
        yield { type: 'SYNC', items: listed.items, resourceVersion: rv };
      }
      const timeoutSeconds = o.timeoutSeconds ?? 290 + Math.floor(Math.random() * 20);
      const res = await streamGet(
        conn,
        spec.path(o.namespace),
        { watch: 'true', resourceVersion: rv, allowWatchBookmarks: 'true', timeoutSeconds, labelSelector: o.labelSelector, fieldSelector: o.fieldSelector },
        connection.signal,
        o.timeoutMs ?? conn.timeoutMs,
        ctx,
      );
      if (!res.body) throw new KubeError(502, 'InternalError', 'watch response had no body', ctx);
      if (interrupted) {
        interrupted = false;
        yield { type: 'RESUMED' };
      }
      for await (const ev of readEvents(res.body as ReadableStream<Uint8Array>, (timeoutSeconds + 30) * 1000, (r) => connection.abort(r))) {
        backoff = 500;
        if (ev.type === 'ERROR') throw fromStatus(500, ev.object, ctx);
        rv = ev.object.metadata?.resourceVersion ?? rv;
        if (ev.type === 'BOOKMARK') continue;
        if (ev.type === 'ADDED' || ev.type === 'MODIFIED' || ev.type === 'DELETED') {
          yield { type: ev.type, object: spec.convert(ev.object as never), resourceVersion: rv! };
        }
      }
      // A normal end (timeoutSeconds passed): reconnect from where we are.
    } catch (e) {
      if (o.signal.aborted) return;
      const err = toKubeError(e, ctx, conn.server);
      if (err.status === 410) {
        rv = undefined;
        continue;
      }
      if (!TRANSIENT.has(err.status)) throw err;
      if (!interrupted) {
        interrupted = true;
        yield { type: 'INTERRUPTED', error: err };
      }
      await sleep(backoff, o.signal);
      backoff = Math.min(backoff * 2, 30_000);
    } finally {
      o.signal.removeEventListener('abort', stop);
      connection.abort();
    }
  }
}

/** Pods of a namespace (or all), with selectors. Objects in watch events are raw JSON; the converter takes both shapes. */
export function watchPods(conn: Connection, o: WatchOptions): AsyncIterable<WatchUpdate<PodSummary>> {
  return watchResource(conn, { resource: 'pods', path: (ns) => (ns ? `/api/v1/namespaces/${encodeURIComponent(ns)}/pods` : '/api/v1/pods'), list: listPods, convert: (p: V1Pod) => toPodSummary(p) }, o);
}

export function watchEvents(conn: Connection, o: WatchOptions): AsyncIterable<WatchUpdate<EventSummary>> {
  return watchResource(conn, { resource: 'events', path: (ns) => (ns ? `/api/v1/namespaces/${encodeURIComponent(ns)}/events` : '/api/v1/events'), list: listEvents, convert: (e: CoreV1Event) => toEventSummary(e) }, o);
}
