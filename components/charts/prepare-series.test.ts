import { describe, expect, it } from 'vitest';
import { prepareSeries } from './prepare-series';

describe('prepareSeries', () => {
  it('caps each series at the plot width in points and keeps identities stable', () => {
    const points = Array.from({ length: 11_000 }, (_, i) => [i * 1000, i % 97] as [number, number]);
    const series = Array.from({ length: 50 }, (_, s) => ({ labels: { pod: `p${s}`, __name__: 'x' }, points }));
    const out = prepareSeries(series, 0, 11_000_000, 1000, '{{pod}}');
    expect(out).toHaveLength(50);
    for (const s of out) expect(s.points.length).toBeLessThanOrEqual(1000);
    expect(out[3]!.name).toBe('p3');
    expect(out[3]!.id).toBe(prepareSeries([series[3]!], 0, 1, 10)[0]!.id);
    expect(new Set(out.map((s) => s.id)).size).toBe(50);
  });
});
