import 'server-only';
import WebSocket from 'ws';
import type { IncomingMessage } from 'node:http';
import { tlsOptions, type HttpClient } from '@/lib/http';
import { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_MS } from '@/lib/http/types';
import { UpstreamError } from '../errors';
import type { Labels, LogEntry } from '../types';
import type { LokiTailMessage } from './api-types';
import { lokiError } from './envelope';
import { lokiTime, toNs, type LokiTime } from './params';
import { streamsToEntries } from './to-log-entries';

export interface TailOptions {
  start?: LokiTime;
  limit?: number;
  /** Seconds Loki waits for slow loggers before sending (0–5). */
  delayFor?: number;
  /** Aborting ends the iteration cleanly (no error) and closes the socket. */
  signal?: AbortSignal;
  /** Called once Loki has accepted the WebSocket (before any message): the tail is live from then on. */
  onOpen?: () => void;
}

export interface DroppedEntry {
  labels: Labels;
  /** Nanoseconds since the epoch, as a string. */
  timestamp: string;
}

export interface TailMessage {
  entries: LogEntry[];
  /** Entries Loki dropped because this client was reading too slowly. */
  dropped: DroppedEntry[];
}

// Stop reading from the socket while this many messages wait for the consumer; resume below half.
const HIGH_WATER = 256;

export function toTailMessage(msg: LokiTailMessage): TailMessage {
  return {
    entries: streamsToEntries(msg.streams),
    dropped: (msg.dropped_entries ?? []).map((d) => ({ labels: d.labels ?? {}, timestamp: toNs(String(d.timestamp)) })),
  };
}

const fail = (status: number, kind: UpstreamError['kind'], message: string, cause?: unknown) =>
  new UpstreamError({ datasource: 'loki', status, kind, message, ...(cause ? { cause } : {}) });

/**
 * Live tail over Loki's WebSocket (`/loki/api/v1/tail`), same auth, tenant and TLS as HTTP requests.
 * Yields one message per WebSocket frame; connection and protocol failures throw UpstreamError.
 */
export async function* tailLogs(http: HttpClient, query: string, opts: TailOptions = {}): AsyncGenerator<TailMessage, void, undefined> {
  const { signal } = opts;
  if (signal?.aborted) return;
  const url = http.url('/loki/api/v1/tail', {
    query,
    limit: opts.limit,
    start: lokiTime(opts.start),
    delay_for: opts.delayFor,
  });
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const where = `${url.origin}${url.pathname}`;
  const timeoutMs = http.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const ws = new WebSocket(url, {
    headers: http.headers(),
    ...tlsOptions(http.options),
    maxPayload: http.options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    perMessageDeflate: false,
    followRedirects: false,
  });

  const queue: TailMessage[] = [];
  let error: UpstreamError | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  // The first outcome wins: an abort, a refused handshake or a close each end the iteration once.
  let rejected = false;
  const finish = (e?: UpstreamError) => {
    if (ended) return;
    error = e;
    ended = true;
    notify();
  };

  const handshakeTimer = setTimeout(() => {
    finish(fail(504, 'timeout', `loki did not accept the tail connection within ${timeoutMs} ms (${where})`));
    ws.terminate();
  }, timeoutMs);
  const onAbort = () => {
    finish();
    ws.terminate();
  };
  signal?.addEventListener('abort', onAbort, { once: true });

  ws.on('open', () => {
    clearTimeout(handshakeTimer);
    if (!ended) opts.onOpen?.();
  });
  ws.on('unexpected-response', (req, res: IncomingMessage) => {
    rejected = true;
    readSmall(res).then(
      (text) => finish(lokiError(res.statusCode ?? 502, text)),
      (e) => finish(fail(502, 'upstream', `loki refused the tail connection with HTTP ${res.statusCode}`, e)),
    );
    res.on('end', () => req.destroy());
  });
  ws.on('message', (data, isBinary) => {
    if (ended) return;
    try {
      queue.push(toTailMessage(JSON.parse(isBinary ? Buffer.from(data as Buffer).toString('utf8') : String(data)) as LokiTailMessage));
    } catch (e) {
      finish(fail(502, 'upstream', 'loki sent a tail message that is not JSON', e));
      ws.terminate();
      return;
    }
    if (queue.length >= HIGH_WATER) ws.pause();
    notify();
  });
  ws.on('error', (e: Error & { code?: string }) => {
    clearTimeout(handshakeTimer);
    if (rejected) return;
    if (e.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') finish(fail(502, 'too_large', `loki sent a tail message larger than the limit (${where})`, e));
    else finish(fail(503, 'unavailable', `cannot reach loki at ${where}: ${e.message}`, e));
  });
  ws.on('close', (code, reason) => {
    clearTimeout(handshakeTimer);
    if (rejected) return;
    const text = reason.toString('utf8');
    // 1000: normal; 1005: closed without a status. Loki closes with 1011 and the error text on query errors.
    if (code === 1000 || code === 1005 || signal?.aborted) finish();
    else finish(fail(code === 1006 ? 503 : 502, code === 1006 ? 'unavailable' : 'upstream', text || `loki closed the tail connection (code ${code})`));
  });

  try {
    for (;;) {
      if (signal?.aborted) return;
      const next = queue.shift();
      if (next) {
        if (ws.isPaused && queue.length < HIGH_WATER / 2) ws.resume();
        yield next;
        continue;
      }
      if (error) throw error;
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    clearTimeout(handshakeTimer);
    signal?.removeEventListener('abort', onAbort);
    if (ws.readyState === WebSocket.OPEN) ws.close(1000);
    else if (ws.readyState === WebSocket.CONNECTING) ws.terminate();
  }
}

/** An error response body, read up to 64 KB. */
function readSmall(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= 65_536) chunks.push(c);
    });
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    res.on('error', reject);
  });
}
