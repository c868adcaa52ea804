import { describe, expect, it } from 'vitest';
import { updateSearch } from '@/lib/time/url-params';
import { logsParamChanges, nsToMs, readLogsParams, type LogsParams } from './logs-params';

const defaults: LogsParams = {
  q: '',
  limit: 1000,
  dir: 'backward',
  labels: false,
  wrap: false,
  pretty: false,
  dedup: 'none',
  max: 100_000,
  cols: [],
  sort: null,
  line: '',
  live: false,
};

describe('logs params', () => {
  it('reads defaults and refuses unknown values', () => {
    expect(readLogsParams(new URLSearchParams('limit=999999&dedup=fuzzy&max=5&sort=x'))).toEqual(defaults);
  });

  it('round-trips, and defaults leave the URL empty', () => {
    const p: LogsParams = {
      q: '{namespace="shop"} |= "error"',
      limit: 5000,
      dir: 'forward',
      labels: true,
      wrap: true,
      pretty: true,
      dedup: 'numbers',
      max: 20_000,
      cols: ['status', 'path'],
      sort: { field: 'status', desc: true },
      line: '1795304849325036376-abc',
      live: true,
    };
    expect(readLogsParams(new URLSearchParams(updateSearch('', logsParamChanges(p))))).toEqual(p);
    expect(updateSearch('', logsParamChanges(defaults))).toBe('');
  });

  it('converts nanosecond strings exactly to ms', () => {
    expect(nsToMs('1795304849325036376')).toBe(1795304849325);
    expect(nsToMs('5')).toBe(0);
  });
});
