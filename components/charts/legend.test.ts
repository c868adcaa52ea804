import { describe, expect, it } from 'vitest';
import { formatLegend, nextHidden } from './legend';

describe('formatLegend', () => {
  const labels = { __name__: 'up', job: 'api', pod: 'api-1', instance: '10.0.0.1:9090' };

  it('uses Prometheus notation with sorted labels', () => {
    expect(formatLegend(labels)).toBe('up{instance="10.0.0.1:9090", job="api", pod="api-1"}');
    expect(formatLegend({})).toBe('{}');
    expect(formatLegend({ __name__: 'up' })).toBe('up');
    expect(formatLegend({ msg: 'say "hi"' })).toBe('{msg="say \\"hi\\""}');
  });

  it('fills a legendFormat template', () => {
    expect(formatLegend(labels, '{{pod}} ({{ job }})')).toBe('api-1 (api)');
    expect(formatLegend(labels, '{{missing}}x')).toBe('x');
  });
});

describe('nextHidden', () => {
  const all = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('solos on click and restores on a second click', () => {
    const solo = nextHidden(all, new Set(), 'b', false);
    expect([...solo].sort()).toEqual(['a', 'c']);
    expect(nextHidden(all, solo, 'b', false).size).toBe(0);
  });
  it('toggles one series with a modifier', () => {
    expect([...nextHidden(all, new Set(['a']), 'a', true)]).toEqual([]);
    expect([...nextHidden(all, new Set(), 'c', true)]).toEqual(['c']);
  });
});
