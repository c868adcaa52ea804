import { describe, expect, it } from 'vitest';
import { describeRelativeRange, quickRange, zoomOutRange } from './quick-ranges';
import { refreshIntervalMs, isRefreshInterval } from './refresh';
import { alignRange, computeStepS } from './step';
import { readTimeParams, updateSearch, withTimeParams } from './url-params';

describe('step', () => {
  it('keeps a 15s floor and about 1000 points', () => {
    expect(computeStepS({ startMs: 0, endMs: 300_000 })).toBe(15);
    expect(computeStepS({ startMs: 0, endMs: 3_600_000 })).toBe(15);
    expect(computeStepS({ startMs: 0, endMs: 6 * 3_600_000 })).toBe(30);
    expect(computeStepS({ startMs: 0, endMs: 7 * 86_400_000 })).toBe(900);
    expect(computeStepS({ startMs: 0, endMs: 3_600_000 }, { minStepS: 1, maxPoints: 600 })).toBe(10);
  });

  it('stays under Prometheus 11k points for long ranges', () => {
    const range = { startMs: 0, endMs: 400 * 86_400_000 };
    expect((range.endMs - range.startMs) / 1000 / computeStepS(range)).toBeLessThanOrEqual(11_000);
  });

  it('aligns start and end down to the step', () => {
    expect(alignRange({ startMs: 1_000_007_000, endMs: 1_000_907_000 }, 15)).toEqual({
      startMs: 1_000_005_000,
      endMs: 1_000_905_000,
    });
  });
});

describe('url params', () => {
  it('fills defaults and keeps invalid text for the picker', () => {
    expect(readTimeParams(new URLSearchParams(''))).toEqual({ from: 'now-1h', to: 'now', refresh: 'off' });
    expect(readTimeParams(new URLSearchParams('from=bogus&refresh=7s'))).toEqual({ from: 'bogus', to: 'now', refresh: 'off' });
  });

  it('carries time params onto links without clobbering their own', () => {
    const current = new URLSearchParams('from=now-6h&to=now&refresh=30s&q=up');
    expect(withTimeParams('/logs', current)).toBe('/logs?from=now-6h&to=now&refresh=30s');
    expect(withTimeParams('/pods?ns=shop&from=now-5m#x', current)).toBe('/pods?ns=shop&from=now-5m&to=now&refresh=30s#x');
    expect(withTimeParams('/', new URLSearchParams())).toBe('/');
  });

  it('updates the search string, leaving defaults out', () => {
    expect(updateSearch('q=up&from=now-6h', { from: 'now-1h', to: 'now', refresh: '5s' })).toBe('q=up&refresh=5s');
    expect(updateSearch('q=up', { q: null, from: 'now-2d' })).toBe('from=now-2d');
  });
});

describe('quick ranges and refresh', () => {
  it('describes relative ranges', () => {
    expect(describeRelativeRange(quickRange('15m'))).toBe('Last 15 minutes');
    expect(describeRelativeRange(quickRange('1h'))).toBe('Last 1 hour');
    expect(describeRelativeRange({ from: 'now-1h30m', to: 'now' })).toBe('Last 1h30m');
    expect(describeRelativeRange({ from: '2026-11-21T23:00:00Z', to: 'now' })).toBeNull();
  });

  it('parses refresh intervals', () => {
    expect(refreshIntervalMs('off')).toBeNull();
    expect(refreshIntervalMs('30s')).toBe(30_000);
    expect(refreshIntervalMs('5m')).toBe(300_000);
    expect(isRefreshInterval('2s')).toBe(false);
  });
});

describe('zoomOutRange', () => {
  it('doubles around the centre but not into the future', () => {
    expect(zoomOutRange({ startMs: 1000, endMs: 2000 }, 10_000)).toEqual({ startMs: 500, endMs: 2500 });
    expect(zoomOutRange({ startMs: 8000, endMs: 10_000 }, 10_000)).toEqual({ startMs: 6000, endMs: 10_000 });
  });
});
