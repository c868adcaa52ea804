/**
 * Building LogQL from values safely: stream selectors reuse PromQL's matcher rules (same lexer rules for
 * strings), line filters quote their argument. Pure: usable in the browser and on the server.
 */
import { type Matcher, matcher, quote, regexEscape } from '../promql/escape';

export { quote, regexEscape, type Matcher };

export type LineFilterOp = '|=' | '!=' | '|~' | '!~';

export function streamSelector(matchers: Matcher[]): string {
  if (!matchers.length) throw new Error('a LogQL stream selector needs at least one matcher');
  return `{${matchers.map(matcher).join(', ')}}`;
}

export function lineFilter(op: LineFilterOp, value: string): string {
  return `${op} ${quote(value)}`;
}

/** `{ns="a"} |= "x" != "y"` */
export function logQuery(matchers: Matcher[], filters: { op: LineFilterOp; value: string }[] = []): string {
  return [streamSelector(matchers), ...filters.map((f) => lineFilter(f.op, f.value))].join(' ');
}
