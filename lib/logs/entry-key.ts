/** Identity of a log entry as Loki sees it: Loki itself merges entries equal in (timestamp, stream, line). Pure. */
import type { Labels, LogEntry } from '@/lib/datasources/types';

// Entries of one stream share one labels object, so the canonical form is computed once per stream.
const streamKeys = new WeakMap<Labels, string>();

/** A canonical, order-independent string for a label set. */
export function labelsKey(labels: Labels): string {
  let key = streamKeys.get(labels);
  if (key === undefined) {
    key = JSON.stringify(Object.keys(labels).sort().map((k) => [k, labels[k]]));
    streamKeys.set(labels, key);
  }
  return key;
}

/** `(tsNs, stream labels, line)` as one string, for de-duplication at page and context boundaries. */
export function entryKey(entry: LogEntry): string {
  return `${entry.tsNs}\u0000${labelsKey(entry.labels)}\u0000${entry.line}`;
}

/** A nanosecond bound given as bigint or decimal digits. */
export type NsBound = bigint | string;

/** `NsBound` → bigint; throws on anything but decimal digits. */
export function toBigNs(value: NsBound): bigint {
  if (typeof value === 'bigint') return value;
  if (!/^-?\d+$/.test(value)) throw new RangeError(`not a nanosecond timestamp: ${JSON.stringify(value)}`);
  return BigInt(value);
}
