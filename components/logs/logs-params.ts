import type { LogDirection } from '@/lib/queries/types';

export const LOG_LIMITS = [100, 1000, 5000] as const;
export type LogLimit = (typeof LOG_LIMITS)[number];

/** The Logs view's URL state: query, limit, direction, and the two display toggles. */
export interface LogsParams {
  q: string;
  limit: LogLimit;
  dir: LogDirection;
  labels: boolean;
  wrap: boolean;
}

const DEFAULTS = { limit: 1000 as LogLimit, dir: 'backward' as LogDirection, labels: false, wrap: false };

export function readLogsParams(params: { get(name: string): string | null }): LogsParams {
  const limit = Number(params.get('limit'));
  return {
    q: params.get('q') ?? '',
    limit: (LOG_LIMITS as readonly number[]).includes(limit) ? (limit as LogLimit) : DEFAULTS.limit,
    dir: params.get('dir') === 'forward' ? 'forward' : 'backward',
    labels: params.get('labels') === '1',
    wrap: params.get('wrap') === '1',
  };
}

export function logsParamChanges(p: Partial<LogsParams>): Record<string, string | null | undefined> {
  const out: Record<string, string | null | undefined> = {};
  if (p.q !== undefined) out.q = p.q.trim() === '' ? null : p.q;
  if (p.limit !== undefined) out.limit = p.limit === DEFAULTS.limit ? null : String(p.limit);
  if (p.dir !== undefined) out.dir = p.dir === DEFAULTS.dir ? null : p.dir;
  if (p.labels !== undefined) out.labels = p.labels ? '1' : null;
  if (p.wrap !== undefined) out.wrap = p.wrap ? '1' : null;
  return out;
}

/** Nanosecond timestamp string → milliseconds (exact to the ms; a double cannot hold all nine digits). */
export function nsToMs(tsNs: string): number {
  return tsNs.length > 6 ? Number(tsNs.slice(0, -6)) : 0;
}
