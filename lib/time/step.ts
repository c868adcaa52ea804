import type { ResolvedRange } from './time-expr';

const NICE_STEPS_S = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400];

export interface StepOptions {
  /** Roughly the plot width: about one sample per pixel is all a chart can show. */
  maxPoints?: number;
  /** Lower bound in seconds; below the scrape interval extra samples are just repeats. */
  minStepS?: number;
}

/** Picks a "nice" step in seconds so that the range holds at most ~maxPoints samples. */
export function computeStepS(range: ResolvedRange, { maxPoints = 1000, minStepS = 15 }: StepOptions = {}): number {
  const spanS = Math.max(0, (range.endMs - range.startMs) / 1000);
  const wanted = Math.max(minStepS, spanS / maxPoints);
  return NICE_STEPS_S.find((s) => s >= wanted) ?? Math.ceil(wanted / 86400) * 86400;
}

/**
 * Snaps start and end down to multiples of the step, so that refreshes and shared links ask Prometheus for the same
 * sample timestamps (stable charts, cacheable query keys). End goes down, not up: a sample "from the future" would
 * repeat the last value through Prometheus' lookback and mislead.
 */
export function alignRange(range: ResolvedRange, stepS: number): ResolvedRange {
  const stepMs = stepS * 1000;
  return {
    startMs: Math.floor(range.startMs / stepMs) * stepMs,
    endMs: Math.floor(range.endMs / stepMs) * stepMs,
  };
}
