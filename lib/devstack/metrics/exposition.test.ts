import { describe, expect, it } from 'vitest';
import { FamilySet, toPrometheusText } from './exposition';
import { parsePrometheusText } from './parse-text';

describe('toPrometheusText', () => {
  it('writes HELP and TYPE once per family and escapes label values', () => {
    const set = new FamilySet();
    set.add('demo_total', 'counter', 'A help\nwith a newline and \\', { path: '/a"b"\\c\nd', empty: '' }, 3);
    set.add('demo_total', 'counter', 'ignored', { path: '/x' }, 1.5e-7);
    set.add('demo_seconds', 'histogram', 'Latency.', { le: '+Inf' }, 4, 'demo_seconds_bucket');
    set.add('demo_seconds', 'histogram', 'Latency.', {}, 0.25, 'demo_seconds_sum');
    const text = toPrometheusText(set.families());
    expect(text).toContain('# HELP demo_total A help\\nwith a newline and \\\\\n# TYPE demo_total counter\n');
    expect(text).toContain('demo_total{path="/a\\"b\\"\\\\c\\nd",empty=""} 3\n');

    const parsed = parsePrometheusText(text);
    expect([...parsed.keys()]).toEqual(['demo_total', 'demo_seconds']);
    expect(parsed.get('demo_total')!.samples).toEqual([
      { name: 'demo_total', labels: { path: '/a"b"\\c\nd', empty: '' }, value: 3 },
      { name: 'demo_total', labels: { path: '/x' }, value: 1.5e-7 },
    ]);
    expect(parsed.get('demo_seconds')!.type).toBe('histogram');
    expect(parsed.get('demo_seconds')!.samples.map((s) => s.name)).toEqual(['demo_seconds_bucket', 'demo_seconds_sum']);
  });

  it('writes special values the way Prometheus reads them', () => {
    const set = new FamilySet();
    set.add('g', 'gauge', 'g', { a: '1' }, Infinity);
    set.add('g', 'gauge', 'g', { a: '2' }, NaN);
    const text = toPrometheusText(set.families());
    expect(text).toContain('g{a="1"} +Inf\n');
    expect(text).toContain('g{a="2"} NaN\n');
  });
});
