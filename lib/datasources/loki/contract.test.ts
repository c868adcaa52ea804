import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { capture, loadFixtures, serveFixture, sortedParams, startStub, type CapturedRequest, type RecordedFixture, type Stub } from '@/lib/http/testing/stub-server';
import { UpstreamError } from '../errors';
import { createLokiClient, type LokiClient } from './client';
import type { TailMessage } from './tail';

// Contract tests: each recorded Loki 2.7.5 answer, served as recorded (errors as plain text labelled
// application/json), must be requested exactly as recorded and parse into the expected domain values.
const fixtures = loadFixtures();
let stub: Stub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

const fixture = (name: string): RecordedFixture => {
  const f = fixtures.get(`loki/${name}`);
  if (!f) throw new Error(`fixture loki/${name} is not documented in the README`);
  return f;
};

async function withFixture(name: string): Promise<{ client: LokiClient; fixture: RecordedFixture }> {
  const f = fixture(name);
  stub = await serveFixture(f);
  return { client: createLokiClient({ url: stub.url }), fixture: f };
}

function expectRecordedRequest(f: RecordedFixture, sent: CapturedRequest | undefined = stub?.requests[0]) {
  expect(sent?.path).toBe(f.path);
  expect(sortedParams(sent!.params)).toEqual(sortedParams(f.params));
}

// The recorded window, given as epoch milliseconds the way the app holds times.
const START = 1795304045000;
const END = 1795304945000;

