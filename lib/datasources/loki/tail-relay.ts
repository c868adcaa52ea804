import 'server-only';
import { toErrorBody } from '@/lib/api/errors';
import { SSE_PING, encodeSse } from '@/lib/logs/sse';
import type { LokiClient } from './client';

export interface TailRelayOptions {
  query: string;
  /** ns since the epoch: resume after a reconnect from the last line received. */
  start?: bigint;
  limit?: number;
  delayFor?: number;
  /** The browser's request: its abort closes the upstream socket. */
  signal: AbortSignal;
  pingMs?: number;
}

/**
 * Loki's tail WebSocket as a Server-Sent Events body. Events: `open` (Loki accepted the tail: sent only then, so a
 * browser reconnecting to a Loki that is down never sees it live, and its backoff keeps growing), `entries`
 * (`{ entries, dropped }`, entries as the browser's LogEntry), `error` (the one API error body, then the stream ends)
 * and `end` (Loki closed normally).
 * The upstream socket closes when the browser goes away (request aborted or body cancelled).
 */
export function tailEventStream(client: Pick<LokiClient, 'tail'>, options: TailRelayOptions): ReadableStream<Uint8Array> {
  const upstream = new AbortController();
  const stop = () => upstream.abort();
  options.signal.addEventListener('abort', stop, { once: true });
  const encoder = new TextEncoder();
  let ping: ReturnType<typeof setInterval> | undefined;

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        if (!upstream.signal.aborted) controller.enqueue(encoder.encode(text));
      };
      ping = setInterval(() => send(SSE_PING), options.pingMs ?? 15_000);
      // The response headers go out now; the stream's first bytes (a comment) let the browser see it started.
      send(SSE_PING);
      try {
        const messages = client.tail(options.query, {
          start: options.start,
          limit: options.limit,
          delayFor: options.delayFor,
          signal: upstream.signal,
          onOpen: () => send(encodeSse('open', { query: options.query })),
        });
        for await (const m of messages) {
          send(
            encodeSse('entries', {
              entries: m.entries.map(({ tsNs, line, labels }) => ({ tsNs, line, labels })),
              dropped: m.dropped,
            }),
          );
        }
        send(encodeSse('end', {}));
      } catch (e) {
        send(encodeSse('error', toErrorBody(e)));
      } finally {
        clearInterval(ping);
        options.signal.removeEventListener('abort', stop);
        if (!upstream.signal.aborted) controller.close();
      }
    },
    cancel() {
      clearInterval(ping);
      stop();
    },
  });
}
