import type { Direction, LogEntry } from '@/lib/datasources/types';

/** Nanosecond timestamps are decimal strings too long for a double: compare by length, then as text. */
export function compareNs(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Entries newest first (`backward`) or oldest first (`forward`), at most `limit`; equal times keep their order. */
export function orderLogEntries<E extends Pick<LogEntry, 'tsNs'>>(entries: readonly E[], direction: Direction, limit: number): E[] {
  const sign = direction === 'backward' ? -1 : 1;
  const sorted = [...entries].sort((a, b) => sign * compareNs(a.tsNs, b.tsNs));
  return sorted.length > limit ? sorted.slice(0, limit) : sorted;
}