describe('loki client against recorded Loki 2.7.5 answers', () => {
  it('query_range_streams: entries keep ns timestamps as strings, stream labels, and Loki order', async () => {
    const { client, fixture: f } = await withFixture('query_range_streams.json');
    const r = await client.queryRange('{namespace="shop"} |= "error"', START, END, { limit: 100, direction: 'backward' });
    expectRecordedRequest(f);
    expect(r.data.resultType).toBe('streams');
    if (r.data.resultType !== 'streams') return;
    const raw = JSON.parse(f.body).data.result as { stream: Record<string, string>; values: [string, string][] }[];
    const expected = raw.flatMap((s) => s.values.map(([tsNs, line]) => ({ tsNs, line, labels: s.stream })));
    expect(r.data.entries).toEqual(expected);
    expect(r.data.entries).toHaveLength(12);
    expect(r.data.entries[0].tsNs).toBe('1795304849325036376');
    expect(typeof r.data.entries[0].tsNs).toBe('string');
    expect(r.data.entries[0].labels).toMatchObject({ pod: 'cart-nc2l8l7qcr-dsqp6', namespace: 'shop' });
    expect(r.stats?.summary?.totalEntriesReturned).toBe(100);
  });

  it('query_range_matrix: metric range query → series', async () => {
    const { client, fixture: f } = await withFixture('query_range_matrix.json');
    const r = await client.queryRange('sum by (namespace) (count_over_time({job=~".+"}[1m]))', START, END, { step: 60 });
    expectRecordedRequest(f);
    expect(r.data.resultType).toBe('matrix');
    if (r.data.resultType !== 'matrix') return;
    expect(r.data.series.map((s) => s.labels.namespace)).toEqual(['default', 'kube-system', 'monitoring']);
    expect(r.data.series[0].points).toEqual([
      [1795304040000, 75],
      [1795304100000, 97],
      [1795304160000, 80],
      [1795304220000, 71],
      [1795304280000, 90],
    ]);
  });

  it('query_vector: instant metric query with time in ns', async () => {
    const { client, fixture: f } = await withFixture('query_vector.json');
    const r = await client.query('sum by (namespace) (count_over_time({job=~".+"}[5m]))', END);
    expectRecordedRequest(f);
    expect(r.data).toEqual({
      resultType: 'vector',
      samples: [
        { labels: { namespace: 'default' }, tsMs: 1795304945000, value: 230 },
        { labels: { namespace: 'kube-system' }, tsMs: 1795304945000, value: 1162 },
        { labels: { namespace: 'monitoring' }, tsMs: 1795304945000, value: 207 },
        { labels: { namespace: 'shop' }, tsMs: 1795304945000, value: 1949 },
      ],
    });
  });

  it('labels', async () => {
    const { client, fixture: f } = await withFixture('labels.json');
    expect(await client.labels(START, END)).toEqual(['app', 'container', 'job', 'namespace', 'node', 'pod', 'stream']);
    expectRecordedRequest(f);
  });

  it('label_values_namespace', async () => {
    const { client, fixture: f } = await withFixture('label_values_namespace.json');
    expect(await client.labelValues('namespace', START, END)).toEqual(['default', 'kube-system', 'monitoring', 'shop']);
    expectRecordedRequest(f);
  });

  it('series', async () => {
    const { client, fixture: f } = await withFixture('series.json');
    const r = await client.series(['{namespace="shop"}'], START, END);
    expectRecordedRequest(f);
    expect(r).toEqual(JSON.parse(f.body).data);
    expect(r[3].pod).toBe('redis-0');
  });

  it('buildinfo (not enveloped)', async () => {
    const { client, fixture: f } = await withFixture('buildinfo.json');
    expect(await client.buildInfo()).toEqual({ version: '', revision: '', branch: '', buildUser: '', buildDate: '', goVersion: '' });
    expectRecordedRequest(f);
  });

  it('error_syntax: plain text labelled JSON → bad_query, verbatim, with line and column', async () => {
    const { client, fixture: f } = await withFixture('error_syntax.txt');
    const e = (await client.queryRange('{namespace="shop"} |= ', START, END).catch((x: unknown) => x)) as UpstreamError;
    expectRecordedRequest(f);
    expect(e).toBeInstanceOf(UpstreamError);
    expect(e.toJSON()).toEqual({
      datasource: 'loki',
      status: 400,
      kind: 'bad_query',
      message: 'parse error at line 1, col 23: syntax error: unexpected $end, expecting STRING or ip',
      position: { line: 1, column: 23 },
    });
  });

  it('error_max_entries_limit: bad_query with the verbatim text', async () => {
    const { client, fixture: f } = await withFixture('error_max_entries_limit.txt');
    const e = (await client.queryRange('{namespace="shop"}', START, END, { limit: 6000 }).catch((x: unknown) => x)) as UpstreamError;
    expectRecordedRequest(f);
    expect(e).toBeInstanceOf(UpstreamError);
    expect(e.toJSON()).toEqual({
      datasource: 'loki',
      status: 400,
      kind: 'bad_query',
      message: 'max entries limit per query exceeded, limit > max_entries_limit (6000 > 5000)',
    });
  });

  it('tail_message: WebSocket upgrade as recorded, first message → entries', async () => {
    const f = fixture('tail_message.json');
    let upgrade: CapturedRequest | undefined;
    stub = await startStub((_req, res) => res.writeHead(404).end());
    const wss = new WebSocketServer({ server: stub.server });
    wss.on('connection', (socket, req) => {
      upgrade = capture(req);
      socket.send(f.body);
      socket.close(1000);
    });
    const client = createLokiClient({ url: stub.url });
    const messages: TailMessage[] = [];
    for await (const m of client.tail('{namespace="shop", container="cart"}', { limit: 10, start: 1795304940000 })) messages.push(m);
    wss.close();
    expectRecordedRequest(f, upgrade);
    expect(messages).toHaveLength(1);
    const raw = JSON.parse(f.body).streams as { stream: Record<string, string>; values: [string, string][] }[];
    expect(messages[0].entries).toEqual(raw.flatMap((s) => s.values.map(([tsNs, line]) => ({ tsNs, line, labels: s.stream }))));
    expect(messages[0].entries[0].tsNs).toBe('1795304940867444824');
    expect(messages[0].dropped).toEqual([]);
  });
});
