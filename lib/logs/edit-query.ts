/**
 * Editing LogQL from the UI ("filter for value", line filters, carrying labels from a metric series) on the syntax
 * tree of @grafana/lezer-logql: text is inserted or replaced at node ranges, never found by regex, and every value
 * goes through lib/logql/escape.ts. Each edit applies to every log expression of the query, so it works inside metric
 * queries too (`sum by (x) (count_over_time({...} |= "a" [5m]))`). Pure.
 */
import { type LineFilterOp, type Matcher, lineFilter, streamSelector, wellFormed } from '@/lib/logql/escape';
import { type MatchOp, isLabelName, matcher } from '@/lib/promql/escape';
import type { SyntaxNode } from '@lezer/common';
import type { Labels } from '@/lib/datasources/types';
import type { FieldSource } from './fields';
import {
  type LogExpression,
  isParserStage,
  labelFilterMatcher,
  logExpressions,
  parseLogql,
  readMatcher,
  unquoteLogql,
} from './query-tree';

interface Change {
  from: number;
  to: number;
  insert: string;
}

function escapedMatcher(name: string, op: MatchOp, value: string): string {
  if (!isLabelName(name)) throw new Error(`invalid label name ${JSON.stringify(name)}`);
  return matcher({ name, op, value: wellFormed(value) });
}

function apply(query: string, changes: Change[]): string {
  let out = query;
  for (const c of [...changes].sort((a, b) => b.from - a.from)) out = out.slice(0, c.from) + c.insert + out.slice(c.to);
  return out;
}

function edit(query: string, perExpression: (e: LogExpression) => Change[]): string {
  const expressions = logExpressions(parseLogql(query));
  if (!expressions.length) throw new Error('the query has no log stream selector');
  return apply(query, expressions.flatMap(perExpression));
}

const same = (query: string, node: SyntaxNode | undefined, m: Matcher) => {
  const parts = node && readMatcher(query, node);
  return !!parts && parts.name === m.name && parts.op === m.op && parts.value === wellFormed(m.value);
};

const PARSER_FOR: Partial<Record<FieldSource, 'json' | 'logfmt'>> = { json: 'json', logfmt: 'logfmt', klog: 'logfmt' };

/**
 * Adds `name op "value"`: into the stream selector for a stream label (`source` 'label', the default), else as a
 * label filter `| name op "value"` at the end of the pipeline, after inserting `| json` / `| logfmt` when the field
 * came from that parser and the expression has no parser. Matchers already present are not repeated.
 */
export function addLabelMatcher(query: string, name: string, op: MatchOp, value: string, source: FieldSource = 'label'): string {
  const text = escapedMatcher(name, op, value);
  const wanted = { name, op, value };
  return edit(query, (e) => {
    if (source === 'label') {
      if (e.matchers.some((m) => same(query, m, wanted))) return [];
      const last = e.matchers.at(-1);
      return [last ? { from: last.to, to: last.to, insert: `, ${text}` } : { from: e.selector.from + 1, to: e.selector.from + 1, insert: text }];
    }
    if (e.stages.some((s) => same(query, labelFilterMatcher(s), wanted))) return [];
    const parser = PARSER_FOR[source];
    const needsParser = parser && !e.stages.some(isParserStage);
    const at = (e.pipeline ?? e.selector).to;
    return [{ from: at, to: at, insert: `${needsParser ? ` | ${parser}` : ''} | ${text}` }];
  });
}

/**
 * Removes `name op "value"` from stream selectors and `| name op "value"` label-filter stages. A selector is never
 * emptied: its last matcher stays (Loki needs one).
 */
export function removeLabelMatcher(query: string, name: string, op: MatchOp, value: string): string {
  const wanted = { name, op, value };
  return edit(query, (e) => {
    const changes: Change[] = [];
    const keep = e.matchers.filter((m) => !same(query, m, wanted));
    if (e.matcherList && keep.length && keep.length < e.matchers.length) {
      const list = e.matcherList;
      changes.push({ from: list.from, to: list.to, insert: keep.map((m) => query.slice(m.from, m.to)).join(', ') });
    }
    for (const stage of e.stages) {
      if (!same(query, labelFilterMatcher(stage), wanted)) continue;
      let from = stage.from;
      while (from > 0 && /\s/.test(query[from - 1]!)) from--;
      changes.push({ from, to: stage.to, insert: '' });
    }
    return changes;
  });
}

/**
 * Adds a line filter (`|= "text"`, `!=`, `|~ "regex"`, `!~`) after the selector's leading line filters, before
 * parsers and label filters (Loki filters lines cheapest there). The text is quoted as is: regex-escape it first
 * (lib/logql/escape.ts `regexEscape`) to match it literally with `|~`.
 */
export function addLineFilter(query: string, op: LineFilterOp, text: string): string {
  const filter = lineFilter(op, wellFormed(text));
  return edit(query, (e) => {
    let lastLeading: { to: number } | undefined;
    for (const stage of e.stages) {
      if (!stage.getChild('LineFilters')) break;
      const filters = stage.getChild('LineFilters')!.getChildren('LineFilter');
      const done = filters.some((f) => {
        const op2 = f.getChild('Filter');
        const str = f.getChild('String');
        return op2 && str && query.slice(op2.from, op2.to) === op && !f.getChild('OrFilter') && unquoteLogql(query.slice(str.from, str.to)) === wellFormed(text);
      });
      if (done) return [];
      lastLeading = stage;
    }
    if (lastLeading) return [{ from: lastLeading.to, to: lastLeading.to, insert: ` ${filter}` }];
    if (e.pipeline) return [{ from: e.pipeline.from, to: e.pipeline.from, insert: `${filter} ` }];
    return [{ from: e.selector.to, to: e.selector.to, insert: ` ${filter}` }];
  });
}

/** What "filter for / out value" acts on: a field of the details panel (fields.ts `LogField`). */
export interface FieldRef {
  /** The label name in LogQL (`LogField.label`). */
  label: string;
  value: string;
  source?: FieldSource;
}

/** "Filter for value": `label="value"`, replacing a `label!="value"` added before. */
export function filterForValue(query: string, field: FieldRef): string {
  const without = removeLabelMatcher(query, field.label, '!=', field.value);
  return addLabelMatcher(without, field.label, '=', field.value, field.source);
}

/** "Filter out value": `label!="value"`, replacing a `label="value"` added before (a selector keeps one matcher). */
export function filterOutValue(query: string, field: FieldRef): string {
  const without = removeLabelMatcher(query, field.label, '=', field.value);
  return addLabelMatcher(without, field.label, '!=', field.value, field.source);
}

/**
 * A stream selector of the `names` present in `labels` (e.g. a series' `namespace` and `pod` → `{namespace="a",
 * pod="b"}`), or `undefined` if none is.
 */
export function selectorForLabels(labels: Labels, names: readonly string[]): string | undefined {
  const matchers = names
    .filter((n) => labels[n] !== undefined && labels[n] !== '' && isLabelName(n))
    .map((name): Matcher => ({ name, op: '=', value: wellFormed(labels[name]!) }));
  return matchers.length ? streamSelector(matchers) : undefined;
}
