import type { Point } from '@/lib/datasources/types';

export const REDUCERS = ['last', 'mean', 'max', 'min', 'sum'] as const;
export type Reducer = (typeof REDUCERS)[number];

/**
 * Reduces a series to one number. NaN and ±Inf samples are ignored (Prometheus' NaN from 0/0 must not turn a
 * mean into NaN); a series with no finite sample reduces to NaN, which formats as "NaN" and colours as the base step.
 */
export function reduce(points: readonly Point[], reducer: Reducer): number {
  if (reducer === 'last') {
    for (let i = points.length - 1; i >= 0; i--) {
      const v = points[i]![1];
      if (Number.isFinite(v)) return v;
    }
    return NaN;
  }
  let n = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const p of points) {
    const v = p[1];
    if (!Number.isFinite(v)) continue;
    n++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (n === 0) return NaN;
  switch (reducer) {
    case 'mean':
      return sum / n;
    case 'max':
      return max;
    case 'min':
      return min;
    case 'sum':
      return sum;
  }
}

/** Several reductions at once, in the order asked (legend tables, table panels). */
export function reduceAll<R extends Reducer>(points: readonly Point[], reducers: readonly R[]): Record<R, number> {
  const out = {} as Record<R, number>;
  for (const r of reducers) out[r] = reduce(points, r);
  return out;
}

export const REDUCER_LABELS: Record<Reducer, string> = { last: 'Last', mean: 'Mean', max: 'Max', min: 'Min', sum: 'Total' };
