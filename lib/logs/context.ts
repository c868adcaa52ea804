/**
 * Log context: lines before and after a line from the same stream, expandable in steps beyond Loki's limit. The
 * selector is the entry's stream labels exactly. Lines at the entry's own timestamp are split by position: Loki keeps
 * a stream's equal-timestamp lines in arrival order (reversed when backward), so "before" is what comes after the entry
 * in a backward answer, "after" what follows it in a forward one. Pure: requests go through an injected function.
 */
import { sortEntries } from '@/lib/datasources/loki/to-log-entries';
import type { Direction, LogEntry } from '@/lib/datasources/types';
import { streamSelector } from '@/lib/logql/escape';
import { entryKey } from './entry-key';
import type { PageRequest } from './paging';

export interface ContextRequest extends PageRequest {
  query: string;
}

export type FetchContext = (request: ContextRequest) => Promise<LogEntry[]>;

/** Where one side continues: the request to make and the lines at its bound timestamp to drop from the answer. */
export interface ContextCursor {
  request: ContextRequest;
  skip: string[];
  /** Until the entry itself has been seen, lines at its timestamp are split around it. */
  anchor?: string;
}

export interface LogContext {
  entry: LogEntry;
  /** Chronological, the nearest line last. */
  before: LogEntry[];
  /** Chronological, the nearest line first. */
  after: LogEntry[];
  /** `null` once a side found no more lines within `windowNs` of the entry. */
  next: { before: ContextCursor | null; after: ContextCursor | null };
  step: number;
}

export interface ContextOptions {
  /** Lines added per side and step (default 10). */
  step?: number;
  /** How far from the entry to look, ns (default 6 h). */
  windowNs?: bigint;
}

const selectorOf = (entry: LogEntry) =>
  streamSelector(Object.entries(entry.labels).map(([name, value]) => ({ name, op: '=' as const, value })));

/** The state before any request: both sides' first requests in `next`. */
export function startContext(entry: LogEntry, { step = 10, windowNs = 6n * 3600n * 10n ** 9n }: ContextOptions = {}): LogContext {
  const ts = BigInt(entry.tsNs);
  const query = selectorOf(entry);
  const anchor = entryKey(entry);
  const request = (direction: Direction, start: bigint, end: bigint): ContextCursor => ({
    request: { query, start, end, limit: step + 1, direction },
    skip: [],
    anchor,
  });
  return {
    entry,
    before: [],
    after: [],
    next: { before: request('backward', ts - windowNs, ts + 1n), after: request('forward', ts, ts + windowNs) },
    step,
  };
}

/** The lines of `page` new to this side, in the page's direction, and the cursor after them. */
function advance(cursor: ContextCursor, page: LogEntry[], step: number): { lines: LogEntry[]; next: ContextCursor | null } {
  const { request } = cursor;
  const sorted = sortEntries(page, request.direction);
  const skip = new Set(cursor.skip);
  let lines = sorted.filter((e) => !skip.has(entryKey(e)));
  let anchor = cursor.anchor;
  if (anchor !== undefined) {
    const at = lines.findIndex((e) => entryKey(e) === anchor);
    const anchorTs = cursor.request.direction === 'backward' ? (request.end - 1n).toString() : request.start.toString();
    // Not found: every line of the page is at the entry's timestamp, on the other side of it.
    const cut = at >= 0 ? at + 1 : lines.findIndex((e) => e.tsNs !== anchorTs);
    lines.slice(0, cut < 0 ? lines.length : cut).forEach((e) => skip.add(entryKey(e)));
    lines = lines.slice(cut < 0 ? lines.length : cut);
    if (at >= 0) anchor = undefined;
  }
  if (sorted.length < request.limit) return { lines, next: null };
  const last = sorted.at(-1)!.tsNs;
  const atBound = sorted.filter((e) => e.tsNs === last).map(entryKey);
  const keep = anchor !== undefined ? [...new Set([...skip, ...atBound])] : atBound;
  const bound = BigInt(last);
  const next: ContextRequest =
    request.direction === 'backward'
      ? { ...request, end: bound + 1n, limit: step + keep.length }
      : { ...request, start: bound, limit: step + keep.length };
  return { lines, next: { request: next, skip: keep, ...(anchor !== undefined ? { anchor } : {}) } };
}

/** `context` with the answer to `context.next[side]` merged in. */
export function mergeContext(context: LogContext, side: 'before' | 'after', page: LogEntry[]): LogContext {
  const cursor = context.next[side];
  if (!cursor) return context;
  const { lines, next } = advance(cursor, page, context.step);
  return side === 'before'
    ? { ...context, before: [...lines.reverse(), ...context.before], next: { ...context.next, before: next } }
    : { ...context, after: [...context.after, ...lines], next: { ...context.next, after: next } };
}

/** One step on one side: runs the request in `context.next[side]` (nothing if the side is exhausted). */
export async function expandContext(fetch: FetchContext, context: LogContext, side: 'before' | 'after'): Promise<LogContext> {
  const cursor = context.next[side];
  if (!cursor) return context;
  return mergeContext(context, side, await fetch(cursor.request));
}
