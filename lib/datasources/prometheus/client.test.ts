import { afterEach, describe, expect, it } from 'vitest';
import { startStub, type Stub } from '@/lib/http/testing/stub-server';
import { UpstreamError } from '../errors';
import { createPrometheusClient } from './client';
import { promqlErrorPosition } from './envelope';
import { labelNamePathSegment, promTime } from './params';
import { matrixToSeries, parseSampleValue } from './to-series';

let stub: Stub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

async function answer(status: number, body: unknown) {
  stub = await startStub((_req, res) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(typeof body === 'string' ? body : JSON.stringify(body)));
  return createPrometheusClient({ url: stub.url });
}

const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('expected an UpstreamError'), (e: unknown) => e as UpstreamError);

describe('prometheus converters', () => {
  it('parses Go float strings, including NaN and infinities', () => {
    expect(parseSampleValue('1.5e3')).toBe(1500);
    expect(parseSampleValue('NaN')).toBeNaN();
    expect(parseSampleValue('+Inf')).toBe(Infinity);
    expect(parseSampleValue('-Inf')).toBe(-Infinity);
    expect(matrixToSeries([{ metric: { le: '+Inf' }, values: [[1795304345.123, '+Inf'], [1795304346, 'NaN']] }])).toEqual([
      { labels: { le: '+Inf' }, points: [[1795304345123, Infinity], [1795304346000, NaN]] },
    ]);
  });

  it('writes times as unix seconds with millisecond precision', () => {
    expect(promTime(1795304345000)).toBe('1795304345');
    expect(promTime(1795304345120)).toBe('1795304345.12');
    expect(promTime(new Date(1795304345001))).toBe('1795304345.001');
    expect(promTime('2026-11-21T23:49:05Z')).toBe('2026-11-21T23:49:05Z');
  });

  it('escapes UTF-8 label names for Prometheus 3 and leaves legacy names alone', () => {
    expect(labelNamePathSegment('namespace')).toBe('namespace');
    expect(labelNamePathSegment('http.method')).toBe('U__http_2e_method');
    expect(labelNamePathSegment('a_b.c')).toBe('U__a__b_2e_c');
  });

  it('finds PromQL parse positions in both message forms', () => {
    expect(promqlErrorPosition('invalid parameter "query": 1:66: parse error: unclosed left parenthesis')).toEqual({ line: 1, column: 66 });
    expect(promqlErrorPosition('2:3: parse error: unexpected <by>')).toEqual({ line: 2, column: 3 });
    expect(promqlErrorPosition('parse error at char 64: unclosed left parenthesis')).toEqual({ line: 1, column: 64 });
    expect(promqlErrorPosition('exceeded maximum resolution of 11,000 points')).toBeUndefined();
  });
});

describe('prometheus envelopes', () => {
  it('carries warnings and infos through', async () => {
    const prom = await answer(200, {
      status: 'success',
      data: { resultType: 'vector', result: [] },
      warnings: ['PromQL warning: encountered a mix of histograms and floats'],
      infos: ['PromQL info: metric might not be a counter'],
    });
    const r = await prom.query('rate(x[5m])');
    expect(r.warnings).toEqual(['PromQL warning: encountered a mix of histograms and floats']);
    expect(r.infos).toEqual(['PromQL info: metric might not be a counter']);
  });

  it('maps errorType timeout on 503 to kind timeout with the upstream text', async () => {
    const prom = await answer(503, { status: 'error', errorType: 'timeout', error: 'query timed out in expression evaluation' });
    expect((await failure(prom.query('up'))).toJSON()).toEqual({
      datasource: 'prometheus',
      status: 503,
      kind: 'timeout',
      message: 'query timed out in expression evaluation',
    });
  });

  it('maps execution errors (422) to bad_query', async () => {
    const prom = await answer(422, { status: 'error', errorType: 'execution', error: 'query processing would load too many samples into memory in query execution' });
    expect((await failure(prom.queryRange('up', 0, 1000, 1))).toJSON()).toMatchObject({ status: 422, kind: 'bad_query' });
  });

  it('rejects a success body without a status as a bad gateway', async () => {
    const prom = await answer(200, { data: [] });
    expect((await failure(prom.labels())).toJSON()).toMatchObject({ status: 502, kind: 'upstream' });
  });

  it('accepts null data for empty label and series answers', async () => {
    const prom = await answer(200, { status: 'success', data: null });
    expect((await prom.labelValues('namespace', ['up'])).data).toEqual([]);
    expect(stub!.requests[0].params).toEqual([['match[]', 'up']]);
  });
});
