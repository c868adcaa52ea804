import { parseDuration } from './duration';

export const REFRESH_OPTIONS = ['off', '5s', '10s', '30s', '1m', '5m'] as const;
export type RefreshInterval = (typeof REFRESH_OPTIONS)[number];

export function isRefreshInterval(value: string | null | undefined): value is RefreshInterval {
  return (REFRESH_OPTIONS as readonly string[]).includes(value ?? '');
}

/** Interval in ms, or null when auto-refresh is off. */
export function refreshIntervalMs(value: RefreshInterval): number | null {
  return value === 'off' ? null : parseDuration(value);
}
