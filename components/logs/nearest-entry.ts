import type { LogEntry } from '@/lib/queries/types';
import { nsToMs } from './logs-params';

/**
 * Index of the line nearest in time to `timeMs` in `entries` sorted by time, newest or oldest first (the order is
 * read from the ends), or -1 for none. Binary search: the crosshair asks on every pointer frame, over up to 100k lines.
 */
export function nearestEntryIndex(entries: readonly LogEntry[], timeMs: number): number {
  const n = entries.length;
  if (n === 0) return -1;
  const at = (i: number) => nsToMs(entries[i]!.tsNs);
  const descending = at(0) > at(n - 1);
  // First index whose time is at or past timeMs in the list's own direction.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (descending ? at(mid) > timeMs : at(mid) < timeMs) lo = mid + 1;
    else hi = mid;
  }
  if (lo === n) return n - 1;
  if (lo > 0 && Math.abs(at(lo - 1) - timeMs) <= Math.abs(at(lo) - timeMs)) return lo - 1;
  return lo;
}
