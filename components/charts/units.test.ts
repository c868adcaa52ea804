import { describe, expect, it } from 'vitest';
import { formatValue } from './units';

describe('formatValue', () => {
  it.each([
    [0, 'short', '0'],
    [0.5, 'short', '0.5'],
    [12.345, 'short', '12.3'],
    [1500, 'short', '1.5k'],
    [2_340_000, 'short', '2.34M'],
    [-1500, 'short', '-1.5k'],
    [0.0000123, 'short', '1.2e-5'],
    [512, 'bytes', '512 B'],
    [1536, 'bytes', '1.5 KiB'],
    [5 * 1024 ** 3, 'bytes', '5 GiB'],
    [0.000_25, 'seconds', '250 µs'],
    [0.012, 'seconds', '12 ms'],
    [4.5, 'seconds', '4.5 s'],
    [90, 'seconds', '1.5 min'],
    [7200, 'seconds', '2 hour'],
    [42.1, 'percent', '42.1%'],
    [0.421, 'percentunit', '42.1%'],
    [12.5, 'reqps', '12.5 req/s'],
    [2500, 'reqps', '2.5k req/s'],
  ] as const)('%d %s → %s', (value, unit, text) => expect(formatValue(value, unit)).toBe(text));

  it('prints non-finite values the Prometheus way', () => {
    expect(formatValue(NaN)).toBe('NaN');
    expect(formatValue(Infinity, 'bytes')).toBe('+Inf');
    expect(formatValue(-Infinity)).toBe('-Inf');
  });
});
