import { describe, expect, it } from 'vitest';
import { updateSearch } from '@/lib/time/url-params';
import { exploreParamChanges, readExploreParams } from './explore-params';

describe('explore params', () => {
  it('reads defaults and rejects junk', () => {
    expect(readExploreParams(new URLSearchParams(''))).toEqual({ q: '', tab: 'graph', step: '', unit: 'short', legend: '', split: false, lq: '' });
    expect(readExploreParams(new URLSearchParams('tab=pie&unit=parsecs&step=fast'))).toMatchObject({ tab: 'graph', unit: 'short', step: '' });
  });

  it('round-trips through the URL', () => {
    const p = { q: 'sum by (pod) (rate(x{a="b&c"}[5m]))', tab: 'table' as const, step: '1m', unit: 'bytes' as const, legend: '{{pod}}', split: true, lq: '{namespace="shop"} |= "a&b"' };
    const qs = updateSearch('from=now-6h', exploreParamChanges(p));
    expect(readExploreParams(new URLSearchParams(qs))).toEqual(p);
    expect(new URLSearchParams(qs).get('from')).toBe('now-6h');
  });

  it('drops defaults from the URL', () => {
    expect(updateSearch('q=up&tab=table&split=1&lq=x', exploreParamChanges({ q: ' ', tab: 'graph', split: false, lq: '' }))).toBe('');
  });
});
