/**
 * Building PromQL from values safely. Values are quoted as Go string literals (what the PromQL lexer
 * unquotes) and, inside regex matchers, regex-escaped first. Label names are validated, never quoted.
 * Pure: usable in the browser and on the server.
 */

export type MatchOp = '=' | '!=' | '=~' | '!~';

export interface Matcher {
  name: string;
  op: MatchOp;
  value: string;
}

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

export function isLabelName(name: string): boolean {
  return LABEL_NAME.test(name);
}

export function isMetricName(name: string): boolean {
  return METRIC_NAME.test(name);
}

/** A double-quoted string literal: JSON's escaping is a subset of what Go's strconv.Unquote accepts. */
export function quote(value: string): string {
  return JSON.stringify(value);
}

/** Escape RE2 metacharacters so a value matches itself literally inside `=~` / `!~`. */
export function regexEscape(value: string): string {
  return value.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

/** A regex alternation matching exactly one of the values (for multi-value variables). */
export function anyOf(values: string[]): string {
  return values.map(regexEscape).join('|');
}

export function matcher(m: Matcher): string {
  if (!isLabelName(m.name)) throw new Error(`invalid label name ${JSON.stringify(m.name)}`);
  return `${m.name}${m.op}${quote(m.value)}`;
}

/** `metric{a="b", c=~"d|e"}` with every value escaped. */
export function selector(metric: string | undefined, matchers: Matcher[]): string {
  if (metric !== undefined && !isMetricName(metric)) throw new Error(`invalid metric name ${JSON.stringify(metric)}`);
  const inner = matchers.map(matcher).join(', ');
  return `${metric ?? ''}{${inner}}`;
}
