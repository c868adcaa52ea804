import { describe, expect, it } from 'vitest';
import { maskVariables, promqlDiagnostics, queryProblems } from './query-problems';

describe('query problems', () => {
  it('accepts valid PromQL, with variables in strings, names and ranges', () => {
    expect(promqlDiagnostics('sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="$namespace"}[5m]))')).toEqual([]);
    expect(promqlDiagnostics('sum by ($label) (rate(http_requests_total{pod=~"${pod:regex}"}[$__rate_interval]))')).toEqual([]);
    expect(promqlDiagnostics('up > $threshold')).toEqual([]);
    expect(promqlDiagnostics('')).toEqual([]);
  });

  it('keeps positions: stand-ins have the length of the reference', () => {
    const q = 'rate(x[$__rate_interval]) + $a + [[b]]';
    expect(maskVariables(q)).toHaveLength(q.length);
    expect(maskVariables('rate(x[$__interval])')).toBe('rate(x[1111111111s])');
  });

  it('reports the first syntax error at its line and column', () => {
    expect(queryProblems([{ refId: 'A', datasource: 'prometheus', expr: 'sum(rate(up[5m])' }])).toEqual([
      expect.objectContaining({ refId: 'A', line: 1 }),
    ]);
    const [p] = queryProblems([{ refId: 'B', datasource: 'prometheus', expr: 'sum(up)\n  by (job) )' }]);
    expect(p).toMatchObject({ refId: 'B', line: 2 });
    expect(p!.column).toBeGreaterThan(1);
    expect(p!.message).not.toBe('');
  });

  it('checks LogQL for Loki queries', () => {
    expect(queryProblems([{ refId: 'A', datasource: 'loki', expr: '{namespace="shop"} |= "error"' }])).toEqual([]);
    expect(queryProblems([{ refId: 'A', datasource: 'loki', expr: '{namespace="shop" |= "x"' }])[0]).toMatchObject({ refId: 'A', line: 1 });
  });
});
