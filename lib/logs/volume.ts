/**
 * The log volume histogram: counts per time bucket stacked by level, computed from loaded entries when Loki has no
 * volume endpoint, and the LogQL metric query Loki evaluates for it otherwise. Pure.
 */
import type { LogEntry } from '@/lib/datasources/types';
import { isLabelName } from '@/lib/promql/escape';
import { LOG_LEVELS, type LogLevel, entryLevel } from './level';
import { logExpressions, parseLogql, syntaxErrorAt } from './query-tree';

export interface VolumeHistogram {
  /** Start of each bucket, ms since the epoch. */
  times: number[];
  bucketMs: number;
  /** Per level, a count per bucket (every level present, zeros included), stacked in `LOG_LEVELS` order. */
  counts: Record<LogLevel, number[]>;
  /** Entries counted (those outside `[startMs, endMs)` are not). */
  total: number;
}

export interface HistogramOptions {
  startMs: number;
  endMs: number;
  buckets: number;
  /** The level of an entry (default `entryLevel`); pass a cached lookup when the list already computed them. */
  levelOf?: (entry: LogEntry, index: number) => LogLevel;
}

/** Buckets `entries` by time into `buckets` equal intervals of `[startMs, endMs)`, by level. */
export function volumeHistogram(entries: readonly LogEntry[], options: HistogramOptions): VolumeHistogram {
  const { startMs, endMs } = options;
  const n = Math.max(1, Math.floor(options.buckets));
  const bucketMs = Math.max(endMs - startMs, 1) / n;
  const levelOf = options.levelOf ?? entryLevel;
  const counts = Object.fromEntries(LOG_LEVELS.map((l) => [l, new Array<number>(n).fill(0)])) as Record<LogLevel, number[]>;
  let total = 0;
  entries.forEach((entry, i) => {
    const ms = Number(entry.tsNs) / 1e6;
    if (!(ms >= startMs && ms < endMs)) return;
    const bucket = Math.min(n - 1, Math.floor((ms - startMs) / bucketMs));
    counts[levelOf(entry, i)][bucket]!++;
    total++;
  });
  return { times: Array.from({ length: n }, (_, i) => startMs + i * bucketMs), bucketMs, counts, total };
}

const DURATION = /^(?:\d+(?:ms|s|m|h|d|w|y))+$/;

export interface VolumeQueryOptions {
  /** Range of each count, a LogQL duration (`1m`, `30s`): usually the step of the range query. */
  interval: string;
  /**
   * The label to stack by: Loki 3 attaches `detected_level` to every line (default); older Loki only has what the
   * streams carry (`level`).
   */
  levelLabel?: string;
}

/**
 * `sum by (detected_level) (count_over_time(<log query> [<interval>]))` for a log query (selector and pipeline), for
 * Loki's `query_range`. Throws if `logQuery` is not one log query, or on an invalid interval or label.
 */
export function volumeQuery(logQuery: string, { interval, levelLabel = 'detected_level' }: VolumeQueryOptions): string {
  checkVolumeInput(logQuery, interval);
  if (!isLabelName(levelLabel)) throw new Error(`invalid label name ${JSON.stringify(levelLabel)}`);
  return `sum by (${levelLabel}) (count_over_time(${logQuery.trim()} [${interval}]))`;
}

/** `sum(count_over_time(<log query> [<interval>]))`: all matching lines per interval, whatever their labels. */
export function countQuery(logQuery: string, interval: string): string {
  checkVolumeInput(logQuery, interval);
  return `sum(count_over_time(${logQuery.trim()} [${interval}]))`;
}

function checkVolumeInput(logQuery: string, interval: string): void {
  const tree = parseLogql(logQuery);
  const expressions = logExpressions(tree);
  const top = tree.topNode.firstChild?.firstChild;
  if (syntaxErrorAt(tree) >= 0 || expressions.length !== 1 || top?.name !== 'LogExpr') {
    throw new Error('a volume query needs one valid log query (a selector and its pipeline)');
  }
  if (!DURATION.test(interval)) throw new Error(`invalid interval ${JSON.stringify(interval)}`);
}
