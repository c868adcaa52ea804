import { afterEach, describe, expect, it } from 'vitest';
import { loadFixtures, serveFixture, sortedParams, type RecordedFixture, type Stub } from '@/lib/http/testing/stub-server';
import { UpstreamError } from '../errors';
import { createPrometheusClient, type PrometheusClient } from './client';

// Contract tests: each recorded Prometheus 2.42 answer, served as recorded, must be requested exactly as
// recorded and parse into the expected domain values.
const fixtures = loadFixtures();
let stub: Stub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

async function withFixture(name: string): Promise<{ client: PrometheusClient; fixture: RecordedFixture }> {
  const fixture = fixtures.get(`prometheus/${name}`);
  if (!fixture) throw new Error(`fixture prometheus/${name} is not documented in the README`);
  stub = await serveFixture(fixture);
  return { client: createPrometheusClient({ url: stub.url }), fixture };
}

function expectRecordedRequest(fixture: RecordedFixture) {
  expect(stub!.requests).toHaveLength(1);
  expect(stub!.requests[0].method).toBe('GET');
  expect(stub!.requests[0].path).toBe(fixture.path);
  expect(sortedParams(stub!.requests[0].params)).toEqual(sortedParams(fixture.params));
}

const recordedSeconds = (s: number) => s * 1000;

