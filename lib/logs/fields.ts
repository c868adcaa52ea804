/**
 * The fields of a log line, as the details panel lists them: JSON (flattened `a.b.c`, arrays by index `a[0]`),
 * logfmt (quoted values with escapes) and klog `key="value"` pairs, next to the entry's labels, Loki's parsed labels
 * and structured metadata. Each field carries the label name Loki's parser would give it, for "filter for value".
 * Pure.
 */
import type { Labels, LogEntry } from '@/lib/datasources/types';
import { type JsonPath, flattenJson } from './json-scan';

export { MAX_LINE_BYTES, prettifyJson, truncateLine, utf8Length } from './line-text';

export type FieldSource = 'json' | 'logfmt' | 'klog' | 'label' | 'metadata' | 'parsed';

export interface LogField {
  name: string;
  value: string;
  source: FieldSource;
  /**
   * The label this field is after Loki's `| json` / `| logfmt` (or as a stream label, metadata): absent when no
   * parser without arguments extracts it (JSON array items).
   */
  label?: string;
}

export interface FieldOptions {
  /** JSON nesting flattened; deeper values are shown as JSON text (default 8). */
  maxDepth?: number;
  /** Fields read from one line (default 200). */
  maxFields?: number;
  /** Lines longer than this (UTF-16 units) are not parsed (default 256 KiB). */
  maxLength?: number;
}

/** A label name as Loki's parsers sanitise it: invalid characters become `_`, a leading digit gets `_`. */
export function sanitizeLabelName(name: string): string {
  const s = name.replace(/[^a-zA-Z0-9_]/g, '_');
  return /^[0-9]/.test(s) ? `_${s}` : s;
}

function jsonName(path: JsonPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function jsonFields(line: string, opts: FieldOptions): LogField[] | undefined {
  const flat = flattenJson(line, opts.maxDepth ?? 8, opts.maxFields ?? 200);
  if (!flat) return undefined;
  return flat.leaves.map(({ path, value }) => {
    const label = path.some((p) => typeof p === 'number') ? undefined : sanitizeLabelName((path as string[]).join('_'));
    return { name: jsonName(path), value, source: 'json' as const, ...(label ? { label } : {}) };
  });
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', b: '\b', f: '\f', '/': '/' };

/** A logfmt quoted value (from the opening quote at `i`): its decoded text and the index after it. */
function quoted(s: string, i: number): [string, number] {
  let out = '';
  let j = i + 1;
  for (; j < s.length && s[j] !== '"'; j++) {
    if (s[j] !== '\\') {
      out += s[j];
      continue;
    }
    const e = s[++j] ?? '';
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(j + 1, j + 5))) {
      out += String.fromCharCode(parseInt(s.slice(j + 1, j + 5), 16));
      j += 4;
    } else out += ESCAPES[e] ?? `\\${e}`;
  }
  return [out, j + 1];
}

/** `key=value` and `key="quoted \"value\""` pairs (go-logfmt's rules); bare words without `=` are skipped. */
export function logfmtPairs(s: string, maxFields = 200): [string, string][] {
  const pairs: [string, string][] = [];
  let i = 0;
  while (i < s.length && pairs.length < maxFields) {
    while (i < s.length && s.charCodeAt(i) <= 32) i++;
    const keyStart = i;
    while (i < s.length && s.charCodeAt(i) > 32 && s[i] !== '=' && s[i] !== '"') i++;
    const key = s.slice(keyStart, i);
    if (s[i] === '"') {
      i = quoted(s, i)[1]; // a quoted word with no key (klog's message) is not a pair
      continue;
    }
    if (s[i] !== '=' || !key) {
      if (i === keyStart) i++;
      continue;
    }
    i++;
    let value: string;
    if (s[i] === '"') [value, i] = quoted(s, i);
    else {
      const start = i;
      while (i < s.length && s.charCodeAt(i) > 32) i++;
      value = s.slice(start, i);
    }
    pairs.push([key, value]);
  }
  return pairs;
}

const KLOG = /^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+\d+ ([^\]\s]+)\] /;

function klogFields(line: string, max: number): LogField[] | undefined {
  const m = KLOG.exec(line);
  if (!m) return undefined;
  const rest = line.slice(m[0].length);
  const fields: LogField[] = [{ name: 'caller', value: m[1]!, source: 'klog' }];
  if (rest.startsWith('"')) fields.push({ name: 'msg', value: quoted(rest, 0)[0], source: 'klog' });
  for (const [name, value] of logfmtPairs(rest, max)) fields.push({ name, value, source: 'klog', label: sanitizeLabelName(name) });
  return fields;
}

/** Fields detected in the text of a line: JSON if it is JSON, else klog, else logfmt pairs. */
export function lineFields(line: string, opts: FieldOptions = {}): LogField[] {
  if (line.length > (opts.maxLength ?? 256 * 1024)) return [];
  const max = opts.maxFields ?? 200;
  const json = jsonFields(line, opts);
  if (json) return json;
  const klog = klogFields(line, max);
  if (klog) return klog;
  return logfmtPairs(line, max).map(([name, value]) => ({ name, value, source: 'logfmt', label: sanitizeLabelName(name) }));
}

function labelFields(labels: Labels | undefined, source: FieldSource): LogField[] {
  return Object.entries(labels ?? {}).map(([name, value]) => ({ name, value, source, label: name }));
}

/** Everything the details panel shows for an entry: labels, structured metadata, parsed labels, then line fields. */
export function entryFields(entry: LogEntry, opts: FieldOptions = {}): LogField[] {
  return [
    ...labelFields(entry.labels, 'label'),
    ...labelFields(entry.metadata, 'metadata'),
    ...labelFields(entry.parsed, 'parsed'),
    ...lineFields(entry.line, opts),
  ];
}
