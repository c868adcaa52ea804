import { describe, expect, it } from 'vitest';
import { UNITS } from '@/lib/dashboards/model';
import { formatValue } from '@/components/charts/units';
import { formatUnitValue } from './format-value';

const CASES = [
  [1500, 'short', undefined, '1.5k'],
  [1234.5678, 'none', undefined, '1234.57'],
  [3.14159, 'none', 2, '3.14'],
  [42.123, 'percent', 1, '42.1%'],
  [0.5, 'percentunit', undefined, '50%'],
  [1536, 'bytes', undefined, '1.5 KiB'],
  [1536, 'bytes', 2, '1.50 KiB'],
  [1500, 'decbytes', undefined, '1.5 kB'],
  [2048, 'bits', undefined, '2 Kib'],
  [2_500_000, 'Bps', undefined, '2.5 MB/s'],
  [1000, 'bps', undefined, '1 kb/s'],
  [4.5, 's', undefined, '4.5 s'],
  [250, 'ms', undefined, '250 ms'],
  [1500, 'ms', undefined, '1.5 s'],
  [250, 'µs', undefined, '250 µs'],
  [2_000_000, 'ns', undefined, '2 ms'],
  [12.5, 'reqps', undefined, '12.5 req/s'],
  [3, 'ops', undefined, '3 ops/s'],
  [0.25, 'cores', undefined, '0.25 cores'],
  [2, 'cores', 1, '2.0 cores'],
  [12, 'widgets', undefined, '12 widgets'],
  [12, 'suffix: pods', undefined, '12 pods'],
  [12, 'prefix:$', undefined, '$12'],
  [1500, undefined, undefined, '1.5k'],
] as const;

describe('formatUnitValue', () => {
  it.each(CASES)('%d %s (decimals %s) → %s', (value, unit, decimals, text) => {
    expect(formatUnitValue(value, unit, decimals)).toBe(text);
  });

  it('has a case for every unit of the model', () => {
    const covered = new Set<string | undefined>(CASES.map((c) => c[1]));
    expect(UNITS.filter((u) => u !== 'dateTimeAsIso' && !covered.has(u))).toEqual([]);
  });

  it('formats epoch milliseconds as a local date and time', () => {
    const ms = new Date(2026, 0, 2, 3, 4, 5).getTime();
    expect(formatUnitValue(ms, 'dateTimeAsIso')).toBe('2026-01-02 03:04:05');
  });

  it('prints non-finite values the Prometheus way, whatever the unit', () => {
    expect(formatUnitValue(NaN, 'bytes')).toBe('NaN');
    expect(formatUnitValue(Infinity, 'ms')).toBe('+Inf');
  });

  it('leaves the chart formatter unchanged without decimals', () => {
    expect(formatValue(12.345, 'short')).toBe('12.3');
    expect(formatValue(0.0000123, 'short')).toBe('1.2e-5');
    expect(formatValue(12.345, 'short', 2)).toBe('12.35');
  });
});
