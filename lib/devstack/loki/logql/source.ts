/** What the engine reads: labelled streams that can list their entries for a time range. */
import type { LabelMatcher } from './ast';
import { matchLabel } from './pipeline';

export interface SourceEntry {
  tsNs: string;
  line: string;
  /** Floor of the timestamp in milliseconds. */
  ms: number;
}

export interface SourceStream {
  labels: Record<string, string>;
  fromMs: number;
  toMs: number;
  read(fromMs: number, toMs: number): SourceEntry[];
}

/** Streams whose labels satisfy every matcher and that may have lines in [fromMs, toMs). */
export function selectStreams(streams: SourceStream[], matchers: LabelMatcher[], fromMs: number, toMs: number): SourceStream[] {
  return streams.filter((s) => s.fromMs < toMs && s.toMs > fromMs && matchers.every((m) => matchLabel(m, s.labels[m.name])));
}

/** Prometheus-style label set string, sorted by name: {a="1", b="2"}. */
export function labelsKey(labels: Record<string, string>): string {
  return `{${Object.keys(labels)
    .sort()
    .map((k) => `${k}=${JSON.stringify(labels[k])}`)
    .join(', ')}}`;
}

/** Nanosecond timestamps as fixed-width strings compare in time order. */
export const NS_WIDTH = 19;
export const nsString = (ns: bigint) => ns.toString().padStart(NS_WIDTH, '0');
