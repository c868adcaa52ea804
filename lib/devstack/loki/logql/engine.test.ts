import { describe, expect, it } from 'vitest';
import { evalLogQuery } from './eval-logs';
import { evalMetric, formatValue } from './eval-metrics';
import { parseQuery } from './parse';
import type { SourceEntry, SourceStream } from './source';
import { newStats } from './stats';

const T0 = 1795304000000; // ms
const ns = (ms: number, extra = 0) => `${BigInt(ms) * 1_000_000n + BigInt(extra)}`;

function stream(labels: Record<string, string>, lines: [number, string, number?][]): SourceStream {
  const entries: SourceEntry[] = lines.map(([ms, line, extra]) => ({ tsNs: ns(ms, extra ?? 0), line, ms }));
  return { labels, fromMs: 0, toMs: Infinity, read: (from, to) => entries.filter((e) => e.ms >= from && e.ms < to) };
}

const api = stream({ app: 'api', namespace: 'shop', pod: 'api-1' }, [
  [T0 + 1000, '{"level":"info","msg":"ok","status":200,"latency":"12ms","user":{"id":"u1"}}'],
  [T0 + 2000, '{"level":"error","msg":"boom","status":500,"latency":"2.5s","user":{"id":"u2"}}'],
  [T0 + 3000, '{"level":"error","msg":"boom again","status":503,"latency":"3s","user":{"id":"u1"}}'],
  [T0 + 4000, 'not json at all'],
]);
const web = stream({ app: 'web', namespace: 'shop', pod: 'web-1' }, [
  [T0 + 1500, 'ts=2026 level=info msg="GET /" status=200 path=/'],
  [T0 + 2500, 'ts=2026 level=warn msg="slow" status=200 path=/cart'],
  [T0 + 3500, '10.0.0.1 - - "GET /api HTTP/1.1" 502'],
]);
const kube = stream({ app: 'apiserver', namespace: 'kube-system', pod: 'kube-apiserver' }, [[T0 + 2000, 'I1121 x \u001b[32mINFO\u001b[0m ok']]);
const streams = [api, web, kube];

function logs(query: string, opts: { limit?: number; direction?: 'forward' | 'backward'; start?: number; end?: number } = {}) {
  const q = parseQuery(query);
  if (q.kind !== 'log') throw new Error('not a log query');
  return evalLogQuery(streams, q.selector, { startNs: BigInt(opts.start ?? T0) * 1_000_000n, endNs: BigInt(opts.end ?? T0 + 10_000) * 1_000_000n, limit: opts.limit ?? 100, direction: opts.direction ?? 'backward' }, newStats());
}
const lines = (r: ReturnType<typeof logs>) => r.flatMap((s) => s.values.map((v) => v[1]));

function metric(query: string, stepsMs: number[]) {
  const q = parseQuery(query);
  if (q.kind !== 'metric') throw new Error('not a metric query');
  return evalMetric(streams, q.expr, { stepsMs }, newStats());
}

