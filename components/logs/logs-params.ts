import type { DedupMode } from '@/lib/logs/dedup';
import type { LogDirection } from '@/lib/queries/types';

export const LOG_LIMITS = [100, 1000, 5000] as const;
export type LogLimit = (typeof LOG_LIMITS)[number];
export const DEDUP_MODES: readonly DedupMode[] = ['none', 'exact', 'numbers', 'signature'];
export const MAX_LINE_CHOICES = [5000, 20_000, 100_000, 250_000] as const;

/** A column sort: field name and direction. */
export interface ColumnSort {
  field: string;
  desc: boolean;
}

/** The Logs view's URL state: everything on screen, so a copied link reopens the same view. */
export interface LogsParams {
  q: string;
  /** Lines per request (a page). */
  limit: LogLimit;
  dir: LogDirection;
  labels: boolean;
  wrap: boolean;
  pretty: boolean;
  dedup: DedupMode;
  /** Automatic paging stops at this many lines. */
  max: number;
  /** Fields shown as columns. */
  cols: string[];
  sort: ColumnSort | null;
  /** The selected line: `<tsNs>-<hash>` (see line-ref.ts). */
  line: string;
  live: boolean;
}

const DEFAULTS = { limit: 1000 as LogLimit, max: 100_000 };

export function readLogsParams(params: { get(name: string): string | null }): LogsParams {
  const limit = Number(params.get('limit'));
  const max = Number(params.get('max'));
  const dedup = params.get('dedup') as DedupMode | null;
  const sort = /^(.+?):(asc|desc)$/.exec(params.get('sort') ?? '');
  return {
    q: params.get('q') ?? '',
    limit: (LOG_LIMITS as readonly number[]).includes(limit) ? (limit as LogLimit) : DEFAULTS.limit,
    dir: params.get('dir') === 'forward' ? 'forward' : 'backward',
    labels: params.get('labels') === '1',
    wrap: params.get('wrap') === '1',
    pretty: params.get('pretty') === '1',
    dedup: dedup && DEDUP_MODES.includes(dedup) ? dedup : 'none',
    max: Number.isInteger(max) && max >= 100 && max <= 1_000_000 ? max : DEFAULTS.max,
    cols: (params.get('cols') ?? '').split(',').filter((c) => c !== ''),
    sort: sort ? { field: sort[1]!, desc: sort[2] === 'desc' } : null,
    line: params.get('line') ?? '',
    live: params.get('live') === '1',
  };
}

export function logsParamChanges(p: Partial<LogsParams>): Record<string, string | null | undefined> {
  const out: Record<string, string | null | undefined> = {};
  if (p.q !== undefined) out.q = p.q.trim() === '' ? null : p.q;
  if (p.limit !== undefined) out.limit = p.limit === DEFAULTS.limit ? null : String(p.limit);
  if (p.dir !== undefined) out.dir = p.dir === 'backward' ? null : p.dir;
  if (p.labels !== undefined) out.labels = p.labels ? '1' : null;
  if (p.wrap !== undefined) out.wrap = p.wrap ? '1' : null;
  if (p.pretty !== undefined) out.pretty = p.pretty ? '1' : null;
  if (p.dedup !== undefined) out.dedup = p.dedup === 'none' ? null : p.dedup;
  if (p.max !== undefined) out.max = p.max === DEFAULTS.max ? null : String(p.max);
  if (p.cols !== undefined) out.cols = p.cols.length ? p.cols.join(',') : null;
  if (p.sort !== undefined) out.sort = p.sort ? `${p.sort.field}:${p.sort.desc ? 'desc' : 'asc'}` : null;
  if (p.line !== undefined) out.line = p.line || null;
  if (p.live !== undefined) out.live = p.live ? '1' : null;
  return out;
}

/** Nanosecond timestamp string → milliseconds (exact to the ms; a double cannot hold all nine digits). */
export function nsToMs(tsNs: string): number {
  return tsNs.length > 6 ? Number(tsNs.slice(0, -6)) : 0;
}
