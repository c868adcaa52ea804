import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { freePort, startStub, type CapturedRequest, type Stub } from '@/lib/http/testing/stub-server';
import { TEST_CERT, TEST_KEY } from '@/lib/http/testing/tls-fixture';
import { UpstreamError } from '../errors';
import { createLokiClient } from './client';
import type { TailMessage } from './tail';

let stub: Stub | undefined;
let wss: WebSocketServer | undefined;
afterEach(async () => {
  wss?.close();
  await stub?.close();
  stub = wss = undefined;
});

const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('expected an UpstreamError'), (e: unknown) => e as UpstreamError);
const json = (body: unknown, status = 200) => ({ status, body: JSON.stringify(body), type: 'application/json' });
type Route = { status: number; body: string; type: string };

async function serve(routes: Record<string, Route>) {
  stub = await startStub((req, res) => {
    const r = routes[new URL(req.url ?? '/', 'http://x').pathname] ?? { status: 404, body: '404 page not found\n', type: 'text/plain' };
    res.writeHead(r.status, { 'Content-Type': r.type }).end(r.body);
  });
  return stub;
}

describe('loki errors', () => {
  it('reads Loki 3 JSON errors of both shapes, keeping the text and the LogQL position', async () => {
    const s = await serve({
      '/loki/api/v1/query_range': json({ status: 'error', errorType: 'bad_data', error: 'parse error at line 2, col 5: syntax error: unexpected IDENTIFIER' }, 400),
      '/loki/api/v1/labels': json({ code: 429, status: 'error', message: 'too many outstanding requests' }, 429),
    });
    const loki = createLokiClient({ url: s.url });
    expect((await failure(loki.queryRange('{a="b"}\n| x', 0, 1))).toJSON()).toEqual({
      datasource: 'loki',
      status: 400,
      kind: 'bad_query',
      message: 'parse error at line 2, col 5: syntax error: unexpected IDENTIFIER',
      position: { line: 2, column: 5 },
    });
    expect((await failure(loki.labels(0, 1))).toJSON()).toEqual({ datasource: 'loki', status: 429, kind: 'unavailable', message: 'too many outstanding requests' });
  });

  it('reads 5xx plain text verbatim', async () => {
    const s = await serve({ '/loki/api/v1/query': { status: 500, type: 'application/json; charset=UTF-8', body: 'rpc error: code = Unavailable desc = ingester down\n' } });
    const e = await failure(createLokiClient({ url: s.url }).query('sum(rate({a="b"}[1m]))'));
    expect(e.toJSON()).toEqual({ datasource: 'loki', status: 500, kind: 'upstream', message: 'rpc error: code = Unavailable desc = ingester down' });
  });
});

describe('loki results', () => {
  it('keeps Loki 3 structured metadata and parsed labels apart from stream labels', async () => {
    const s = await serve({
      '/loki/api/v1/query_range': json({
        status: 'success',
        data: {
          resultType: 'streams',
          result: [
            {
              stream: { app: 'a' },
              values: [
                ['1795304849325036376', 'one', { structuredMetadata: { trace_id: 't1' }, parsed: { level: 'info' } }],
                ['1795304849325036377', 'two', { trace_id: 't2' }],
                ['1795304849325036378', 'three'],
              ],
            },
          ],
        },
      }),
    });
    const r = await createLokiClient({ url: s.url }).queryRange('{app="a"}', 0n, 1795304849325036379n, { direction: 'forward' });
    expect(s.requests[0].params).toContainEqual(['end', '1795304849325036379']);
    expect(r.data).toEqual({
      resultType: 'streams',
      entries: [
        { tsNs: '1795304849325036376', line: 'one', labels: { app: 'a' }, metadata: { trace_id: 't1' }, parsed: { level: 'info' } },
        { tsNs: '1795304849325036377', line: 'two', labels: { app: 'a' }, metadata: { trace_id: 't2' } },
        { tsNs: '1795304849325036378', line: 'three', labels: { app: 'a' } },
      ],
    });
  });
});