describe('log queries', () => {
  it('selects streams with = != =~ !~ (regexes anchored)', () => {
    expect(logs('{namespace="shop"}').length).toBe(2);
    expect(logs('{namespace!="shop", pod=~".+"}').map((s) => s.stream.app)).toEqual(['apiserver']);
    expect(logs('{app=~"ap"}')).toEqual([]);
    expect(logs('{app=~"ap.*"}').length).toBe(2);
    expect(logs('{app!~"api|web", namespace=~".+"}').map((s) => s.stream.app)).toEqual(['apiserver']);
  });

  it('applies chained line filters', () => {
    expect(lines(logs('{namespace="shop"} |= "boom" != "again"'))).toEqual(['{"level":"error","msg":"boom","status":500,"latency":"2.5s","user":{"id":"u2"}}']);
    expect(lines(logs('{namespace="shop"} |~ "(?i)GET /(api)?"')).length).toBe(2);
    expect(lines(logs('{namespace="shop"} !~ "status"')).sort()).toEqual(['10.0.0.1 - - "GET /api HTTP/1.1" 502', 'not json at all']);
  });

  it('parses json (nested keys joined by _) and filters on labels, numbers and durations', () => {
    const r = logs('{app="api"} | json | status >= 500 and user_id="u1"');
    expect(lines(r)).toEqual(['{"level":"error","msg":"boom again","status":503,"latency":"3s","user":{"id":"u1"}}']);
    expect(r[0].stream).toMatchObject({ app: 'api', level: 'error', status: '503', user_id: 'u1' });
    expect(lines(logs('{app="api"} | json | latency > 2s or level="info"')).length).toBe(3);
    const bad = logs('{app="api"} | json | __error__="JSONParserErr"');
    expect(lines(bad)).toEqual(['not json at all']);
    expect(lines(logs('{app="api"} | json | __error__=""')).length).toBe(3);
  });

  it('parses logfmt, regexp and pattern', () => {
    expect(lines(logs('{app="web"} | logfmt | level="warn"'))).toEqual(['ts=2026 level=warn msg="slow" status=200 path=/cart']);
    expect(logs('{app="web"} | regexp "\\"(?P<method>\\\\w+) (?P<path>\\\\S+)"| method="GET"').flatMap((s) => s.stream.path ?? []).sort()).toEqual(['/"', '/api']);
    const p = logs('{app="web"} | pattern "<ip> - - \\"<method> <path> <_>\\" <status>" | status="502"');
    expect(p[0].stream).toMatchObject({ ip: '10.0.0.1', method: 'GET', path: '/api', status: '502' });
  });

  it('formats lines and labels, and removes ANSI colours', () => {
    expect(lines(logs('{app="api"} | json | line_format "{{.level}}: {{.msg}}" |= "boom"')).sort()).toEqual(['error: boom', 'error: boom again']);
    const lf = logs('{app="api"} |= "again" | json | label_format who=user_id, lvl="{{.level | ToUpper}}"');
    expect(lf[0].stream).toMatchObject({ who: 'u1', lvl: 'ERROR' });
    expect(lf[0].stream.user_id).toBeUndefined();
    expect(lines(logs('{app="apiserver"} | decolorize'))).toEqual(['I1121 x INFO ok']);
  });

  it('orders by direction and applies the limit across streams', () => {
    const back = logs('{namespace="shop"}', { limit: 3 });
    expect(back.flatMap((s) => s.values.map((v) => v[0])).sort()).toEqual([ns(T0 + 3000), ns(T0 + 3500), ns(T0 + 4000)]);
    expect(back[0].values.map((v) => v[0])).toEqual([ns(T0 + 4000), ns(T0 + 3000)]);
    const fwd = logs('{namespace="shop"}', { limit: 2, direction: 'forward' });
    expect(fwd.flatMap((s) => s.values.map((v) => v[0])).sort()).toEqual([ns(T0 + 1000), ns(T0 + 1500)]);
  });

  it('loses no entry with an equal timestamp when paging with end = oldest + 1ns', () => {
    // two streams writing at the same instants; the limit cuts through a group of equal timestamps
    const same = [0, 1].map((i) => stream({ app: 'dup', pod: `p${i}` }, [[T0 + 5000, `a ${i}`], [T0 + 6000, `b ${i}`], [T0 + 7000, `c ${i}`]]));
    const page = (end: bigint) => {
      const q = parseQuery('{app="dup"}');
      if (q.kind !== 'log') throw new Error();
      return evalLogQuery(same, q.selector, { startNs: BigInt(T0) * 1_000_000n, endNs: end, limit: 3, direction: 'backward' }, newStats()).flatMap((s) => s.values.map((v) => `${s.stream.pod} ${v[0]}`));
    };
    const seen = new Set<string>();
    let end = BigInt(T0 + 10_000) * 1_000_000n;
    for (let i = 0; i < 20; i++) {
      const got = page(end);
      const fresh = got.filter((k) => !seen.has(k));
      if (!fresh.length) break;
      fresh.forEach((k) => seen.add(k));
      end = got.map((k) => BigInt(k.split(' ')[1])).reduce((a, b) => (a < b ? a : b)) + 1n;
    }
    expect(seen.size).toBe(6);
  });

  it('uses [start, end) at nanosecond precision', () => {
    expect(lines(logs('{app="api"}', { start: T0 + 2000, end: T0 + 3000 }))).toHaveLength(1);
  });
});

