/**
 * What the LogQL editor offers in each completion context (lib/logql/completion-context.ts): pipeline stages,
 * parsers and line filters with a short doc each, range and vector aggregations as snippets, and label names and
 * values merged from Loki and from the fields seen in the current results. Templates use CodeMirror's snippet
 * syntax (`${}` marks where the cursor goes next). Pure.
 */
import type { LogqlContext } from './completion-context';
import { matcherLiteral } from './escape';

export type OptionKind = 'keyword' | 'function' | 'operator' | 'property' | 'variable' | 'constant' | 'text';

export interface LogqlOption {
  label: string;
  /** Snippet text inserted instead of the label (`${}` fields), if any. */
  template?: string;
  /** Plain text inserted instead of the label, if any. */
  insert?: string;
  kind: OptionKind;
  detail?: string;
  info?: string;
  /** A line filter replaces the `|` already typed (`|=` is one token), starting at the context's `pipeFrom`. */
  replacesPipe?: boolean;
  /** Replace the whole literal range of a label value context. */
  replacesLiteral?: boolean;
  boost?: number;
}

const stage = (label: string, info: string, template?: string, kind: OptionKind = 'keyword'): LogqlOption => ({
  label,
  kind,
  detail: kind === 'function' ? 'parser' : 'stage',
  info,
  ...(template ? { template } : {}),
});

/** Parsers first: they are what a pipeline usually starts with, and what makes fields available. */
export const PARSERS: readonly LogqlOption[] = [
  stage('json', 'Extracts every JSON property as a label (nested keys joined with _). `json a="b.c"` picks a few.', undefined, 'function'),
  stage('logfmt', 'Extracts key=value pairs (logfmt) as labels. `logfmt --strict` rejects malformed lines.', undefined, 'function'),
  stage('regexp', 'Extracts labels from named capture groups of an RE2 regex: regexp "(?P<status>\\\\d{3})".', 'regexp "${}"', 'function'),
  stage('pattern', 'Extracts labels with a pattern: pattern "<ip> - - <_> \\"<method> <uri> <_>\\" <status>".', 'pattern "${}"', 'function'),
  stage('unpack', 'Unpacks JSON written by Promtail\'s pack stage: embedded labels and the original line.', undefined, 'function'),
];

export const STAGES: readonly LogqlOption[] = [
  ...PARSERS,
  stage('line_format', 'Rewrites the line with a Go template over the labels: line_format "{{.level}} {{.msg}}".', 'line_format "{{.${}}}"'),
  stage('label_format', 'Renames labels or sets them from a template: label_format dst=src, x="{{.a}}-{{.b}}".', 'label_format ${}'),
  stage('drop', 'Removes labels (optionally only when a value matches): drop level, method="GET".', 'drop ${}'),
  stage('keep', 'Keeps only the listed labels: keep namespace, pod, level.', 'keep ${}'),
  stage('decolorize', 'Strips ANSI colour sequences from the line.'),
  stage('unwrap', 'Uses a label\'s value as the sample value of a range aggregation (sum_over_time, quantile_over_time…).', 'unwrap ${}'),
];

/** A builder of options of one kind: `(label, template, info)`. */
const option =
  (kind: OptionKind, detail: string, extra: Partial<LogqlOption> = {}) =>
  (label: string, template: string, info: string): LogqlOption => ({ label, template, kind, detail, info, ...extra });

const filter = option('operator', 'line filter', { replacesPipe: true });
const fn = option('function', 'range aggregation');
const agg = option('function', 'aggregation');

export const LINE_FILTERS: readonly LogqlOption[] = [
  filter('|=', '|= "${}"', 'Keeps lines containing the text.'),
  filter('!=', '!= "${}"', 'Drops lines containing the text.'),
  filter('|~', '|~ "${}"', 'Keeps lines matching an RE2 regex.'),
  filter('!~', '!~ "${}"', 'Drops lines matching an RE2 regex.'),
  filter('|= ip()', '|= ip("${}")', 'Keeps lines containing an IP address in a range or CIDR: |= ip("10.0.0.0/8").'),
];

