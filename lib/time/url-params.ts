import { isRefreshInterval, type RefreshInterval } from './refresh';
import type { RawTimeRange } from './time-expr';

export const TIME_PARAM_KEYS = ['from', 'to', 'refresh'] as const;
export const DEFAULT_TIME_RANGE: RawTimeRange = { from: 'now-1h', to: 'now' };
export const DEFAULT_REFRESH: RefreshInterval = 'off';

export interface TimeParams extends RawTimeRange {
  refresh: RefreshInterval;
}

interface ParamsLike {
  get(name: string): string | null;
}

/** Reads time params with defaults. Invalid from/to are returned as-is so the picker can show the error. */
export function readTimeParams(params: ParamsLike): TimeParams {
  const refresh = params.get('refresh');
  return {
    from: params.get('from') || DEFAULT_TIME_RANGE.from,
    to: params.get('to') || DEFAULT_TIME_RANGE.to,
    refresh: isRefreshInterval(refresh) ? refresh : DEFAULT_REFRESH,
  };
}

/** Copies only the time params present in `current` onto `href`, keeping href's own query and hash. */
export function withTimeParams(href: string, current: ParamsLike): string {
  const [pathAndQuery, hash] = splitOnce(href, '#');
  const [path, query] = splitOnce(pathAndQuery, '?');
  const next = new URLSearchParams(query);
  for (const key of TIME_PARAM_KEYS) {
    const value = current.get(key);
    if (value !== null && !next.has(key)) next.set(key, value);
  }
  const qs = next.toString();
  return `${path}${qs ? `?${qs}` : ''}${hash !== undefined ? `#${hash}` : ''}`;
}

/** Returns a new query string with `changes` applied; null or undefined deletes a key. Defaults are left out of the URL. */
export function updateSearch(current: string | URLSearchParams, changes: Record<string, string | null | undefined>): string {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || isDefault(key, value)) next.delete(key);
    else next.set(key, value);
  }
  return next.toString();
}

function isDefault(key: string, value: string): boolean {
  return (
    (key === 'from' && value === DEFAULT_TIME_RANGE.from) ||
    (key === 'to' && value === DEFAULT_TIME_RANGE.to) ||
    (key === 'refresh' && value === DEFAULT_REFRESH)
  );
}

function splitOnce(text: string, sep: string): [string, string | undefined] {
  const i = text.indexOf(sep);
  return i < 0 ? [text, undefined] : [text.slice(0, i), text.slice(i + 1)];
}
