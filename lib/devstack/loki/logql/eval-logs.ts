/**
 * Log queries: entries of the selected streams in [start, end), through the pipeline, the `limit`
 * first in the query's direction across all streams, grouped by their final labels.
 */
import type { LogSelector } from './ast';
import { compilePipeline } from './pipeline';
import { type SourceStream, labelsKey, nsString, selectStreams } from './source';
import type { QueryStats } from './stats';

export interface LogQueryParams {
  startNs: bigint;
  endNs: bigint;
  limit: number;
  direction: 'backward' | 'forward';
}

export interface StreamResult {
  stream: Record<string, string>;
  values: [string, string][];
}

interface Hit {
  tsNs: string;
  line: string;
  labels: Record<string, string>;
  key: string;
  order: number;
}

const FIRST_WINDOW_MS = 60_000;
const MAX_WINDOW_MS = 30 * 60_000;

/**
 * Read in windows walking from the end the direction starts at, so a small limit needs only the
 * last minutes; stop once a window completes with `limit` hits in hand (later windows only hold
 * entries further away in the direction).
 */
export function evalLogQuery(streams: SourceStream[], sel: LogSelector, p: LogQueryParams, stats: QueryStats): StreamResult[] {
  const fromMs = Number(p.startNs / 1_000_000n);
  const toMs = Number((p.endNs - 1n) / 1_000_000n) + 1;
  const lo = nsString(p.startNs);
  const hi = nsString(p.endNs);
  const selected = selectStreams(streams, sel.matchers, fromMs, toMs);
  const pipeline = compilePipeline(sel.stages);
  const keys = new Map<Record<string, string>, string>();
  const keyOf = (l: Record<string, string>) => {
    let k = keys.get(l);
    if (k === undefined) keys.set(l, (k = labelsKey(l)));
    return k;
  };
  const hits: Hit[] = [];
  const backward = p.direction === 'backward';
  let width = FIRST_WINDOW_MS;
  let order = 0;
  for (let edge = backward ? toMs : fromMs; backward ? edge > fromMs : edge < toMs; ) {
    const wFrom = backward ? Math.max(fromMs, edge - width) : edge;
    const wTo = backward ? edge : Math.min(toMs, edge + width);
    for (const s of selected) {
      if (s.fromMs >= wTo || s.toMs <= wFrom) continue;
      for (const e of s.read(wFrom, wTo)) {
        if (e.tsNs < lo || e.tsNs >= hi) continue;
        stats.lines++;
        stats.bytes += e.line.length;
        const r = pipeline(e.line, s.labels, e.tsNs);
        if (r) hits.push({ tsNs: e.tsNs, line: r.line, labels: r.labels, key: keyOf(r.labels), order: order++ });
      }
    }
    edge = backward ? wFrom : wTo;
    width = Math.min(MAX_WINDOW_MS, width * 2);
    if (hits.length >= p.limit) break;
  }
  // equal timestamps keep a stable order (by stream, then read order) so paging never skips one
  hits.sort((a, b) => (a.tsNs !== b.tsNs ? (a.tsNs < b.tsNs ? -1 : 1) : a.key !== b.key ? (a.key < b.key ? -1 : 1) : a.order - b.order));
  if (backward) hits.reverse();
  const kept = hits.slice(0, p.limit);
  const byKey = new Map<string, StreamResult>();
  for (const h of kept) {
    let s = byKey.get(h.key);
    if (!s) byKey.set(h.key, (s = { stream: h.labels, values: [] }));
    s.values.push([h.tsNs, h.line]);
  }
  stats.returned = kept.length;
  return [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, s]) => s);
}
