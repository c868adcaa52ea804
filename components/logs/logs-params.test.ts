import { describe, expect, it } from 'vitest';
import { updateSearch } from '@/lib/time/url-params';
import { logsParamChanges, nsToMs, readLogsParams } from './logs-params';

describe('logs params', () => {
  it('reads defaults and refuses unknown limits', () => {
    expect(readLogsParams(new URLSearchParams('limit=999999'))).toEqual({ q: '', limit: 1000, dir: 'backward', labels: false, wrap: false });
  });

  it('round-trips', () => {
    const p = { q: '{namespace="shop"} |= "error"', limit: 5000 as const, dir: 'forward' as const, labels: true, wrap: true };
    expect(readLogsParams(new URLSearchParams(updateSearch('', logsParamChanges(p))))).toEqual(p);
    expect(updateSearch('', logsParamChanges({ limit: 1000, dir: 'backward', labels: false }))).toBe('');
  });

  it('converts nanosecond strings exactly to ms', () => {
    expect(nsToMs('1795304849325036376')).toBe(1795304849325);
    expect(nsToMs('5')).toBe(0);
  });
});
