import 'server-only';
/**
 * Server-sent events from an async iterable: one `event:`/`data:` block per item, a comment every 15 s so proxies
 * keep the connection open, and a final `failure` event carrying the one error body when the source throws.
 * The stream ends (and the source is released) when the client goes away.
 */
import { toErrorBody } from '../api/errors';

export interface SseMessage {
  event: string;
  data: unknown;
}

const HEARTBEAT_MS = 15_000;

export function sseResponse(source: (signal: AbortSignal) => AsyncIterable<SseMessage>, clientSignal: AbortSignal): Response {
  const stop = new AbortController();
  const signal = AbortSignal.any([clientSignal, stop.signal]);
  const encoder = new TextEncoder();
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        if (!signal.aborted) controller.enqueue(encoder.encode(text));
      };
      heartbeat = setInterval(() => send(': keep-alive\n\n'), HEARTBEAT_MS);
      send(': connected\n\n');
      try {
        for await (const m of source(signal)) send(formatSse(m));
      } catch (e) {
        if (!signal.aborted) send(formatSse({ event: 'failure', data: toErrorBody(e) }));
      } finally {
        clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          // already closed by a cancel
        }
      }
    },
    cancel() {
      clearInterval(heartbeat);
      stop.abort();
    },
  });
  return new Response(body, {
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no', Connection: 'keep-alive' },
  });
}

/** One SSE block; data is JSON on a single line (JSON.stringify never emits raw newlines). */
export function formatSse(m: SseMessage): string {
  return `event: ${m.event}\ndata: ${JSON.stringify(m.data)}\n\n`;
}
