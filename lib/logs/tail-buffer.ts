/**
 * The live tail's lines in memory: oldest first, at most `max` kept (the oldest dropped, and counted, beyond that),
 * and no line twice, even when a reconnect asks Loki again from the last timestamp received. Pure.
 */
import { compareNs } from '@/lib/datasources/loki/to-log-entries';
import type { LogEntry } from '@/lib/datasources/types';
import { entryKey } from './entry-key';

export interface TailBuffer {
  /** Oldest first. */
  entries: LogEntry[];
  /** Keys of the lines kept (and of some just dropped), to recognise lines sent again after a reconnect. */
  keys: Set<string>;
  /** Lines dropped from memory to stay within `max`. */
  evicted: number;
  /** Lines Loki reported in `dropped_entries` (the client read too slowly for it). */
  lokiDropped: number;
  /** Newest timestamp received: where a reconnect resumes. */
  lastTsNs?: string;
  received: number;
}

export const emptyTailBuffer = (): TailBuffer => ({ entries: [], keys: new Set(), evicted: 0, lokiDropped: 0, received: 0 });

/** `buffer` with `incoming` appended in time order, repeats skipped, trimmed to `max` lines. */
export function appendTail(buffer: TailBuffer, incoming: readonly LogEntry[], max: number, lokiDropped = 0): TailBuffer {
  const fresh: LogEntry[] = [];
  const keys = buffer.keys;
  for (const e of incoming) {
    const k = entryKey(e);
    if (keys.has(k)) continue;
    keys.add(k);
    fresh.push(e);
  }
  if (!fresh.length && !lokiDropped) return buffer;
  fresh.sort((a, b) => compareNs(a.tsNs, b.tsNs));
  let entries = buffer.entries.concat(fresh);
  let evicted = buffer.evicted;
  if (entries.length > max) {
    const cut = entries.length - max;
    // Keys of evicted lines go too, except at the newest timestamp a reconnect could send again.
    for (const e of entries.slice(0, cut)) keys.delete(entryKey(e));
    entries = entries.slice(cut);
    evicted += cut;
  }
  let lastTsNs = buffer.lastTsNs;
  for (const e of fresh) if (lastTsNs === undefined || compareNs(e.tsNs, lastTsNs) > 0) lastTsNs = e.tsNs;
  return { entries, keys, evicted, lokiDropped: buffer.lokiDropped + lokiDropped, lastTsNs, received: buffer.received + fresh.length };
}

/** Delay before reconnect attempt `attempt` (0-based): 1 s doubling to 30 s, with jitter so clients spread out. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.min(attempt, 10));
  return Math.round(base * (0.75 + random() * 0.5));
}