describe('loki capabilities (Loki 3.x endpoints)', () => {
  it('on a 2.7-like server (404 for the 3.x routes) reports none and refuses the calls with not_found', async () => {
    const s = await serve({ '/loki/api/v1/status/buildinfo': json({ version: '2.7.5', revision: '', branch: '', buildUser: '', buildDate: '', goVersion: '' }) });
    const loki = createLokiClient({ url: s.url });
    expect(await loki.capabilities()).toEqual({ volume: false, detectedFields: false, patterns: false, version: '2.7.5' });
    const probes = s.requests.length;
    await loki.capabilities();
    expect(s.requests.length).toBe(probes); // cached
    const e = await failure(loki.volume('{a="b"}', 0, 1));
    expect(e.toJSON()).toMatchObject({ datasource: 'loki', status: 404, kind: 'not_found' });
    expect(e.message).toContain('/loki/api/v1/index/volume');
    expect((await failure(loki.patterns('{a="b"}', 0, 1))).kind).toBe('not_found');
    expect((await failure(loki.detectedFields('{a="b"}', 0, 1))).kind).toBe('not_found');
    expect(s.requests.length).toBe(probes); // refused without asking Loki
  });

  it('on a 3.x-like server detects the endpoints and converts their answers', async () => {
    const s = await serve({
      '/loki/api/v1/status/buildinfo': json({ version: '3.4.2', revision: 'abc', branch: 'HEAD', buildUser: '', buildDate: '', goVersion: 'go1.23' }),
      '/loki/api/v1/index/volume': json({ status: 'success', data: { resultType: 'vector', result: [{ metric: { namespace: 'shop' }, value: [1795304945, '123456'] }] } }),
      '/loki/api/v1/index/volume_range': json({ status: 'success', data: { resultType: 'matrix', result: [{ metric: { namespace: 'shop' }, values: [[1795304940, '10'], [1795305000, '20']] }] } }),
      '/loki/api/v1/detected_fields': json({ fields: [{ label: 'level', type: 'string', cardinality: 3, parsers: ['logfmt'] }, { label: 'latency_ms', type: 'int', cardinality: 90, parsers: null }], limit: 1000 }),
      '/loki/api/v1/patterns': json({ status: 'success', data: [{ pattern: 'GET <_> 200', samples: [[1711839260, 1], [1711839270, 2]] }] }),
    });
    const loki = createLokiClient({ url: s.url, headers: { 'X-Scope-OrgID': 'team-a' } });
    expect(await loki.capabilities()).toEqual({ volume: true, detectedFields: true, patterns: true, version: '3.4.2' });
    expect(s.requests.every((r) => r.headers['x-scope-orgid'] === 'team-a')).toBe(true);

    expect(await loki.volume('{namespace=~".+"}', 1795304045000, 1795304945000, { targetLabels: ['namespace', 'app'], aggregateBy: 'labels', limit: 10 })).toEqual([
      { labels: { namespace: 'shop' }, tsMs: 1795304945000, value: 123456 },
    ]);
    expect(s.requests.at(-1)!.params).toEqual([
      ['query', '{namespace=~".+"}'],
      ['start', '1795304045000000000'],
      ['end', '1795304945000000000'],
      ['limit', '10'],
      ['targetLabels', 'namespace,app'],
      ['aggregateBy', 'labels'],
    ]);
    expect(await loki.volumeRange('{namespace="shop"}', 0, 1, { step: '1m' })).toEqual([
      { labels: { namespace: 'shop' }, points: [[1795304940000, 10], [1795305000000, 20]] },
    ]);
    expect(await loki.detectedFields('{a="b"}', 0, 1, { lineLimit: 500 })).toEqual([
      { label: 'level', type: 'string', cardinality: 3, parsers: ['logfmt'] },
      { label: 'latency_ms', type: 'int', cardinality: 90, parsers: [] },
    ]);
    expect(s.requests.at(-1)!.params).toContainEqual(['line_limit', '500']);
    expect(await loki.patterns('{a="b"}', 0, 1)).toEqual([{ pattern: 'GET <_> 200', points: [[1711839260000, 1], [1711839270000, 2]] }]);
  });

  it('counts a 400 from a probe as present, and does not cache an unreachable Loki', async () => {
    const s = await serve({
      '/loki/api/v1/index/volume': { status: 400, type: 'text/plain', body: 'invalid query' },
      '/loki/api/v1/patterns': { status: 400, type: 'text/plain', body: 'invalid query' },
    });
    expect(await createLokiClient({ url: s.url }).capabilities()).toEqual({ volume: true, detectedFields: false, patterns: true, version: '' });

    const port = await freePort();
    const down = createLokiClient({ url: `http://127.0.0.1:${port}` });
    expect((await failure(down.capabilities())).kind).toBe('unavailable');
  });
});

