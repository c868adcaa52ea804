/**
 * Loading more log lines than Loki answers in one query: pages that follow the last timestamp, with no duplicate and
 * no gap at equal timestamps. Pure: the request is an injected function (the browser passes one calling /api).
 */
import { compareNs, sortEntries } from '@/lib/datasources/loki/to-log-entries';
import type { Direction, LogEntry } from '@/lib/datasources/types';
import { type NsBound, entryKey, toBigNs } from './entry-key';

/** One Loki `query_range` call: `start` inclusive, `end` exclusive, nanoseconds. */
export interface PageRequest {
  start: bigint;
  end: bigint;
  limit: number;
  direction: Direction;
  signal?: AbortSignal;
}

/** Performs one request; entries in any order (Loki returns them stream by stream). */
export type FetchPage = (request: PageRequest) => Promise<LogEntry[]>;

export interface PagingOptions {
  start: NsBound;
  end: NsBound;
  direction?: Direction;
  /** Lines asked per request (default 1,000, at most `maxLimit`). */
  pageSize?: number;
  /** Stop after this many lines (default 100,000). */
  maxLines?: number;
  /** The largest `limit` Loki accepts (`max_entries_limit_per_query`, default 5,000): used to widen at one timestamp. */
  maxLimit?: number;
  signal?: AbortSignal;
}

/** Why loading stopped (`done`) or paused: `limit` means the page was full and more lines remain. */
export type PagingReason = 'limit' | 'exhausted' | 'maxLines';

export interface PagingProgress {
  /** Lines new in this step, in the requested direction. */
  entries: LogEntry[];
  /** Lines loaded so far, these included. */
  loaded: number;
  done: boolean;
  reason?: PagingReason;
  oldestNs?: string;
  newestNs?: string;
  /**
   * More than `maxLimit` lines share this nanosecond: Loki cannot return them all, `loaded` of them were kept and
   * paging went on past it. Shown to the user as a message, never a silent gap.
   */
  overflow?: { tsNs: string; loaded: number };
}

export const DEFAULT_PAGE_SIZE = 1000;
export const DEFAULT_MAX_LINES = 100_000;
export const DEFAULT_MAX_LIMIT = 5000;

/**
 * Loads `[start, end)` page by page, newest first for 'backward' (default). The next page's bound is the last
 * entry's timestamp, inclusive; entries at that timestamp already yielded are dropped by (ts, stream, line), and the
 * next limit grows by their number so each page brings new lines. A full page holding a single nanosecond is widened
 * to that nanosecond alone with `maxLimit`; beyond that, `overflow` says so.
 */
export async function* pageLogs(fetchPage: FetchPage, options: PagingOptions): AsyncGenerator<PagingProgress> {
  const direction = options.direction ?? 'backward';
  const maxLimit = options.maxLimit ?? DEFAULT_MAX_LIMIT;
  const pageSize = Math.max(1, Math.min(options.pageSize ?? DEFAULT_PAGE_SIZE, maxLimit));
  const maxLines = options.maxLines ?? DEFAULT_MAX_LINES;
  const { signal } = options;
  let lo = toBigNs(options.start);
  let hi = toBigNs(options.end);
  let boundary: string | undefined;
  let seen = new Set<string>();
  let loaded = 0;
  let oldestNs: string | undefined;
  let newestNs: string | undefined;

  const fresh = (page: LogEntry[]) => page.filter((e) => e.tsNs !== boundary || !seen.has(entryKey(e)));
  const progress = (entries: LogEntry[], done: boolean, reason: PagingReason, overflow?: PagingProgress['overflow']) => {
    loaded += entries.length;
    for (const e of entries) {
      if (oldestNs === undefined || compareNs(e.tsNs, oldestNs) < 0) oldestNs = e.tsNs;
      if (newestNs === undefined || compareNs(e.tsNs, newestNs) > 0) newestNs = e.tsNs;
    }
    return { entries, loaded, done, reason, oldestNs, newestNs, ...(overflow ? { overflow } : {}) };
  };

  if (maxLines <= 0) return yield progress([], true, 'maxLines');
  for (;;) {
    signal?.throwIfAborted();
    if (lo >= hi) return yield progress([], true, 'exhausted');
    const limit = Math.min(maxLimit, Math.min(pageSize, maxLines - loaded) + seen.size);
    let page = sortEntries(await fetchPage({ start: lo, end: hi, limit, direction, signal }), direction);
    const full = page.length >= limit;
    let overflow: PagingProgress['overflow'];
    let last = page.at(-1)?.tsNs;

    if (full && last !== undefined && page[0]!.tsNs === last) {
      // One nanosecond fills the page: ask for it alone, as many as Loki allows, then move past it.
      const ns = BigInt(last);
      if (limit < maxLimit) {
        signal?.throwIfAborted();
        page = sortEntries(await fetchPage({ start: ns, end: ns + 1n, limit: maxLimit, direction, signal }), direction);
      }
      const entries = fresh(page);
      if (page.length >= maxLimit) overflow = { tsNs: last, loaded: page.length };
      if (direction === 'backward') hi = ns;
      else lo = ns + 1n;
      boundary = undefined;
      seen = new Set();
      last = undefined;
      const room = maxLines - loaded;
      if (entries.length >= room) return yield progress(entries.slice(0, room), true, 'maxLines', overflow);
      yield progress(entries, false, 'limit', overflow);
      continue;
    }

    const entries = fresh(page);
    const room = maxLines - loaded;
    if (entries.length > room || (full && entries.length === room)) {
      return yield progress(entries.slice(0, room), true, 'maxLines');
    }
    if (!full || last === undefined) return yield progress(entries, true, 'exhausted');

    boundary = last;
    seen = new Set();
    for (let i = page.length - 1; i >= 0 && page[i]!.tsNs === last; i--) seen.add(entryKey(page[i]!));
    if (direction === 'backward') hi = BigInt(last) + 1n;
    else lo = BigInt(last);
    yield progress(entries, false, 'limit');
  }
}

/** `[start, end)` cut into `parts` contiguous ranges, oldest first (reverse them to load newest first). */
export function splitRange(start: NsBound, end: NsBound, parts: number): { start: bigint; end: bigint }[] {
  const lo = toBigNs(start);
  const hi = toBigNs(end);
  if (hi <= lo) return [];
  const n = BigInt(Math.max(1, Math.min(Math.floor(parts), Number(hi - lo))));
  const out: { start: bigint; end: bigint }[] = [];
  for (let i = 0n; i < n; i++) out.push({ start: lo + ((hi - lo) * i) / n, end: lo + ((hi - lo) * (i + 1n)) / n });
  return out;
}
