import { SseParser } from '@/lib/logs/sse';
import { ApiError } from '../api';
import { apiErrorFrom, tailUrl, type TailEvent, type TailParams } from './client';

/**
 * Reads /api/loki/tail as events until the server ends the stream (returns), an error arrives (throws ApiError with
 * Loki's text) or `signal` aborts (returns). Fetch rather than EventSource: errors keep their body, and reconnecting
 * is the caller's (use-live-tail resumes from the last line, without duplicates).
 */
export async function* readTail(params: TailParams, signal: AbortSignal): AsyncGenerator<TailEvent> {
  let res: Response;
  try {
    res = await fetch(tailUrl(params), { headers: { accept: 'text/event-stream' }, signal, cache: 'no-store' });
  } catch (e) {
    if (signal.aborted) return;
    throw new ApiError({ message: `Network error: ${e instanceof Error ? e.message : String(e)}`, kind: 'network', status: 0 });
  }
  if (!res.ok || !res.body) {
    const text = await res.text().catch(() => '');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = { message: `HTTP ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}` };
    }
    throw apiErrorFrom(body, res.status);
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new SseParser();
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<string>;
      try {
        chunk = await reader.read();
      } catch (e) {
        if (signal.aborted) return;
        throw new ApiError({ message: `tail connection lost: ${e instanceof Error ? e.message : String(e)}`, kind: 'network', status: 0 });
      }
      if (chunk.done) throw new ApiError({ message: 'tail connection closed by the server', kind: 'network', status: 0 });
      for (const event of parser.push(chunk.value)) {
        const data = JSON.parse(event.data) as Record<string, unknown>;
        if (event.event === 'error') throw apiErrorFrom(data, 502);
        if (event.event === 'open') yield { type: 'open' };
        else if (event.event === 'end') {
          yield { type: 'end' };
          return;
        } else if (event.event === 'entries') {
          yield { type: 'entries', entries: data.entries as never, dropped: (data.dropped as never) ?? [] };
        }
      }
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}
