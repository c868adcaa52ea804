/**
 * Metric queries: range aggregations over log streams evaluated at each step (window (t-range, t]),
 * then vector aggregations, like Loki's engine.
 */
import type { Grouping, MetricExpr } from './ast';
import { ParseError } from './errors';
import { compilePipeline } from './pipeline';
import { type SourceStream, labelsKey, selectStreams } from './source';
import type { QueryStats } from './stats';

export interface MetricParams {
  /** Evaluation times in milliseconds (one for an instant query). */
  stepsMs: number[];
}

/** One series: labels and a value per step (undefined where it has no sample). */
export interface Series {
  labels: Record<string, string>;
  values: (number | undefined)[];
}

const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');
/** Max series a query may return, as Loki's default max_query_series. */
export const MAX_SERIES = 500;

/** Bound on intermediate series, so a pipeline that labels every line uniquely cannot exhaust memory. */
const MAX_INNER_SERIES = 50_000;

type RangeExpr = Extract<MetricExpr, { kind: 'range' }>;

function evalRange(streams: SourceStream[], e: RangeExpr, steps: number[], stats: QueryStats, mapLabels?: (l: Record<string, string>) => Record<string, string>): Series[] {
  if (e.grouping) throw new ParseError(`grouping not allowed for ${e.op} aggregation`);
  const first = steps[0] - e.offsetMs - e.rangeMs;
  const last = steps[steps.length - 1] - e.offsetMs;
  const pipeline = compilePipeline(e.selector.stages);
  // samples per output series: time (ms, +0.5 when the entry lies inside that millisecond) and weight
  const groups = new Map<string, { labels: Record<string, string>; t: number[]; w: number[] }>();
  const bytes = e.op === 'bytes_over_time' || e.op === 'bytes_rate';
  for (const s of selectStreams(streams, e.selector.matchers, first, last + 1)) {
    const keyCache = new Map<Record<string, string>, string>();
    for (const en of s.read(first, last + 1)) {
      stats.lines++;
      stats.bytes += en.line.length;
      const r = pipeline(en.line, s.labels, en.tsNs);
      if (!r) continue;
      let key = keyCache.get(r.labels);
      if (key === undefined) keyCache.set(r.labels, (key = labelsKey(mapLabels ? mapLabels(r.labels) : r.labels)));
      let g = groups.get(key);
      if (!g) {
        if (groups.size >= MAX_INNER_SERIES) throw tooManySeries();
        groups.set(key, (g = { labels: mapLabels ? mapLabels(r.labels) : r.labels, t: [], w: [] }));
      }
      g.t.push(en.ms + (en.tsNs.endsWith('000000') ? 0 : 0.5));
      g.w.push(bytes ? byteLength(r.line) : 1);
    }
  }
  const seconds = e.rangeMs / 1000;
  const out: Series[] = [];
  for (const g of groups.values()) {
    const order = g.t.map((_, i) => i).sort((a, b) => g.t[a] - g.t[b]);
    const t = order.map((i) => g.t[i]);
    const prefix = [0];
    for (const i of order) prefix.push(prefix[prefix.length - 1] + g.w[i]);
    let lo = 0;
    let hi = 0;
    const values = steps.map((step) => {
      const end = step - e.offsetMs;
      while (hi < t.length && t[hi] <= end) hi++;
      while (lo < hi && t[lo] <= end - e.rangeMs) lo++;
      if (hi === lo) return undefined;
      const sum = prefix[hi] - prefix[lo];
      return e.op === 'rate' || e.op === 'bytes_rate' ? sum / seconds : sum;
    });
    out.push({ labels: g.labels, values });
  }
  return out;
}

function groupLabels(labels: Record<string, string>, g: Grouping | undefined): Record<string, string> {
  if (!g) return {};
  if (g.without) {
    const out = { ...labels };
    for (const l of g.labels) delete out[l];
    return out;
  }
  const out: Record<string, string> = {};
  for (const l of g.labels) if (labels[l] !== undefined && labels[l] !== '') out[l] = labels[l];
  return out;
}

function evalVector(inner: Series[], e: Extract<MetricExpr, { kind: 'vector' }>, steps: number): Series[] {
  const groups = new Map<string, { labels: Record<string, string>; members: Series[] }>();
  for (const s of inner) {
    const labels = groupLabels(s.labels, e.grouping);
    const key = labelsKey(labels);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { labels, members: [] }));
    g.members.push(s);
  }
  if (e.op === 'topk' || e.op === 'bottomk') {
    const k = Math.floor(e.param ?? 0);
    if (k < 1) throw new ParseError(`parameter ${e.param} must be greater than 0`);
    const keep = new Map<Series, (number | undefined)[]>();
    for (const g of groups.values()) {
      for (let i = 0; i < steps; i++) {
        const present = g.members.filter((m) => m.values[i] !== undefined);
        present.sort((a, b) => (e.op === 'topk' ? b.values[i]! - a.values[i]! : a.values[i]! - b.values[i]!));
        for (const m of present.slice(0, k)) {
          let v = keep.get(m);
          if (!v) keep.set(m, (v = new Array<number | undefined>(steps).fill(undefined)));
          v[i] = m.values[i];
        }
      }
    }
    return [...keep.entries()].map(([m, values]) => ({ labels: m.labels, values }));
  }
  return [...groups.values()].map((g) => ({
    labels: g.labels,
    values: Array.from({ length: steps }, (_, i) => {
      const vs = g.members.map((m) => m.values[i]).filter((v): v is number => v !== undefined);
      if (!vs.length) return undefined;
      switch (e.op) {
        case 'sum':
          return vs.reduce((a, b) => a + b, 0);
        case 'count':
          return vs.length;
        case 'avg':
          return vs.reduce((a, b) => a + b, 0) / vs.length;
        case 'min':
          return Math.min(...vs);
        default:
          return Math.max(...vs);
      }
    }),
  }));
}

const tooManySeries = () => new ParseError(`maximum of series (${MAX_SERIES}) reached for a single query`);

function evalAny(streams: SourceStream[], e: MetricExpr, p: MetricParams, stats: QueryStats): Series[] {
  if (e.kind === 'range') return evalRange(streams, e, p.stepsMs, stats);
  // sum of counts over a group is the count of the group: aggregate while reading, not per line's labels
  if (e.op === 'sum' && e.inner.kind === 'range') return evalRange(streams, e.inner, p.stepsMs, stats, (l) => groupLabels(l, e.grouping));
  return evalVector(evalAny(streams, e.inner, p, stats), e, p.stepsMs.length);
}

/** Evaluate a metric expression at each step; series without any sample are dropped. */
export function evalMetric(streams: SourceStream[], e: MetricExpr, p: MetricParams, stats: QueryStats): Series[] {
  const series = evalAny(streams, e, p, stats).filter((s) => s.values.some((v) => v !== undefined));
  if (series.length > MAX_SERIES) throw tooManySeries();
  return series;
}

/** Go's strconv.FormatFloat(v, 'f', -1, 64), as Prometheus and Loki print sample values. */
export function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf';
  const s = String(v);
  if (!s.includes('e')) return s;
  const [mant, expS] = s.split('e');
  const exp = Number(expS);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  const point = mant.replace('-', '').indexOf('.') < 0 ? mant.replace('-', '').length : mant.replace('-', '').indexOf('.');
  const pos = point + exp;
  const body = pos <= 0 ? `0.${'0'.repeat(-pos)}${digits}` : pos >= digits.length ? digits + '0'.repeat(pos - digits.length) : `${digits.slice(0, pos)}.${digits.slice(pos)}`;
  return (neg ? '-' : '') + body;
}
