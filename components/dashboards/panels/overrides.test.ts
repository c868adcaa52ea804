import { describe, expect, it } from 'vitest';
import { fieldConfig } from '@/lib/dashboards/model';
import { applyOverrides, interpolateDisplayName } from './overrides';

const fc = fieldConfig.parse({
  defaults: { unit: 'bytes', decimals: 1, min: 0 },
  overrides: [
    { matcher: { id: 'byName', options: 'limit' }, properties: [{ id: 'color', value: 'red' }, { id: 'displayName', value: 'Limit' }] },
    { matcher: { id: 'byRegexp', options: '/^req.*/i' }, properties: [{ id: 'unit', value: 'reqps' }, { id: 'max', value: 10 }] },
    { matcher: { id: 'byRegexp', options: 'requests' }, properties: [{ id: 'decimals', value: 3 }] },
    { matcher: { id: 'byRegexp', options: '([' }, properties: [{ id: 'unit', value: 'broken' }] },
  ],
});

describe('applyOverrides', () => {
  it('starts from the defaults', () => {
    expect(applyOverrides('usage', fc)).toMatchObject({ unit: 'bytes', decimals: 1, min: 0, color: undefined, displayName: undefined });
  });

  it('matches byName exactly', () => {
    expect(applyOverrides('limit', fc)).toMatchObject({ color: 'red', displayName: 'Limit', unit: 'bytes' });
    expect(applyOverrides('limits', fc).color).toBeUndefined();
  });

  it('matches byRegexp anywhere, with /pattern/flags, later overrides winning', () => {
    expect(applyOverrides('Requests', fc)).toMatchObject({ unit: 'reqps', max: 10, decimals: 1 });
    expect(applyOverrides('requests', fc)).toMatchObject({ unit: 'reqps', max: 10, decimals: 3 });
    expect(applyOverrides('cpu requests', fc)).toMatchObject({ unit: 'bytes', decimals: 3 });
  });

  it('ignores regexes that do not compile', () => {
    expect(applyOverrides('([', fc).unit).toBe('bytes');
  });

  it('works without a field config', () => {
    expect(applyOverrides('x', undefined)).toEqual({
      unit: undefined, color: undefined, displayName: undefined, min: undefined, max: undefined, decimals: undefined, thresholds: undefined,
    });
  });
});

describe('interpolateDisplayName', () => {
  it('expands label and name references', () => {
    const labels = { __name__: 'up', pod: 'api-1', ns: 'prod' };
    expect(interpolateDisplayName('${__field.labels.pod} in ${__field.labels.ns}', labels, 'n')).toBe('api-1 in prod');
    expect(interpolateDisplayName('${__field.labels.missing}!', labels, 'n')).toBe('!');
    expect(interpolateDisplayName('${__series.name} / ${__field.name}', labels, 'n')).toBe('n / n');
    expect(interpolateDisplayName('${__field.labels}', labels, 'n')).toBe('pod="api-1", ns="prod"');
    expect(interpolateDisplayName('Total', labels, 'n')).toBe('Total');
  });
});
