import { describe, expect, it } from 'vitest';
import { variable } from '../model';
import { builtinVariables, rateIntervalMs } from './builtins';
import { AUTO_INTERVAL, autoInterval, intervalOptions, intervalValue } from './interval';

const hour = { startMs: 1_700_000_000_000, endMs: 1_700_003_600_000 };

describe('builtinVariables', () => {
  it('gives Grafana-shaped values', () => {
    const b = builtinVariables({ range: hour, intervalMs: 90_000 });
    expect(Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.values[0]]))).toEqual({
      __interval: '1m30s',
      __interval_ms: '90000',
      __rate_interval: '1m45s',
      __range: '3600s',
      __range_s: '3600',
      __range_ms: '3600000',
      __from: '1700000000000',
      __to: '1700003600000',
    });
  });

  it('computes $__rate_interval as max(interval + scrape, 4 × scrape)', () => {
    expect(rateIntervalMs(15_000)).toBe(60_000);
    expect(rateIntervalMs(60_000)).toBe(75_000);
    expect(rateIntervalMs(10_000, 30_000)).toBe(120_000);
    expect(builtinVariables({ range: hour, intervalMs: 300_000, scrapeIntervalMs: 60_000 }).__rate_interval!.values).toEqual(['6m']);
  });
});

describe('interval variables', () => {
  const v = variable.parse({ type: 'interval', name: 'iv', options: ['1m', '5m'], auto: true, autoCount: 30, autoMin: '10s' });
  if (v.type !== 'interval') throw new Error('unreachable');

  it('lists auto first', () => {
    expect(intervalOptions(v)).toEqual([
      { text: 'auto', value: AUTO_INTERVAL },
      { text: '1m', value: '1m' },
      { text: '5m', value: '5m' },
    ]);
  });

  it('auto is range / count rounded to a nice step, at least the minimum', () => {
    expect(autoInterval(hour, 30, '10s')).toBe('2m');
    expect(autoInterval({ startMs: 0, endMs: 60_000 }, 30, '10s')).toBe('10s');
    expect(autoInterval({ startMs: 0, endMs: 7 * 86_400_000 }, 30, '10s')).toBe('6h');
    expect(intervalValue(v, AUTO_INTERVAL, hour)).toBe('2m');
    expect(intervalValue(v, '5m', hour)).toBe('5m');
  });
});
