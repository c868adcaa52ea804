/**
 * Reading LogQL through its real grammar (@grafana/lezer-logql): the log expressions of a query (one in a log query,
 * one per selector in a metric query), with their matchers and pipeline stages as node ranges, for edit-query.ts.
 * Pure.
 */
import { parser } from '@grafana/lezer-logql';
import type { SyntaxNode, Tree } from '@lezer/common';
import { firstErrorAt } from '@/lib/lezer/syntax-error';
import type { MatchOp } from '@/lib/promql/escape';

export interface LogExpression {
  /** A `LogExpr` or, inside a metric query, a `LogRangeExpr`. */
  node: SyntaxNode;
  selector: SyntaxNode;
  /** The outer `Matchers` node, null for `{}`. */
  matcherList: SyntaxNode | null;
  matchers: SyntaxNode[];
  /** The outer `PipelineExpr`, null without stages. */
  pipeline: SyntaxNode | null;
  stages: SyntaxNode[];
}

export interface MatcherParts {
  name: string;
  op: MatchOp;
  value: string;
}

const PARSERS = new Set(['LabelParser', 'JsonExpressionParser', 'LogfmtParser', 'LogfmtExpressionParser']);

export function parseLogql(query: string): Tree {
  return parser.parse(query);
}

/** Position of the first syntax error, or -1 when the query parses cleanly. */
export const syntaxErrorAt = firstErrorAt;

/** Nodes named `name` under `node`, not looking inside a match (lists nest left-recursively). */
function descendants(node: SyntaxNode, name: string): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name === name) out.push(c);
    else out.push(...descendants(c, name));
  }
  return out;
}

/** Every log expression of the query, in text order. */
export function logExpressions(tree: Tree): LogExpression[] {
  const out: LogExpression[] = [];
  tree.iterate({
    enter: (ref) => {
      if (ref.name !== 'LogExpr' && ref.name !== 'LogRangeExpr') return true;
      const node = ref.node;
      const selector = node.getChild('Selector');
      if (!selector) return false;
      const matcherList = selector.getChild('Matchers');
      const pipeline = node.getChild('PipelineExpr');
      out.push({
        node,
        selector,
        matcherList,
        matchers: matcherList ? descendants(matcherList, 'Matcher') : [],
        pipeline,
        stages: pipeline ? descendants(pipeline, 'PipelineStage') : [],
      });
      return false;
    },
  });
  return out;
}

/** Whether a stage extracts labels from the line (`json`, `logfmt`, `regexp`, `pattern`, `unpack`). */
export function isParserStage(stage: SyntaxNode): boolean {
  return stage.getChildren('Pipe').length > 0 && [...PARSERS].some((p) => stage.getChild(p));
}

/** The decoded text of a LogQL string literal (Go rules: `"..."` with escapes, or a raw `` `...` ``). */
export function unquoteLogql(literal: string): string {
  if (literal.startsWith('`')) return literal.slice(1, -1);
  return literal.slice(1, -1).replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|[0-7]{3}|.)/gs, (_, e: string) => {
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v' };
    if (e in simple) return simple[e]!;
    if (/^[uU]/.test(e)) return String.fromCodePoint(parseInt(e.slice(1).replace(/[{}]/g, ''), 16));
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]{3}$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return e;
  });
}

/** A `Matcher` node read as name, operator and decoded value. */
export function readMatcher(query: string, node: SyntaxNode): MatcherParts | undefined {
  const name = node.getChild('Identifier');
  const value = node.getChild('String');
  const op = node.getChild('Eq') ?? node.getChild('Neq') ?? node.getChild('Re') ?? node.getChild('Nre');
  if (!name || !value || !op) return undefined;
  return { name: query.slice(name.from, name.to), op: query.slice(op.from, op.to) as MatchOp, value: unquoteLogql(query.slice(value.from, value.to)) };
}

/** The matcher of a `| name op "value"` stage, when the stage is exactly one such label filter. */
export function labelFilterMatcher(stage: SyntaxNode): SyntaxNode | undefined {
  const filter = stage.getChild('LabelFilter');
  const matcher = filter?.firstChild;
  return matcher?.name === 'Matcher' && matcher.from === filter!.from && matcher.to === filter!.to ? matcher : undefined;
}
