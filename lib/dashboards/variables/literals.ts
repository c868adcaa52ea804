/**
 * Where the string literals of a PromQL / LogQL query are, and whether each is a regex, read from the real
 * grammars (@prometheus-io/lezer-promql, @grafana/lezer-logql). Lezer recovers from errors, so a query that is
 * not yet valid (a placeholder in a range `[x]`) still yields its literals. Pure.
 */
import { parser as logqlParser } from '@grafana/lezer-logql';
import { parser as promqlParser } from '@prometheus-io/lezer-promql';

export type QueryLanguage = 'promql' | 'logql';

export interface LiteralSpan {
  from: number;
  to: number;
  /** The literal is a regex: after `=~` / `!~` (matchers, LogQL label filters), LogQL `|~`, or LogQL `regexp`. */
  regex: boolean;
}

const STRING_NODE: Record<QueryLanguage, string> = { promql: 'StringLiteral', logql: 'String' };
const REGEX_OPS = new Set(['=~', '!~', '|~']);

/** Every string literal of `query`, in order. */
export function stringLiterals(query: string, language: QueryLanguage): LiteralSpan[] {
  const parser = language === 'promql' ? promqlParser : logqlParser;
  const out: LiteralSpan[] = [];
  parser.parse(query).iterate({
    enter(node) {
      if (node.name !== STRING_NODE[language]) return true;
      const prev = node.node.prevSibling;
      const op = prev ? query.slice(prev.from, prev.to).trim() : '';
      const inLabelName = node.node.parent?.name === 'QuotedLabelName';
      out.push({ from: node.from, to: node.to, regex: !inLabelName && (REGEX_OPS.has(op) || prev?.name === 'Regexp') });
      return false;
    },
  });
  return out;
}
