/** The LogQL subset the demo Loki evaluates, as plain data built from the @grafana/lezer-logql tree. */

export type MatchOp = '=' | '!=' | '=~' | '!~';

export interface LabelMatcher {
  name: string;
  op: MatchOp;
  value: string;
  /** Fully anchored, for =~ and !~. */
  re?: RegExp;
}

export type LineFilterOp = '|=' | '!=' | '|~' | '!~';

export interface LineFilter {
  op: LineFilterOp;
  /** Alternatives joined by `or` (any matches). */
  values: string[];
  res?: RegExp[];
}

export type CompareOp = '==' | '!=' | '>' | '>=' | '<' | '<=';

export type LabelPredicate =
  | { kind: 'and' | 'or'; left: LabelPredicate; right: LabelPredicate }
  | { kind: 'match'; matcher: LabelMatcher }
  | { kind: 'number' | 'duration' | 'bytes'; name: string; op: CompareOp; value: number };

export type Stage =
  | { kind: 'lineFilter'; filter: LineFilter }
  | { kind: 'json'; extract?: { label: string; path: string[] }[] }
  | { kind: 'logfmt'; extract?: { label: string; key: string }[] }
  | { kind: 'regexp'; re: RegExp }
  | { kind: 'pattern'; pattern: string }
  | { kind: 'unpack' }
  | { kind: 'labelFilter'; predicate: LabelPredicate }
  | { kind: 'lineFormat'; template: string }
  | { kind: 'labelFormat'; items: { target: string; source?: string; template?: string }[] }
  | { kind: 'decolorize' }
  | { kind: 'drop' | 'keep'; labels: { name: string; matcher?: LabelMatcher }[] };

export interface LogSelector {
  matchers: LabelMatcher[];
  stages: Stage[];
}

export type RangeOp = 'count_over_time' | 'rate' | 'bytes_over_time' | 'bytes_rate';
export type VectorOp = 'sum' | 'count' | 'avg' | 'min' | 'max' | 'topk' | 'bottomk';

export interface Grouping {
  without: boolean;
  labels: string[];
}

export type MetricExpr =
  | { kind: 'range'; op: RangeOp; selector: LogSelector; rangeMs: number; offsetMs: number; grouping?: Grouping }
  | { kind: 'vector'; op: VectorOp; param?: number; grouping?: Grouping; inner: MetricExpr };

export type Query = { kind: 'log'; selector: LogSelector } | { kind: 'metric'; expr: MetricExpr };