export const RANGE_FUNCTIONS: readonly LogqlOption[] = [
  fn('rate', 'rate({${}}[5m])', 'Lines per second over the range.'),
  fn('count_over_time', 'count_over_time({${}}[5m])', 'Lines in the range, per stream.'),
  fn('bytes_over_time', 'bytes_over_time({${}}[5m])', 'Bytes of the lines in the range.'),
  fn('bytes_rate', 'bytes_rate({${}}[5m])', 'Bytes per second over the range.'),
  fn('absent_over_time', 'absent_over_time({${}}[5m])', '1 when the range has no line (for alerting on silence).'),
  fn('sum_over_time', 'sum_over_time({${}} | unwrap ${} [5m])', 'Sum of an unwrapped label\'s values.'),
  fn('avg_over_time', 'avg_over_time({${}} | unwrap ${} [5m])', 'Average of an unwrapped label\'s values.'),
  fn('max_over_time', 'max_over_time({${}} | unwrap ${} [5m])', 'Maximum of an unwrapped label\'s values.'),
  fn('min_over_time', 'min_over_time({${}} | unwrap ${} [5m])', 'Minimum of an unwrapped label\'s values.'),
  fn('quantile_over_time', 'quantile_over_time(0.99, {${}} | unwrap ${} [5m])', 'φ-quantile of an unwrapped label\'s values.'),
  fn('first_over_time', 'first_over_time({${}} | unwrap ${} [5m])', 'First unwrapped value in the range.'),
  fn('last_over_time', 'last_over_time({${}} | unwrap ${} [5m])', 'Last unwrapped value in the range.'),
];

export const VECTOR_FUNCTIONS: readonly LogqlOption[] = [
  agg('sum by', 'sum by (${}) (${})', 'Sum of the series, grouped by the labels.'),
  agg('avg by', 'avg by (${}) (${})', 'Average of the series, grouped by the labels.'),
  agg('count by', 'count by (${}) (${})', 'Number of series, grouped by the labels.'),
  agg('max by', 'max by (${}) (${})', 'Maximum of the series, grouped by the labels.'),
  agg('min by', 'min by (${}) (${})', 'Minimum of the series, grouped by the labels.'),
  agg('sum', 'sum(${})', 'Sum of all series.'),
  agg('topk', 'topk(${1:10}, ${2})', 'The k largest series.'),
  agg('bottomk', 'bottomk(${1:10}, ${2})', 'The k smallest series.'),
];

/** A name offered in a label-name context, with where it came from. */
export interface NameSource {
  /** Label names Loki has for the range (stream labels). */
  labels: readonly string[];
  /** Fields seen in the current results, with the parser that extracts them. */
  fields: readonly { name: string; source: string }[];
}

/**
 * Names for a label-name context: stream labels in a selector; in label filters, `by (...)`, `keep`/`drop`,
 * `unwrap` and templates the fields seen in results (first) and the stream labels. Names already in the selector
 * or grouping are left out.
 */
export function nameOptions(ctx: Extract<LogqlContext, { kind: 'labelName' | 'pipeline' }>, names: NameSource): LogqlOption[] {
  const exclude = new Set(ctx.kind === 'labelName' ? ctx.exclude : []);
  const out: LogqlOption[] = [];
  const seen = new Set<string>();
  const add = (o: LogqlOption) => {
    if (seen.has(o.label) || exclude.has(o.label)) return;
    seen.add(o.label);
    out.push(o);
  };
  const withFields = ctx.kind === 'pipeline' || ctx.site !== 'selector';
  if (withFields) for (const f of names.fields) add({ label: f.name, kind: 'property', detail: `field (${f.source})`, boost: 2 });
  for (const l of names.labels) add({ label: l, kind: 'variable', detail: 'label', boost: 1 });
  return out;
}

/** Everything offered after `|`: stages and parsers, line filters, and (after a parser) field names for a label filter. */
export function pipelineOptions(ctx: Extract<LogqlContext, { kind: 'pipeline' }>, names: NameSource): LogqlOption[] {
  const fields = ctx.afterParser ? nameOptions(ctx, { labels: [], fields: names.fields }) : [];
  return [...STAGES, ...LINE_FILTERS, ...fields];
}

export function expressionOptions(): LogqlOption[] {
  return [...RANGE_FUNCTIONS, ...VECTOR_FUNCTIONS];
}

/**
 * Values for a label-value context, each inserted as the string literal the matcher's operator needs (regex-escaped
 * for `=~` / `!~`). Values seen in results come first in label filters.
 */
export function valueOptions(ctx: Extract<LogqlContext, { kind: 'labelValue' }>, values: readonly string[]): LogqlOption[] {
  const seen = new Set<string>();
  return values
    .filter((v) => !seen.has(v) && seen.add(v))
    .map((v) => ({ label: v, insert: matcherLiteral(ctx.op, v), kind: 'constant' as const, detail: 'value', replacesLiteral: true }));
}
