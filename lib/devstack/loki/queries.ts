/** Loki's query API over the demo streams, returning the response bodies Loki 2.7 sends. */
import type { Query } from './logql/ast';
import { ParseError } from './logql/errors';
import { evalLogQuery } from './logql/eval-logs';
import { evalMetric, formatValue } from './logql/eval-metrics';
import { parseQuery } from './logql/parse';
import { type SourceStream, labelsKey, selectStreams } from './logql/source';
import { newStats, statsJson } from './logql/stats';
import { BadRequest, type RangeParams } from './params';

const nsToMs = (ns: bigint) => Number(ns / 1_000_000n);

export class QueryApi {
  constructor(
    private readonly streams: (atMs: number) => SourceStream[],
    private readonly maxEntriesLimit: number,
  ) {}

  private parse(query: string, limit: number): Query {
    const q = parseQuery(query);
    if (q.kind === 'log' && limit > this.maxEntriesLimit) {
      throw new BadRequest(`max entries limit per query exceeded, limit > max_entries_limit (${limit} > ${this.maxEntriesLimit})`);
    }
    return q;
  }

  range(p: RangeParams) {
    const q = this.parse(p.query, p.limit);
    const stats = newStats();
    const streams = this.streams(nsToMs(p.endNs));
    if (q.kind === 'log') {
      const result = evalLogQuery(streams, q.selector, p, stats);
      return { status: 'success', data: { resultType: 'streams', result, stats: statsJson(stats) } };
    }
    const step = p.stepMs;
    const first = Math.floor(nsToMs(p.startNs) / step) * step;
    const last = Math.floor(nsToMs(p.endNs) / step) * step;
    const stepsMs: number[] = [];
    for (let t = first; t <= last; t += step) stepsMs.push(t);
    const series = evalMetric(streams, q.expr, { stepsMs }, stats);
    const result = sortSeries(series).map((s) => ({
      metric: s.labels,
      values: s.values.flatMap((v, i) => (v === undefined ? [] : [[stepsMs[i] / 1000, formatValue(v)] as [number, string]])),
    }));
    stats.returned = result.length;
    return { status: 'success', data: { resultType: 'matrix', result, stats: statsJson(stats) } };
  }

  instant(p: { query: string; timeNs: bigint; limit: number; direction: 'backward' | 'forward' }) {
    const q = this.parse(p.query, p.limit);
    if (q.kind === 'log') return this.range({ ...p, startNs: p.timeNs - 3_600_000_000_000n, endNs: p.timeNs, stepMs: 1000 });
    const stats = newStats();
    const t = nsToMs(p.timeNs);
    const series = evalMetric(this.streams(t), q.expr, { stepsMs: [t] }, stats);
    const result = sortSeries(series).map((s) => ({ metric: s.labels, value: [t / 1000, formatValue(s.values[0]!)] as [number, string] }));
    stats.returned = result.length;
    return { status: 'success', data: { resultType: 'vector', result, stats: statsJson(stats) } };
  }

  private active(startNs: bigint, endNs: bigint): SourceStream[] {
    const from = nsToMs(startNs);
    const to = nsToMs(endNs) + 1;
    return this.streams(to).filter((s) => s.fromMs < to && s.toMs > from);
  }

  labels(startNs: bigint, endNs: bigint) {
    const names = new Set<string>();
    for (const s of this.active(startNs, endNs)) for (const k of Object.keys(s.labels)) names.add(k);
    return { status: 'success', data: [...names].sort() };
  }

  labelValues(name: string, startNs: bigint, endNs: bigint) {
    const values = new Set<string>();
    for (const s of this.active(startNs, endNs)) if (s.labels[name] !== undefined) values.add(s.labels[name]);
    return { status: 'success', data: [...values].sort() };
  }

  series(matches: string[], startNs: bigint, endNs: bigint) {
    const from = nsToMs(startNs);
    const to = nsToMs(endNs) + 1;
    const all = this.streams(to);
    const out = new Map<string, Record<string, string>>();
    const add = (chosen: SourceStream[]) => chosen.forEach((s) => out.set(labelsKey(s.labels), s.labels));
    if (!matches.length) add(all.filter((s) => s.fromMs < to && s.toMs > from));
    for (const m of matches) {
      const q = parseQuery(m);
      if (q.kind !== 'log') throw new ParseError('only log selectors are allowed in match[]');
      add(selectStreams(all, q.selector.matchers, from, to));
    }
    return { status: 'success', data: [...out.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, l]) => l) };
  }
}

function sortSeries<T extends { labels: Record<string, string> }>(series: T[]): T[] {
  return series.map((s) => ({ s, k: labelsKey(s.labels) })).sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0)).map((x) => x.s);
}
