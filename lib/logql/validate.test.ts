import { describe, expect, it } from 'vitest';
import { isLogQuery, logqlSyntaxError } from './validate';

describe('logqlSyntaxError', () => {
  it('accepts valid queries and the empty one', () => {
    for (const q of ['', '{a="b"}', '{a="b"} |= "x" | json | level="error"', 'sum(rate({a="b"}[1m]))']) expect(logqlSyntaxError(q), q).toBeNull();
  });

  it('gives 1-based line and column of the first error', () => {
    expect(logqlSyntaxError('{a="b"} |= ')).toMatchObject({ message: 'syntax error: unexpected end of query', position: { line: 1, column: 10 } });
    const e = logqlSyntaxError('{a="b"}\n| nonsense(1)');
    expect(e?.position.line).toBe(2);
    expect(e?.position.column).toBeGreaterThanOrEqual(3);
    expect(e?.message).toMatch(/^syntax error: unexpected `/);
  });
});

describe('isLogQuery', () => {
  it('tells log queries from metric queries', () => {
    expect(isLogQuery('{a="b"} |= "x"')).toBe(true);
    expect(isLogQuery('count_over_time({a="b"}[1m])')).toBe(false);
    expect(isLogQuery('sum by (a) (rate({a="b"}[1m]))')).toBe(false);
  });
});
