/**
 * A selected line in a URL: `<tsNs>-<hash of (ts, stream, line)>`, short enough for a link and exact enough to find
 * the line again among equal timestamps. Pure.
 */
import type { LogEntry } from '@/lib/datasources/types';
import { entryKey } from './entry-key';

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function lineRef(entry: LogEntry): string {
  return `${entry.tsNs}-${fnv1a(entryKey(entry))}`;
}

/** The timestamp part of a line reference (to load the range around it), or undefined if malformed. */
export function lineRefTsNs(ref: string): string | undefined {
  return /^(\d{1,19})-[0-9a-z]+$/.exec(ref)?.[1];
}

/** Index of the referenced line in `entries`, or -1. */
export function findLineRef(entries: readonly LogEntry[], ref: string): number {
  const ts = lineRefTsNs(ref);
  if (!ts) return -1;
  for (let i = 0; i < entries.length; i++) if (entries[i]!.tsNs === ts && lineRef(entries[i]!) === ref) return i;
  return -1;
}
