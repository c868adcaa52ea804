/**
 * Building LogQL from values safely: stream selectors reuse PromQL's matcher rules (same lexer rules for
 * strings), line filters quote their argument. Pure: usable in the browser and on the server.
 */
import { type Matcher, type MatchOp, anyOf, matcher, quote, regexEscape } from '../promql/escape';

export { quote, regexEscape, type Matcher, type MatchOp };

/** Loki rejects `\ud800` escapes (not a valid rune), so lone surrogates become U+FFFD before quoting. */
export function wellFormed(value: string): string {
  return value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** The string literal that makes a matcher with `op` match exactly `value`: regex-escaped first for `=~` / `!~`. */
export function matcherLiteral(op: MatchOp, value: string): string {
  const v = wellFormed(value);
  return quote(op === '=~' || op === '!~' ? regexEscape(v) : v);
}

/**
 * Matchers for values picked per label (the label browser): one value is `name="v"`, several are
 * `name=~"a|b"` with each value regex-escaped; labels without values are left out. Labels are ANDed by the selector.
 */
export function pickedMatchers(picked: Readonly<Record<string, readonly string[]>>): Matcher[] {
  return Object.entries(picked)
    .filter(([, values]) => values.length > 0)
    .map(([name, values]) =>
      values.length === 1 ? { name, op: '=' as const, value: wellFormed(values[0]!) } : { name, op: '=~' as const, value: anyOf(values.map(wellFormed)) },
    );
}

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
