/**
 * The label browser's model: values picked per label build the stream selector (lib/logql/escape.ts does the
 * escaping), and the values of the label on show are counted in streams from `/api/loki/series` for the selector of
 * the *other* picks (so picking `shop` does not hide the other namespaces). Pure.
 */
import type { Labels } from '@/lib/datasources/types';
import { type Matcher, pickedMatchers, streamSelector } from '@/lib/logql/escape';

export type Picked = Readonly<Record<string, readonly string[]>>;

/** The selector the picks build, or '' when nothing is picked. */
export function pickedSelector(picked: Picked): string {
  const m = pickedMatchers(picked);
  return m.length ? streamSelector(m) : '';
}

/** The `/series` selector counting `label`'s values: the other labels' picks, and streams that have `label`. */
export function countSelector(picked: Picked, label: string): string {
  const others = Object.fromEntries(Object.entries(picked).filter(([name]) => name !== label));
  const has: Matcher = { name: label, op: '=~', value: '.+' };
  return streamSelector([...pickedMatchers(others), has]);
}

/** Streams per value of `label`. */
export function streamCounts(series: readonly Labels[], label: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of series) {
    const v = s[label];
    if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

export interface ValueRow {
  value: string;
  /** Streams with this value under the other picks; 0 when none (the value exists in the range, not with them). */
  count: number;
}

/**
 * The rows to list: every value Loki knows for the range (plus any counted), filtered by `search` (case-insensitive
 * substring), most streams first, then by name.
 */
export function valueRows(values: readonly string[], counts: ReadonlyMap<string, number>, search: string): ValueRow[] {
  const needle = search.trim().toLowerCase();
  const all = new Set([...values, ...counts.keys()]);
  return [...all]
    .filter((v) => !needle || v.toLowerCase().includes(needle))
    .map((value) => ({ value, count: counts.get(value) ?? 0 }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** `picked` with `value` of `label` toggled; a label left without values is removed. */
export function togglePick(picked: Picked, label: string, value: string): Picked {
  const current = picked[label] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const { [label]: _drop, ...rest } = picked;
  return next.length ? { ...rest, [label]: next } : rest;
}