describe('loki tail', () => {
  async function tailServer(onConnection: (socket: WebSocket, req: CapturedRequest) => void) {
    stub = await startStub((_req, res) => res.writeHead(404).end());
    wss = new WebSocketServer({ server: stub.server });
    wss.on('connection', (socket, req) => {
      const u = new URL(req.url ?? '/', 'http://x');
      onConnection(socket, { method: 'GET', path: u.pathname, params: [...u.searchParams.entries()], headers: req.headers });
    });
    return stub;
  }

  it('yields entries and dropped entries with auth and tenant headers, and ends on a normal close', async () => {
    let seen: CapturedRequest | undefined;
    const s = await tailServer((socket, req) => {
      seen = req;
      socket.send(JSON.stringify({ streams: [{ stream: { app: 'cart' }, values: [['1795304940867444824', 'hello']] }] }));
      socket.send(
        JSON.stringify({
          streams: [],
          dropped_entries: [
            { labels: { app: 'cart' }, timestamp: '1795304941000000001' },
            { labels: { app: 'web' }, timestamp: '2026-11-21T23:49:01.000000002Z' },
          ],
        }),
      );
      socket.close(1000);
    });
    const loki = createLokiClient({ url: s.url, bearerToken: 'tok', headers: { 'X-Scope-OrgID': 'team-a' } });
    const messages: (TailMessage | 'open')[] = [];
    for await (const m of loki.tail('{app="cart"}', { delayFor: 2, limit: 50, onOpen: () => messages.push('open') })) messages.push(m);
    expect(seen?.path).toBe('/loki/api/v1/tail');
    expect(seen?.params).toEqual([['query', '{app="cart"}'], ['limit', '50'], ['delay_for', '2']]);
    expect(seen?.headers.authorization).toBe('Bearer tok');
    expect(seen?.headers['x-scope-orgid']).toBe('team-a');
    expect(messages).toEqual([
      'open',
      { entries: [{ tsNs: '1795304940867444824', line: 'hello', labels: { app: 'cart' } }], dropped: [] },
      {
        entries: [],
        dropped: [
          { labels: { app: 'cart' }, timestamp: '1795304941000000001' },
          { labels: { app: 'web' }, timestamp: '1795304941000000002' },
        ],
      },
    ]);
  });

  it('ends cleanly when the caller aborts, and closes the socket', async () => {
    let closed!: Promise<number>;
    const s = await tailServer((socket) => {
      closed = new Promise((r) => socket.on('close', (code) => r(code)));
      socket.send(JSON.stringify({ streams: [{ stream: { a: 'b' }, values: [['1', 'x']] }] }));
    });
    const ac = new AbortController();
    const got: TailMessage[] = [];
    for await (const m of createLokiClient({ url: s.url }).tail('{a="b"}', { signal: ac.signal })) {
      got.push(m);
      ac.abort();
    }
    expect(got).toHaveLength(1);
    expect(typeof (await closed)).toBe('number');
  });

  it('turns a refused upgrade into the upstream error (LogQL position kept)', async () => {
    stub = await startStub((_req, res) => res.writeHead(400, { 'Content-Type': 'application/json; charset=UTF-8' }).end('parse error at line 1, col 3: syntax error'));
    const e = await failure(collect(createLokiClient({ url: stub.url }).tail('{a')));
    expect(e.toJSON()).toEqual({ datasource: 'loki', status: 400, kind: 'bad_query', message: 'parse error at line 1, col 3: syntax error', position: { line: 1, column: 3 } });
  });

  it('turns a server close with an error into an UpstreamError, and a refused connection into unavailable', async () => {
    const s = await tailServer((socket) => socket.close(1011, 'max concurrent tail requests limit exceeded'));
    const e = await failure(collect(createLokiClient({ url: s.url }).tail('{a="b"}')));
    expect(e.toJSON()).toEqual({ datasource: 'loki', status: 502, kind: 'upstream', message: 'max concurrent tail requests limit exceeded' });

    const port = await freePort();
    let opened = false;
    const refused = createLokiClient({ url: `http://127.0.0.1:${port}` }).tail('{a="b"}', { onOpen: () => (opened = true) });
    expect((await failure(collect(refused))).toJSON()).toMatchObject({
      status: 503,
      kind: 'unavailable',
    });
    expect(opened).toBe(false);
  });
});

describe('loki tail over TLS and timeouts', () => {
  let server: https.Server | undefined;
  afterEach(() => server?.close());

  it('connects with wss:// and the configured CA', async () => {
    server = https.createServer({ cert: TEST_CERT, key: TEST_KEY });
    const tls = new WebSocketServer({ server });
    tls.on('connection', (socket) => {
      socket.send(JSON.stringify({ streams: [{ stream: { a: 'b' }, values: [['7', 'secure']] }] }));
      socket.close(1000);
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const got = await collect(createLokiClient({ url, ca: TEST_CERT }).tail('{a="b"}'));
    expect(got[0].entries[0].line).toBe('secure');
    expect((await failure(collect(createLokiClient({ url }).tail('{a="b"}')))).kind).toBe('unavailable');
    tls.close();
  });

  it('times out an upgrade that is never answered', async () => {
    stub = await startStub(() => undefined);
    const held: Duplex[] = [];
    stub.server.on('upgrade', (_req, socket: Duplex) => held.push(socket));
    const t0 = Date.now();
    const e = await failure(collect(createLokiClient({ url: stub.url, timeoutMs: 200 }).tail('{a="b"}')));
    held.forEach((socket) => socket.destroy());
    expect(e.toJSON()).toMatchObject({ status: 504, kind: 'timeout' });
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
