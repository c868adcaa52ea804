import type { Thresholds } from '@/lib/dashboards/model';
import { cssColor } from './colors';

type Step = Thresholds['steps'][number];

/** Steps in ascending order with the base step (value null) first, standing for -Infinity. */
function orderedSteps(thresholds: Thresholds): Step[] {
  return [...thresholds.steps].sort((a, b) => (a.value ?? -Infinity) - (b.value ?? -Infinity));
}

/** Where `value` sits in the units the steps are written in: the value itself, or percent of [min, max]. */
function inStepUnits(value: number, mode: Thresholds['mode'], min: number, max: number): number {
  if (mode !== 'percentage') return value;
  return max === min ? 0 : ((value - min) / (max - min)) * 100;
}

/**
 * The CSS colour of the highest step at or below `value` (Grafana semantics: a step's value is where its colour
 * begins; the base step's null is -Infinity). In `percentage` mode steps are percent of [min, max]. NaN, missing
 * thresholds or no steps give `fallback`; a value under every step (no base step) gets the lowest step's colour.
 */
export function thresholdColor(
  value: number,
  thresholds: Thresholds | undefined,
  min: number,
  max: number,
  fallback = 'var(--text)',
): string {
  if (!thresholds || thresholds.steps.length === 0 || Number.isNaN(value)) {
    const base = thresholds?.steps.find((s) => s.value === null);
    return base ? cssColor(base.color, fallback) : fallback;
  }
  const steps = orderedSteps(thresholds);
  const v = inStepUnits(value, thresholds.mode, min, max);
  let color = steps[0]!.color;
  for (const s of steps) {
    if ((s.value ?? -Infinity) <= v) color = s.color;
    else break;
  }
  return cssColor(color, fallback);
}

export interface ThresholdSegment {
  /** Absolute values, clamped to [min, max]. */
  from: number;
  to: number;
  color: string;
}

/** The thresholds as coloured value ranges covering [min, max]: gauge arcs and threshold bands. */
export function thresholdSegments(thresholds: Thresholds | undefined, min: number, max: number): ThresholdSegment[] {
  if (!thresholds || thresholds.steps.length === 0 || !(max > min)) return [];
  const toAbs = (v: number | null) =>
    v === null ? -Infinity : thresholds.mode === 'percentage' ? min + (v / 100) * (max - min) : v;
  const steps = orderedSteps(thresholds);
  const out: ThresholdSegment[] = [];
  steps.forEach((s, i) => {
    const from = Math.max(min, i === 0 ? min : toAbs(s.value));
    const next = steps[i + 1];
    const to = Math.min(max, next ? toAbs(next.value) : max);
    if (to > from) out.push({ from, to, color: cssColor(s.color) });
  });
  return out;
}

/** Absolute values of the non-base steps, for threshold lines on a time series. */
export function thresholdLines(thresholds: Thresholds | undefined, min: number, max: number): { value: number; color: string }[] {
  if (!thresholds) return [];
  return orderedSteps(thresholds)
    .filter((s): s is Step & { value: number } => s.value !== null)
    .map((s) => ({
      value: thresholds.mode === 'percentage' ? min + (s.value / 100) * (max - min) : s.value,
      color: cssColor(s.color),
    }));
}

/**
 * The [min, max] a gauge or bar gauge spans: configured bounds win; percent units default to their natural range;
 * otherwise 0 (or the lowest value, when negative) up to the highest value.
 */
export function gaugeRange(values: readonly number[], unit: string | undefined, min?: number, max?: number): [number, number] {
  const natural = unit === 'percent' ? 100 : unit === 'percentunit' ? 1 : undefined;
  let lo = min ?? 0;
  let hi = max ?? natural ?? -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (min === undefined && v < lo) lo = v;
    if (max === undefined && natural === undefined && v > hi) hi = v;
  }
  if (!Number.isFinite(hi) || hi <= lo) hi = lo + (natural ?? 100);
  return [lo, hi];
}
