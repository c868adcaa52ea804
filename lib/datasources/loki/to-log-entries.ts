/** Loki streams → flat log entries, nanosecond timestamps kept as strings. Pure. */
import type { Direction, Labels, LogEntry } from '../types';
import type { LokiStream, LokiStreamValue } from './api-types';

function extras(value: LokiStreamValue): Pick<LogEntry, 'metadata' | 'parsed'> {
  const third = value[2];
  if (!third || typeof third !== 'object') return {};
  if ('structuredMetadata' in third || 'parsed' in third) {
    const t = third as { structuredMetadata?: Labels; parsed?: Labels };
    return {
      ...(t.structuredMetadata && Object.keys(t.structuredMetadata).length ? { metadata: t.structuredMetadata } : {}),
      ...(t.parsed && Object.keys(t.parsed).length ? { parsed: t.parsed } : {}),
    };
  }
  return Object.keys(third).length ? { metadata: third as Labels } : {};
}

/**
 * Entries in the order Loki returned them: stream by stream, each stream's values in the requested
 * direction. Loki does not interleave streams; use `sortEntries` for one time-ordered list.
 */
export function streamsToEntries(streams: readonly LokiStream[] | null | undefined): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const s of streams ?? []) {
    const labels = s.stream ?? {};
    for (const v of s.values ?? []) entries.push({ tsNs: v[0], line: v[1], labels, ...extras(v) });
  }
  return entries;
}

/** Compare ns strings without floats: longer digit strings are later, equal lengths compare lexically. */
export function compareNs(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy sorted by time (stable), newest first for 'backward'. */
export function sortEntries(entries: readonly LogEntry[], direction: Direction): LogEntry[] {
  const sign = direction === 'backward' ? -1 : 1;
  return [...entries].sort((a, b) => sign * compareNs(a.tsNs, b.tsNs));
}
