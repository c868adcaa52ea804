/**
 * Fields shown as columns of the log list: each entry's fields parsed once (cached per entry), values read by name,
 * and a stable sort on one column (numbers as numbers, missing values last). Pure.
 */
import type { LogEntry } from '@/lib/datasources/types';
import { entryFields } from './fields';

const cache = new WeakMap<LogEntry, Map<string, string>>();

/** The value of field `name` (a label, parsed label, or json/logfmt field by its name or label) of an entry. */
export function fieldValue(entry: LogEntry, name: string): string | undefined {
  let fields = cache.get(entry);
  if (!fields) {
    fields = new Map();
    for (const f of entryFields(entry, { maxLength: 64 * 1024 })) {
      if (!fields.has(f.name)) fields.set(f.name, f.value);
      if (f.label && !fields.has(f.label)) fields.set(f.label, f.value);
    }
    cache.set(entry, fields);
  }
  return fields.get(name);
}

function compareValues(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const na = Number(a);
  const nb = Number(b);
  if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : 1;
}

/** `items` sorted by one field (stable; missing values last in both directions). */
export function sortByField<T>(items: readonly T[], entryOf: (item: T) => LogEntry, field: string, desc: boolean): T[] {
  const keyed = items.map((item, i) => ({ item, i, v: fieldValue(entryOf(item), field) }));
  keyed.sort((x, y) => {
    if (x.v === undefined || y.v === undefined) return x.v === y.v ? x.i - y.i : x.v === undefined ? 1 : -1;
    const c = compareValues(x.v, y.v);
    return c !== 0 ? (desc ? -c : c) : x.i - y.i;
  });
  return keyed.map((k) => k.item);
}
