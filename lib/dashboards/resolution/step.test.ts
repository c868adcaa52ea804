import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_POINTS_PER_SERIES, panelStep, parseMinInterval } from './step';

const H = 3_600_000;
const at = 1_700_000_123_456;

describe('panelStep', () => {
  it('is range / width rounded up to a nice step, at least 15s by default', () => {
    expect(panelStep({ range: { startMs: at - H, endMs: at }, widthPx: 1000 }).stepMs).toBe(15_000);
    expect(panelStep({ range: { startMs: at - 24 * H, endMs: at }, widthPx: 1000 }).stepMs).toBe(120_000);
    expect(panelStep({ range: { startMs: at - 7 * 24 * H, endMs: at }, widthPx: 800 }).stepMs).toBe(900_000);
  });

  it('honours the panel and target min intervals (the larger wins) as written', () => {
    const range = { startMs: at - H, endMs: at };
    expect(panelStep({ range, widthPx: 1000, panelInterval: '1m' }).stepMs).toBe(60_000);
    expect(panelStep({ range, widthPx: 1000, panelInterval: '1m', targetInterval: '2m' }).stepMs).toBe(120_000);
    expect(panelStep({ range, widthPx: 1000, targetInterval: '45s' }).stepMs).toBe(45_000);
    expect(panelStep({ range, widthPx: 1000, panelInterval: '>5s' })).toMatchObject({ stepMs: 5_000, minIntervalMs: 5_000 });
    expect(panelStep({ range, widthPx: 1000, panelInterval: '$bad' }).minIntervalMs).toBe(15_000);
  });

  it('uses maxDataPoints instead of the width when set', () => {
    const range = { startMs: at - 24 * H, endMs: at };
    expect(panelStep({ range, widthPx: 1000, maxDataPoints: 100 }).stepMs).toBe(900_000);
    expect(panelStep({ range, widthPx: 100, maxDataPoints: 10_000, defaultMinIntervalMs: 1000 }).stepMs).toBe(10_000);
  });

  it('aligns the range down to the step', () => {
    const s = panelStep({ range: { startMs: at - H, endMs: at }, widthPx: 1000 });
    expect(s.range.startMs % s.stepMs).toBe(0);
    expect(s.range.endMs % s.stepMs).toBe(0);
    expect(s.range.endMs).toBeLessThanOrEqual(at);
    expect(s.points).toBe(241);
  });

  it('never exceeds 11,000 points nor the resolution, for any range and width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 * 365 * 24 * H }),
        fc.integer({ min: 1, max: 20_000 }),
        fc.option(fc.integer({ min: 10, max: 11_000 }), { nil: undefined }),
        fc.constantFrom(undefined, '1s', '7s', '1m'),
        (span, widthPx, maxDataPoints, panelInterval) => {
          const s = panelStep({ range: { startMs: at - span, endMs: at }, widthPx, maxDataPoints, panelInterval, defaultMinIntervalMs: 1000 });
          expect((s.range.endMs - s.range.startMs) / s.stepMs).toBeLessThanOrEqual(MAX_POINTS_PER_SERIES);
          expect(s.points).toBeLessThanOrEqual(MAX_POINTS_PER_SERIES + 1);
          expect(span / s.stepMs).toBeLessThanOrEqual(maxDataPoints ?? widthPx);
          expect(s.stepMs).toBeGreaterThanOrEqual(s.minIntervalMs);
        },
      ),
    );
  });
});

describe('parseMinInterval', () => {
  it('reads durations and the > prefix, null otherwise', () => {
    expect(parseMinInterval('30s')).toBe(30_000);
    expect(parseMinInterval(' >1m ')).toBe(60_000);
    expect(parseMinInterval('')).toBeNull();
    expect(parseMinInterval('0s')).toBeNull();
    expect(parseMinInterval('abc')).toBeNull();
  });
});
