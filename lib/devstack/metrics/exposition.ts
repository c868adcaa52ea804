/**
 * The Prometheus text exposition format (0.0.4), written by hand: the exporters build plain metric
 * families and this module turns them into text for scrapes, or into OpenMetrics lines for back-fill.
 */

export type Labels = Record<string, string>;
export type MetricType = 'counter' | 'gauge' | 'histogram' | 'untyped';

export interface Sample {
  /** Full sample name, e.g. `http_request_duration_seconds_bucket`. */
  name: string;
  labels: Labels;
  value: number;
}

export interface MetricFamily {
  name: string;
  help: string;
  type: MetricType;
  samples: Sample[];
}

/** Collects samples into families in first-seen order; the exporters write through one of these. */
export class FamilySet {
  private readonly byName = new Map<string, MetricFamily>();

  family(name: string, type: MetricType, help: string): MetricFamily {
    let f = this.byName.get(name);
    if (!f) {
      f = { name, type, help, samples: [] };
      this.byName.set(name, f);
    }
    return f;
  }

  /** Adds one sample; for counters and histograms pass the full sample name via `sampleName`. */
  add(name: string, type: MetricType, help: string, labels: Labels, value: number, sampleName = name): void {
    this.family(name, type, help).samples.push({ name: sampleName, labels, value });
  }

  families(): MetricFamily[] {
    return [...this.byName.values()].filter((f) => f.samples.length > 0);
  }
}

const NEEDS_ESCAPE = /[\\\n"]/;

export function escapeLabelValue(v: string): string {
  if (!NEEDS_ESCAPE.test(v)) return v;
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function escapeHelp(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

export function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

/** `name{a="1",b="2"}` with labels in the order given (empty label values are kept, as cAdvisor does). */
export function seriesText(name: string, labels: Labels): string {
  let out = name;
  let first = true;
  for (const k in labels) {
    out += `${first ? '{' : ','}${k}="${escapeLabelValue(labels[k])}"`;
    first = false;
  }
  return first ? out : `${out}}`;
}

/** Text exposition format 0.0.4, as served with `Content-Type: text/plain; version=0.0.4`. */
export function toPrometheusText(families: MetricFamily[]): string {
  const lines: string[] = [];
  for (const f of families) {
    lines.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, `# TYPE ${f.name} ${f.type}`);
    for (const s of f.samples) lines.push(`${seriesText(s.name, s.labels)} ${formatValue(s.value)}`);
  }
  return lines.join('\n') + '\n';
}

export const TEXT_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
