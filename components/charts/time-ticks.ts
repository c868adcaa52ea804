const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
const INTERVALS = [S, 5 * S, 15 * S, 30 * S, M, 2 * M, 5 * M, 10 * M, 15 * M, 30 * M, H, 2 * H, 3 * H, 6 * H, 12 * H, D, 2 * D, 7 * D, 30 * D];

/**
 * Evenly spaced x-axis ticks on round local times (every 5 min, every 6 h, at local midnight...). `tzOffsetMin` is
 * `Date#getTimezoneOffset()` (minutes behind UTC), passed in so the function stays pure.
 */
export function timeTicks(startMs: number, endMs: number, maxTicks: number, tzOffsetMin: number): number[] {
  const span = endMs - startMs;
  if (!(span > 0) || maxTicks < 1) return [];
  const interval = INTERVALS.find((i) => span / i <= maxTicks) ?? Math.ceil(span / maxTicks / D) * D;
  const shift = -tzOffsetMin * M; // local = utc + shift
  const first = Math.ceil((startMs + shift) / interval) * interval - shift;
  const ticks: number[] = [];
  for (let t = first; t <= endMs; t += interval) ticks.push(t);
  return ticks;
}
