import { describe, expect, it } from 'vitest';
import type { LogEntry } from '@/lib/datasources/types';
import { parseLogql, syntaxErrorAt } from './query-tree';
import { countQuery, volumeHistogram, volumeQuery } from './volume';

const at = (ms: number, line: string): LogEntry => ({ tsNs: `${ms}000000`, line, labels: {} });

describe('volumeHistogram', () => {
  it('counts per bucket and level', () => {
    const h = volumeHistogram([at(1000, 'level=error'), at(1500, 'level=info'), at(2500, 'level=error'), at(2999, 'x'), at(3000, 'out')], {
      startMs: 1000,
      endMs: 3000,
      buckets: 2,
    });
    expect(h.times).toEqual([1000, 2000]);
    expect(h.counts.error).toEqual([1, 1]);
    expect(h.counts.info).toEqual([1, 0]);
    expect(h.counts.unknown).toEqual([0, 1]);
    expect(h.counts.critical).toEqual([0, 0]);
    expect(h.total).toBe(4);
  });

  it('buckets 100k entries quickly', () => {
    const entries = Array.from({ length: 100_000 }, (_, i) => at(1_700_000_000_000 + i * 10, i % 3 ? 'level=info msg=ok' : 'E0101 10:00:00.000 1 a.go:1] x'));
    const t0 = performance.now();
    const h = volumeHistogram(entries, { startMs: 1_700_000_000_000, endMs: 1_700_000_000_000 + 1_000_000, buckets: 100 });
    console.info(`volumeHistogram 100k entries: ${(performance.now() - t0).toFixed(1)} ms`);
    expect(h.total).toBe(100_000);
    expect(h.counts.error.reduce((a, b) => a + b)).toBe(33_334);
  });
});

describe('volumeQuery', () => {
  it('wraps a log query', () => {
    const q = volumeQuery('{app="web"} |= "x" | json', { interval: '1m' });
    expect(q).toBe('sum by (detected_level) (count_over_time({app="web"} |= "x" | json [1m]))');
    expect(syntaxErrorAt(parseLogql(q))).toBe(-1);
    expect(volumeQuery('{a="b"}', { interval: '30s', levelLabel: 'level' })).toBe('sum by (level) (count_over_time({a="b"} [30s]))');
  });
  it('rejects what is not one log query', () => {
    expect(() => volumeQuery('rate({a="b"}[1m])', { interval: '1m' })).toThrow();
    expect(() => volumeQuery('{a="b"', { interval: '1m' })).toThrow();
    expect(() => volumeQuery('{a="b"}', { interval: '1m]' })).toThrow(/interval/);
  });
});

describe('countQuery', () => {
  it('counts every line of one log query per interval', () => {
    expect(countQuery(' {a="b"} |= "x" ', '60s')).toBe('sum(count_over_time({a="b"} |= "x" [60s]))');
    expect(() => countQuery('sum(rate({a="b"}[1m]))', '1m')).toThrow();
    expect(() => countQuery('{a="b"}', '1m) or vector(1')).toThrow(/interval/);
  });
});