describe('metric queries', () => {
  const steps = [T0 + 2000, T0 + 5000];

  it('counts over a window (t - range, t]', () => {
    const r = metric('count_over_time({app="api"}[2s])', steps);
    expect(r).toEqual([{ labels: { app: 'api', namespace: 'shop', pod: 'api-1' }, values: [2, 1] }]);
  });

  it('computes rate, bytes_over_time and bytes_rate', () => {
    expect(metric('rate({app="web"}[4s])', [T0 + 4000])[0].values).toEqual([0.75]);
    expect(metric('bytes_over_time({app="apiserver"}[10s])', [T0 + 5000])[0].values).toEqual([Buffer.byteLength('I1121 x \u001b[32mINFO\u001b[0m ok')]);
    expect(metric('bytes_rate({app="apiserver"}[10s])', [T0 + 5000])[0].values[0]).toBeCloseTo(2.4);
  });

  it('aggregates with sum/count/avg/min/max by and without', () => {
    const step = [T0 + 5000];
    expect(metric('sum by (namespace) (count_over_time({namespace=~".+"}[10s]))', step).map((s) => [s.labels, s.values[0]])).toEqual([
      [{ namespace: 'shop' }, 7],
      [{ namespace: 'kube-system' }, 1],
    ]);
    expect(metric('count(count_over_time({namespace="shop"}[10s]))', step)[0].values).toEqual([2]);
    expect(metric('avg(count_over_time({namespace="shop"}[10s]))', step)[0].values).toEqual([3.5]);
    expect(metric('min(count_over_time({namespace="shop"}[10s]))', step)[0].values).toEqual([3]);
    expect(metric('max without (pod, app) (count_over_time({namespace="shop"}[10s]))', step)[0]).toEqual({ labels: { namespace: 'shop' }, values: [4] });
  });

  it('keeps the k largest or smallest series with topk and bottomk', () => {
    const step = [T0 + 5000];
    expect(metric('topk(1, count_over_time({namespace=~".+"}[10s]))', step).map((s) => s.labels.app)).toEqual(['api']);
    expect(metric('bottomk(2, count_over_time({namespace=~".+"}[10s]))', step).map((s) => s.labels.app).sort()).toEqual(['apiserver', 'web']);
    expect(metric('topk(1, sum by (level) (count_over_time({app="api"} | json [10s])))', step)[0]).toEqual({ labels: { level: 'error' }, values: [2] });
  });

  it('prints values like Go strconv.FormatFloat', () => {
    expect(formatValue(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatValue(1e-7)).toBe('0.0000001');
    expect(formatValue(2.5e21)).toBe('2500000000000000000000');
    expect(formatValue(42)).toBe('42');
  });
});

describe('parse errors', () => {
  const message = (q: string) => {
    try {
      parseQuery(q);
      return 'no error';
    } catch (e) {
      return (e as Error).message;
    }
  };

  it('words errors like Loki 2.7 with line and column', () => {
    expect(message('{namespace="shop"} |= ')).toBe('parse error at line 1, col 23: syntax error: unexpected $end, expecting STRING or ip');
    expect(message('{}')).toBe('parse error at line 1, col 2: syntax error: unexpected }, expecting IDENTIFIER');
    expect(message('{app="a"')).toBe('parse error at line 1, col 9: syntax error: unexpected $end, expecting } or ,');
    expect(message('{app="a"}\n  | json | x > ')).toMatch(/^parse error at line 2, col \d+: syntax error: unexpected/);
    expect(message('{app=~".*"}')).toMatch(/^parse error : queries require at least one regexp or equality matcher/);
  });
});
