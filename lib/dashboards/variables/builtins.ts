/**
 * Grafana's built-in variables for a panel query: `$__interval`, `$__interval_ms`, `$__rate_interval`, `$__range`,
 * `$__range_s`, `$__range_ms`, `$__from`, `$__to`. Pure.
 */
import { formatDuration } from '@/lib/time/duration';
import type { ResolvedRange } from '@/lib/time/time-expr';
import type { VariableScope } from './types';

/** Prometheus' default scrape interval, Grafana's default for `$__rate_interval`. */
export const DEFAULT_SCRAPE_INTERVAL_MS = 15_000;

export interface BuiltinContext {
  range: ResolvedRange;
  /** The panel's step (see resolution/step.ts); `$__interval`. */
  intervalMs: number;
  /** The datasource's scrape interval; 15s unless configured. */
  scrapeIntervalMs?: number;
}

/**
 * Grafana's `$__rate_interval`: max(`$__interval` + scrape interval, 4 × scrape interval), so that a `rate()` window
 * always holds at least four samples and never skips any between two steps.
 */
export function rateIntervalMs(intervalMs: number, scrapeIntervalMs = DEFAULT_SCRAPE_INTERVAL_MS): number {
  return Math.max(intervalMs + scrapeIntervalMs, 4 * scrapeIntervalMs);
}

/**
 * The built-ins as scope entries (names without `$`). Like Grafana, `$__range` is whole seconds (`3600s`),
 * `$__from` / `$__to` are epoch milliseconds, and intervals are Prometheus durations (`1m30s`).
 */
export function builtinVariables({ range, intervalMs, scrapeIntervalMs }: BuiltinContext): VariableScope {
  const rangeMs = Math.max(0, range.endMs - range.startMs);
  const rangeS = Math.round(rangeMs / 1000);
  const one = (v: string | number) => ({ values: [String(v)] });
  return {
    __interval: one(formatDuration(intervalMs)),
    __interval_ms: one(Math.round(intervalMs)),
    __rate_interval: one(formatDuration(rateIntervalMs(intervalMs, scrapeIntervalMs))),
    __range: one(`${rangeS}s`),
    __range_s: one(rangeS),
    __range_ms: one(rangeMs),
    __from: one(range.startMs),
    __to: one(range.endMs),
  };
}
