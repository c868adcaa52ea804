/**
 * The step of a panel's range queries: max(min interval, range / resolution) with the range-derived part rounded to a
 * nice step (1s, 2s, 5s, 10s, 15s, 30s, 1m, ...), never more than Prometheus' 11,000 points per series, and the
 * range aligned to it so refreshes and shared links ask for the same timestamps. Pure.
 */
import { parseDuration } from '@/lib/time/duration';
import { alignRange, computeStepS } from '@/lib/time/step';
import type { ResolvedRange } from '@/lib/time/time-expr';

/** Prometheus refuses range queries with more points per series ("exceeded maximum resolution of 11,000 points"). */
export const MAX_POINTS_PER_SERIES = 11_000;
export const DEFAULT_MIN_INTERVAL_MS = 15_000;

export interface PanelStepInput {
  range: ResolvedRange;
  /** Plot width in CSS pixels: about one sample per pixel is all a chart can show. */
  widthPx: number;
  /** The panel's min interval (`interval`), e.g. `1m`; variables already interpolated. */
  panelInterval?: string;
  /** The target's min step (`interval`), e.g. `30s`. */
  targetInterval?: string;
  /** Replaces the width as the resolution when set (Grafana's "max data points"). */
  maxDataPoints?: number;
  /** Used when neither interval is set; 15s (Prometheus' default scrape interval). */
  defaultMinIntervalMs?: number;
}

export interface PanelStep {
  stepMs: number;
  /** The range to query: start and end snapped down to multiples of the step. */
  range: ResolvedRange;
  /** Samples per series the query returns at most. */
  points: number;
  /** The lower bound that applied. */
  minIntervalMs: number;
}

/**
 * Parses a Grafana min interval: a Prometheus duration, optionally with Grafana's `>` ("at least") prefix.
 * Returns null when absent or malformed (the caller falls back to the default).
 */
export function parseMinInterval(text: string | undefined): number | null {
  if (!text) return null;
  const ms = parseDuration(text.trim().replace(/^>/, ''));
  return ms !== null && ms > 0 ? ms : null;
}

/**
 * The step for one target of a panel. Both the panel's and the target's min intervals are lower bounds (as in
 * Grafana, where the panel's bounds `$__interval` and the target's bounds the step); an explicit min interval is
 * used as written (`45s` stays `45s`), only the range-derived step is rounded to a nice one.
 */
export function panelStep(input: PanelStepInput): PanelStep {
  const { range } = input;
  const explicit = [parseMinInterval(input.panelInterval), parseMinInterval(input.targetInterval)].filter((x) => x !== null);
  const minIntervalMs = explicit.length ? Math.max(...explicit) : (input.defaultMinIntervalMs ?? DEFAULT_MIN_INTERVAL_MS);
  const resolution = Math.max(1, Math.floor(input.maxDataPoints ?? input.widthPx));
  const fromRange = computeStepS(range, { maxPoints: resolution, minStepS: 0 }) * 1000;
  let stepMs = Math.max(minIntervalMs, fromRange);
  let aligned = alignRange(range, stepMs / 1000);
  while (Math.floor((aligned.endMs - aligned.startMs) / stepMs) > MAX_POINTS_PER_SERIES) {
    stepMs = niceStepAbove(stepMs);
    aligned = alignRange(range, stepMs / 1000);
  }
  return { stepMs, range: aligned, points: Math.floor((aligned.endMs - aligned.startMs) / stepMs) + 1, minIntervalMs };
}

/** The smallest nice step strictly above `ms`. */
function niceStepAbove(ms: number): number {
  return computeStepS({ startMs: 0, endMs: ms + 1000 }, { maxPoints: 1, minStepS: 0 }) * 1000;
}
