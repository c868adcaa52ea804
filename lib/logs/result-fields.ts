/**
 * The fields seen in a page of results, for the LogQL editor's completion of label filters, `by (...)`, `keep`,
 * `unwrap` and templates: each line's fields as the details panel detects them (lib/logs/fields.ts), under the
 * label name Loki's parser gives them, with a few values each. A sample of the lines is read, so it stays cheap at
 * 100,000 lines. Pure.
 */
import type { LogEntry } from '@/lib/datasources/types';
import { type FieldSource, lineFields } from './fields';

/** Longer lines are not parsed for fields (lib/logs/fields.ts returns none). */
const LINE_MAX = 64 * 1024;

export interface ResultField {
  /** The label name after `| json` / `| logfmt` (or a parsed label / structured metadata). */
  name: string;
  source: FieldSource;
  /** Distinct values seen, most frequent first. */
  values: string[];
}

export interface ResultFieldOptions {
  /** Lines read, spread evenly over the entries (default 200). */
  sample?: number;
  /**
   * Characters of line text read in all (default 256 Ki): the sample stops there, so 200 lines of 12 KB JSON cost what
   * 20 do. Parsing 2.4 MB of JSON in one go was a 130 ms task on the page's main thread.
   */
  maxChars?: number;
  /** Values kept per field (default 20). */
  maxValues?: number;
  /** Fields kept (default 200). */
  maxFields?: number;
}

/** Fields of the sampled lines, most frequent first; stream labels are left out (Loki lists those). */
export function resultFields(entries: readonly LogEntry[], opts: ResultFieldOptions = {}): ResultField[] {
  const sample = opts.sample ?? 200;
  const step = Math.max(1, Math.ceil(entries.length / sample));
  const seen = new Map<string, { source: FieldSource; count: number; values: Map<string, number> }>();
  const note = (name: string, source: FieldSource, value: string) => {
    let f = seen.get(name);
    if (!f) seen.set(name, (f = { source, count: 0, values: new Map() }));
    f.count++;
    f.values.set(value, (f.values.get(value) ?? 0) + 1);
  };
  const maxChars = opts.maxChars ?? 256 * 1024;
  let chars = 0;
  for (let i = 0; i < entries.length && chars < maxChars; i += step) {
    const e = entries[i]!;
    chars += Math.min(e.line.length, LINE_MAX);
    for (const [k, v] of Object.entries(e.parsed ?? {})) note(k, 'parsed', v);
    for (const [k, v] of Object.entries(e.metadata ?? {})) note(k, 'metadata', v);
    for (const f of lineFields(e.line, { maxLength: LINE_MAX, maxFields: 100 })) if (f.label) note(f.label, f.source, f.value);
  }
  const maxValues = opts.maxValues ?? 20;
  return [...seen.entries()]
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
    .slice(0, opts.maxFields ?? 200)
    .map(([name, f]) => ({
      name,
      source: f.source,
      values: [...f.values.entries()].sort((a, b) => b[1] - a[1]).slice(0, maxValues).map(([v]) => v),
    }));
}
