import { describe, expect, it } from 'vitest';
import { compareNs, orderLogEntries } from './log-entries';

describe('log entry order', () => {
  it('compares nanosecond strings exactly', () => {
    expect(compareNs('1700000000000000001', '1700000000000000002')).toBeLessThan(0);
    expect(compareNs('999', '1000')).toBeLessThan(0);
    expect(compareNs('5', '5')).toBe(0);
  });

  it('orders by direction, keeps ties stable and applies the limit', () => {
    const e = [{ tsNs: '2', line: 'b' }, { tsNs: '1', line: 'a' }, { tsNs: '2', line: 'c' }, { tsNs: '10', line: 'd' }];
    expect(orderLogEntries(e, 'backward', 10).map((x) => x.line)).toEqual(['d', 'b', 'c', 'a']);
    expect(orderLogEntries(e, 'forward', 2).map((x) => x.line)).toEqual(['a', 'b']);
  });
});
