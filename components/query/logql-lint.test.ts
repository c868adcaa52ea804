import { describe, expect, it } from 'vitest';
import { logqlDiagnostics } from './logql-lint';

const marked = (q: string) => logqlDiagnostics(q).map((d) => [q.slice(d.from, d.to), d.message]);

describe('logqlDiagnostics', () => {
  it('finds nothing in valid queries, nor in an empty one', () => {
    for (const q of [
      '',
      '   ',
      '{namespace="shop"} |= "error"',
      '{app="x"} | json | level="error" | line_format "{{.msg}}"',
      'sum by (namespace) (count_over_time({namespace=~".+"}[1m]))',
      '{a="b"} | logfmt | drop a, b',
    ]) {
      expect(logqlDiagnostics(q), q).toEqual([]);
    }
  });

  it('marks a query that stops early at its last character', () => {
    expect(marked('{namespace="shop"} |= ')).toEqual([['=', 'syntax error: unexpected end of query']]);
    expect(marked('rate({a="b"}[5m]')).toEqual([[']', 'syntax error: unexpected end of query']]);
  });

  it('marks the unexpected text where it is, once', () => {
    const d = logqlDiagnostics('{a="b"} |= "x" | nonsense(1)');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'error', source: 'LogQL' });
    expect(d[0]!.from).toBeGreaterThanOrEqual('{a="b"} |= "x" | '.length);
    expect(d[0]!.to).toBeGreaterThan(d[0]!.from);
    expect(d[0]!.message).toMatch(/^syntax error: unexpected `/);
  });
});