describe('prometheus client against recorded Prometheus 2.42 answers', () => {
  it('query_range_matrix: range query → series with ms timestamps and numeric values, in order', async () => {
    const { client, fixture } = await withFixture('query_range_matrix.json');
    const r = await client.queryRange(
      'sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="shop"}[1m]))',
      recordedSeconds(1795304345),
      new Date(recordedSeconds(1795304945)),
      15,
    );
    expectRecordedRequest(fixture);
    expect(r.warnings).toEqual([]);
    expect(r.data.map((s) => s.labels)).toEqual([
      { pod: 'cart-nc2l8l7qcr-dsqp6' },
      { pod: 'cart-nc2l8l7qcr-q4gvk' },
      { pod: 'catalog-l4vnpcxd9b-cljfm' },
    ]);
    expect(r.data[0].points).toEqual([
      [1795304345000, 0.013810899959996296],
      [1795304360000, 0.02974151697603782],
      [1795304375000, 0.04392190084751933],
      [1795304390000, 0.05965781818185033],
      [1795304405000, 0.06540527272730039],
    ]);
    expect(r.data[2].points.at(-1)).toEqual([1795304405000, 0.17714556363637463]);
  });

  it('query_vector: instant query → samples', async () => {
    const { client, fixture } = await withFixture('query_vector.json');
    const r = await client.query('kube_pod_container_status_restarts_total{namespace="shop"}', recordedSeconds(1795304945));
    expectRecordedRequest(fixture);
    expect(r.data.resultType).toBe('vector');
    if (r.data.resultType !== 'vector') return;
    expect(r.data.samples).toHaveLength(4);
    expect(r.data.samples[0]).toEqual({
      labels: {
        __name__: 'kube_pod_container_status_restarts_total',
        container: 'cart',
        instance: '10.244.0.7:8080',
        job: 'kube-state-metrics',
        namespace: 'shop',
        pod: 'cart-nc2l8l7qcr-dsqp6',
        uid: 'c065b6aa-02b5-48f9-8cf2-b9c6671d3b74',
      },
      tsMs: 1795304945000,
      value: 0,
    });
    const raw = JSON.parse(fixture.body).data.result as { metric: { pod: string }; value: [number, string] }[];
    expect(r.data.samples.map((s) => [s.labels.pod, s.value])).toEqual(raw.map((x) => [x.metric.pod, Number(x.value[1])]));
  });

  it('query_scalar: scalar result', async () => {
    const { client, fixture } = await withFixture('query_scalar.json');
    const r = await client.query('scalar(sum(kube_pod_container_status_restarts_total))', recordedSeconds(1795304945));
    expectRecordedRequest(fixture);
    expect(r.data).toEqual({ resultType: 'scalar', scalar: { tsMs: 1795304945000, value: 125 } });
  });

  it('labels: no parameters when none are given', async () => {
    const { client, fixture } = await withFixture('labels.json');
    const r = await client.labels();
    expectRecordedRequest(fixture);
    expect(r.data).toEqual(JSON.parse(fixture.body).data);
    expect(r.data[0]).toBe('__name__');
  });

  it('label_values_namespace', async () => {
    const { client, fixture } = await withFixture('label_values_namespace.json');
    const r = await client.labelValues('namespace');
    expectRecordedRequest(fixture);
    expect(r.data).toEqual(['default', 'kube-system', 'monitoring', 'shop']);
  });

  it('series: match[] repeated key, times in seconds', async () => {
    const { client, fixture } = await withFixture('series.json');
    const r = await client.series(
      ['container_cpu_usage_seconds_total{namespace="shop"}'],
      recordedSeconds(1795304345),
      recordedSeconds(1795304945),
    );
    expectRecordedRequest(fixture);
    expect(r.data).toHaveLength(4);
    expect(r.data.map((l) => l.pod)).toEqual(JSON.parse(fixture.body).data.map((l: { pod: string }) => l.pod));
    expect(r.data[0].__name__).toBe('container_cpu_usage_seconds_total');
  });

  it('metadata', async () => {
    const { client, fixture } = await withFixture('metadata.json');
    const r = await client.metadata();
    expectRecordedRequest(fixture);
    expect(Object.keys(r)).toHaveLength(6);
    expect(r.container_cpu_usage_seconds_total).toEqual([{ type: 'counter', help: 'Cumulative cpu time consumed in seconds.', unit: '' }]);
    expect(r.kube_pod_status_phase[0].type).toBe('gauge');
  });

  it('targets', async () => {
    const { client, fixture } = await withFixture('targets.json');
    const r = await client.targets();
    expectRecordedRequest(fixture);
    const raw = JSON.parse(fixture.body).data;
    expect(r.activeTargets).toHaveLength(raw.activeTargets.length);
    expect(r.activeTargets[0]).toMatchObject({ scrapePool: 'k8s-sim', health: 'up', labels: { instance: '127.0.0.1:9464', job: 'k8s-sim' } });
    expect(r.droppedTargets).toEqual([]);
  });

  it('buildinfo', async () => {
    const { client, fixture } = await withFixture('buildinfo.json');
    const r = await client.buildInfo();
    expectRecordedRequest(fixture);
    expect(r.version).toBe('2.42.0+ds');
    expect(r.goVersion).toBe('go1.19.8');
  });

  it('error_syntax: 400 bad_data → bad_query with the verbatim message and the parse position', async () => {
    const { client, fixture } = await withFixture('error_syntax.json');
    const e = await client
      .query('sum(rate(container_cpu_usage_seconds_total{namespace="shop"}[1m])', recordedSeconds(1795304945))
      .catch((x: unknown) => x);
    expectRecordedRequest(fixture);
    expect(e).toBeInstanceOf(UpstreamError);
    expect((e as UpstreamError).toJSON()).toEqual({
      datasource: 'prometheus',
      status: 400,
      kind: 'bad_query',
      message: 'invalid parameter "query": 1:66: parse error: unclosed left parenthesis',
      position: { line: 1, column: 66 },
    });
  });

  it('error_too_many_points: 400 bad_data → bad_query, verbatim, no position', async () => {
    const { client, fixture } = await withFixture('error_too_many_points.json');
    const e = (await client.queryRange('up', recordedSeconds(1795218545), recordedSeconds(1795304945), 1).catch((x: unknown) => x)) as UpstreamError;
    expectRecordedRequest(fixture);
    expect(e).toBeInstanceOf(UpstreamError);
    expect(e.status).toBe(400);
    expect(e.kind).toBe('bad_query');
    expect(e.message).toBe('exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)');
    expect(e.position).toBeUndefined();
  });
});
