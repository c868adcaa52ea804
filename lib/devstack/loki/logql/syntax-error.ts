/**
 * Turn a lezer error node into the message goyacc prints in Loki 2.7: "syntax error: unexpected X,
 * expecting Y". Token names follow Loki's lexer (literal text for operators and keywords, IDENTIFIER,
 * STRING, NUMBER, DURATION, RANGE, $end). The expected sets are known for common mistakes; other
 * errors report only the unexpected token, which goyacc also does when more than four tokens fit.
 */
import type { SyntaxNode } from '@lezer/common';
import { ParseError } from './errors';

const OPERATORS = ['|=', '|~', '!=', '!~', '=~', '==', '>=', '<=', '{', '}', '(', ')', ',', '|', '=', '>', '<', '+', '-', '*', '/', '%', '^', '.'];

function tokenAt(query: string, pos: number): { name: string; from: number } {
  let p = pos;
  while (p < query.length && /\s/.test(query[p])) p++;
  if (p >= query.length) return { name: '$end', from: query.length };
  const rest = query.slice(p);
  if (rest[0] === '"' || rest[0] === '`') return { name: 'STRING', from: p };
  const range = /^\[\s*\d+[a-z]+[\w]*\s*\]/.exec(rest);
  if (range) return { name: 'RANGE', from: p };
  if (/^\d+(ms|s|m|h|d|w|y)/.test(rest)) return { name: 'DURATION', from: p };
  if (/^\d/.test(rest)) return { name: 'NUMBER', from: p };
  const word = /^[a-zA-Z_][\w]*/.exec(rest);
  if (word) return { name: KEYWORDS.has(word[0]) ? word[0] : 'IDENTIFIER', from: p };
  const op = OPERATORS.find((o) => rest.startsWith(o));
  return { name: op ?? rest[0], from: p };
}

const KEYWORDS = new Set([
  'by', 'without', 'and', 'or', 'unless', 'sum', 'avg', 'count', 'max', 'min', 'stddev', 'stdvar', 'bottomk', 'topk', 'sort', 'sort_desc',
  'count_over_time', 'rate', 'rate_counter', 'bytes_over_time', 'bytes_rate', 'avg_over_time', 'sum_over_time', 'min_over_time',
  'max_over_time', 'stddev_over_time', 'stdvar_over_time', 'quantile_over_time', 'first_over_time', 'last_over_time', 'absent_over_time',
  'json', 'logfmt', 'regexp', 'pattern', 'unpack', 'unwrap', 'line_format', 'label_format', 'offset', 'on', 'ignoring', 'group_left',
  'group_right', 'bool', 'decolorize', 'drop', 'keep', 'ip', 'vector', 'label_replace',
]);

function expectedAfter(prev: SyntaxNode | null, parent: SyntaxNode | null): string | undefined {
  const p = prev?.name;
  if (p === 'Filter') return 'STRING or ip';
  if (p === 'Identifier' && parent?.name === 'Matcher') return '= or =~ or !~ or !=';
  if (parent?.name === 'Selector' || p === 'Matchers' || p === 'Matcher') return p ? '} or ,' : 'IDENTIFIER';
  if (p === 'Eq' || p === 'Neq' || p === 'Re' || p === 'Nre') return 'STRING';
  return undefined;
}

function firstError(node: SyntaxNode): SyntaxNode | null {
  let found: SyntaxNode | null = null;
  node.cursor().iterate((n) => {
    if (found) return false;
    if (n.type.isError) {
      found = n.node;
      return false;
    }
    return true;
  });
  return found;
}

/** The ParseError for a query whose tree has errors, or null when the tree is clean. */
export function syntaxError(query: string, top: SyntaxNode): ParseError | null {
  const err = firstError(top);
  if (!err) return null;
  const unterminated = /(^|[^\\])"(?:[^"\\]|\\.)*$/.test(query.slice(0, query.length)) && (query.match(/(?<!\\)"/g)?.length ?? 0) % 2 === 1;
  if (unterminated) {
    const at = query.lastIndexOf('"');
    return ParseError.at(query, at, 'literal not terminated');
  }
  const inner = err.firstChild;
  const pos = inner && !inner.type.isError ? inner.from : err.from;
  const tok = tokenAt(query, pos);
  const expected = expectedAfter(err.prevSibling, err.parent);
  const msg = `syntax error: unexpected ${tok.name}${expected ? `, expecting ${expected}` : ''}`;
  return ParseError.at(query, tok.from, msg);
}
