import { describe, expect, it } from 'vitest';
import { SseParser } from '@/lib/logs/sse';
import { assertTailQuery } from '@/lib/logql/tail-query';
import { toErrorBody } from '@/lib/api/errors';
import { UpstreamError } from '../errors';
import type { TailMessage, TailOptions } from './tail';
import { tailEventStream } from './tail-relay';

async function readEvents(body: ReadableStream<Uint8Array>) {
  const parser = new SseParser();
  const decoder = new TextDecoder();
  const events = [];
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) events.push(...parser.push(decoder.decode(chunk, { stream: true })));
  return events.map((e) => ({ event: e.event, data: JSON.parse(e.data) as unknown }));
}

const labels = { app: 'a' };

describe('tailEventStream', () => {
  it('relays entries and dropped entries, then ends', async () => {
    let seen: TailOptions | undefined;
    const client = {
      async *tail(_q: string, opts: TailOptions = {}): AsyncGenerator<TailMessage> {
        seen = opts;
        opts.onOpen?.();
        yield { entries: [{ tsNs: '1', line: '<b>x</b>', labels, parsed: { p: '1' } }], dropped: [] };
        yield { entries: [], dropped: [{ labels, timestamp: '2' }] };
      },
    };
    const events = await readEvents(tailEventStream(client, { query: '{app="a"}', start: 5n, limit: 10, signal: new AbortController().signal }));
    expect(seen).toMatchObject({ start: 5n, limit: 10 });
    expect(events).toEqual([
      { event: 'open', data: { query: '{app="a"}' } },
      { event: 'entries', data: { entries: [{ tsNs: '1', line: '<b>x</b>', labels }], dropped: [] } },
      { event: 'entries', data: { entries: [], dropped: [{ labels, timestamp: '2' }] } },
      { event: 'end', data: {} },
    ]);
  });

  it('says open only once Loki has accepted the tail: a Loki that is down gives the error alone', async () => {
    const client = {
      // eslint-disable-next-line require-yield
      async *tail(): AsyncGenerator<TailMessage> {
        throw new UpstreamError({ datasource: 'loki', status: 503, kind: 'unavailable', message: 'cannot reach loki at http://loki: ECONNRESET' });
      },
    };
    const events = await readEvents(tailEventStream(client, { query: '{a="b"}', signal: new AbortController().signal }));
    expect(events).toEqual([{ event: 'error', data: expect.objectContaining({ status: 503, kind: 'unavailable' }) }]);
  });

  it("sends Loki's error text as an error event", async () => {
    const client = {
      // eslint-disable-next-line require-yield
      async *tail(): AsyncGenerator<TailMessage> {
        throw new UpstreamError({ datasource: 'loki', status: 400, kind: 'bad_query', message: 'max entries limit per tail exceeded' });
      },
    };
    const events = await readEvents(tailEventStream(client, { query: '{a="b"}', signal: new AbortController().signal }));
    expect(events.at(-1)).toEqual({ event: 'error', data: expect.objectContaining({ message: 'max entries limit per tail exceeded', status: 400 }) });
  });

  it('aborts the upstream when the browser goes away', async () => {
    const browser = new AbortController();
    let upstream: AbortSignal | undefined;
    const client = {
      async *tail(_q: string, opts: TailOptions = {}): AsyncGenerator<TailMessage> {
        upstream = opts.signal;
        yield { entries: [], dropped: [] };
        await new Promise<void>((resolve) => opts.signal!.addEventListener('abort', () => resolve()));
      },
    };
    const reader = tailEventStream(client, { query: '{a="b"}', signal: browser.signal }).getReader();
    await reader.read();
    await reader.read();
    expect(upstream?.aborted).toBe(false);
    browser.abort();
    expect(upstream?.aborted).toBe(true);
    await reader.cancel();
  });
});

describe('assertTailQuery', () => {
  it('refuses invalid and metric queries with a 400 and the position', () => {
    expect(() => assertTailQuery('{a="b"} |= "x"')).not.toThrow();
    let error: unknown;
    try {
      assertTailQuery('{a="b"} |= ');
    } catch (e) {
      error = e;
    }
    expect(toErrorBody(error)).toMatchObject({ status: 400, datasource: 'loki', position: { line: 1, column: 10 } });
    expect(() => assertTailQuery('rate({a="b"}[1m])')).toThrow(/log query/);
  });
});
