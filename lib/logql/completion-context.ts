/**
 * What the LogQL editor can complete at the cursor, read from the @grafana/lezer-logql syntax tree (the parser
 * recovers from the half-typed query, so the node around the cursor says where we are): a label name in a stream
 * selector, a label value after `=`/`!=`/`=~`/`!~`, a pipeline stage after `|`, a field name in a label filter, in
 * `by (...)`, `keep`/`drop`/`unwrap` or a `line_format` template, or a function at expression position. Only the word
 * being typed is read from the text, to know where the completion starts. Pure.
 */
import { parser } from '@grafana/lezer-logql';
import type { SyntaxNode } from '@lezer/common';
import type { MatchOp } from './escape';

/** Where a label or field name is being typed. */
export type NameSite = 'selector' | 'labelFilter' | 'grouping' | 'labelList' | 'template';

export type LogqlContext =
  /** A whole expression or an aggregation's argument: functions, aggregations, a selector. */
  | { kind: 'expression'; from: number }
  /** After `|` (or at a bare word right after one): stages, parsers, line filters; field names when a parser ran. */
  | { kind: 'pipeline'; from: number; pipeFrom: number; afterParser: boolean }
  | { kind: 'labelName'; site: NameSite; from: number; afterParser: boolean; exclude: string[] }
  /**
   * A label value: completion filters on the text after the opening quote (`from`), and a picked value replaces the
   * whole literal `[replaceFrom, replaceTo)` with a correctly escaped one.
   */
  | {
      kind: 'labelValue';
      site: 'selector' | 'labelFilter';
      name: string;
      op: MatchOp;
      from: number;
      replaceFrom: number;
      replaceTo: number;
      /** In a stream selector, its other complete matchers as a selector (`{a="b"}`), to narrow the values offered. */
      narrowBy?: string;
    };

const WORD = /[A-Za-z_][A-Za-z0-9_]*$/;
const OPS = ['Eq', 'Neq', 'Re', 'Nre'] as const;
const PARSER_NODES = ['LabelParser', 'JsonExpressionParser', 'LogfmtParser', 'LogfmtExpressionParser'];

function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** Nodes named `name` anywhere under `node`. */
function descendants(node: SyntaxNode, name: string): SyntaxNode[] {
  return children(node).flatMap((c) => (c.name === name ? [c] : descendants(c, name)));
}

/** Whether a parser stage (`| json`, `| logfmt`, `| regexp`, `| pattern`, `| unpack`) comes before `pos` in the pipeline holding `node`. */
function parserBefore(node: SyntaxNode, pos: number): boolean {
  let pipeline: SyntaxNode | null = node;
  while (pipeline && pipeline.name !== 'LogExpr' && pipeline.name !== 'LogRangeExpr') pipeline = pipeline.parent;
  if (!pipeline) return false;
  return descendants(pipeline, 'PipelineStage').some((s) => s.to <= pos && PARSER_NODES.some((p) => s.getChild(p)));
}

function matcherContext(doc: string, pos: number, matcher: SyntaxNode, wordFrom: number): LogqlContext | null {
  const ident = matcher.getChild('Identifier');
  const op = OPS.map((o) => matcher.getChild(o)).find((n) => n) ?? null;
  const inFilter = matcher.parent?.name === 'LabelFilter';
  if (!op || pos <= op.from) {
    if (!ident || pos < ident.from) return null;
    const stage = inFilter ? matcher.parent!.parent : null;
    // `| js` parses as the start of a label filter; at a stage's first word it may as well be a stage keyword.
    if (stage?.name === 'PipelineStage' && matcher.parent!.from === matcher.from) {
      const pipe = stage.getChild('Pipe');
      if (pipe) return { kind: 'pipeline', from: ident.from, pipeFrom: pipe.from, afterParser: parserBefore(stage, pos) };
    }
    const selector = matcher.parent?.name === 'Matchers' ? outerMatchers(matcher.parent) : null;
    return {
      kind: 'labelName',
      site: inFilter ? 'labelFilter' : 'selector',
      from: ident.from,
      afterParser: parserBefore(matcher, pos),
      exclude: selector ? usedNames(doc, selector, matcher) : [],
    };
  }
  if (pos < op.to || !ident) return null;
  const name = doc.slice(ident.from, ident.to);
  const opText = doc.slice(op.from, op.to) as MatchOp;
  const site = inFilter ? 'labelFilter' : 'selector';
  const narrowBy = matcher.parent?.name === 'Matchers' ? otherMatchers(doc, outerMatchers(matcher.parent), matcher) : undefined;
  const extra = narrowBy ? { narrowBy } : {};
  let start = op.to;
  while (start < pos && /\s/.test(doc[start]!)) start++;
  const quote = doc[start];
  if (quote === '"' || quote === '`') {
    const literal = matcher.getChild('String');
    const closed = literal && literal.from === start && literal.to > start + 1;
    if (closed && pos >= literal.to) return null; // after the closing quote
    return { kind: 'labelValue', site, name, op: opText, from: start + 1, replaceFrom: start, replaceTo: closed ? literal.to : pos, ...extra };
  }
  const from = start < pos ? Math.max(start, wordFrom) : pos;
  return { kind: 'labelValue', site, name, op: opText, from, replaceFrom: from, replaceTo: pos, ...extra };
}

/** The complete matchers of a selector other than `except`, as a selector of their own text; undefined if none. */
function otherMatchers(doc: string, list: SyntaxNode, except: SyntaxNode): string | undefined {
  const complete = descendants(list, 'Matcher').filter(
    (m) => m.from !== except.from && m.getChild('Identifier') && m.getChild('String') && !children(m).some((c) => c.type.isError),
  );
  return complete.length ? `{${complete.map((m) => doc.slice(m.from, m.to)).join(', ')}}` : undefined;
}

/** The outermost `Matchers` node from `node` up (the list nests left-recursively). */
function outerMatchers(node: SyntaxNode): SyntaxNode {
  let list = node;
  while (list.parent?.name === 'Matchers') list = list.parent;
  return list;
}

function usedNames(doc: string, list: SyntaxNode, except?: SyntaxNode): string[] {
  return descendants(list, 'Matcher')
    .filter((m) => !except || m.from !== except.from)
    .map((m) => m.getChild('Identifier'))
    .filter((n): n is SyntaxNode => !!n)
    .map((n) => doc.slice(n.from, n.to));
}

/** Inside the String of a `line_format` / `label_format` template, right after `{{ .` (plus a partial name). */
function templateContext(doc: string, pos: number, expr: SyntaxNode): LogqlContext | null {
  const literal = children(expr).find((c) => (c.name === 'String' || c.type.isError) && c.from < pos && pos <= c.to);
  if (!literal) return null;
  const m = /\{\{[^}]*\.([A-Za-z0-9_]*)$/.exec(doc.slice(literal.from, pos));
  if (!m) return null;
  return { kind: 'labelName', site: 'template', from: pos - m[1]!.length, afterParser: parserBefore(expr, pos), exclude: [] };
}

const nameContext = (site: NameSite, from: number, node: SyntaxNode, pos: number, exclude: string[] = []): LogqlContext => ({
  kind: 'labelName',
  site,
  from,
  afterParser: parserBefore(node, pos),
  exclude,
});

/** The completion context at `pos` in `doc`, or `null` where nothing is offered (e.g. after a complete string). */
export function completionContext(doc: string, pos: number): LogqlContext | null {
  const tree = parser.parse(doc);
  const word = WORD.exec(doc.slice(0, pos));
  const wordFrom = word ? pos - word[0].length : pos;
  const before = doc.slice(0, pos).trimEnd();

  for (let node: SyntaxNode | null = tree.resolveInner(pos, -1); node; node = node.parent) {
    switch (node.name) {
      case 'String':
        // Inside a complete string literal: only a matcher's value or a template is completed (handled by parents).
        if (pos > node.from && pos < node.to && !['Matcher', 'LineFormatExpr', 'LabelFormatMatcher'].includes(node.parent?.name ?? '')) return null;
        break;
      case 'Matcher':
        return matcherContext(doc, pos, node, wordFrom);
      case 'LineFormatExpr':
      case 'LabelFormatMatcher':
        return templateContext(doc, pos, node);
      case 'Grouping': {
        const open = doc.indexOf('(', node.from);
        if (open < 0 || pos <= open) return null;
        const others = descendants(node, 'Identifier').filter((n) => pos < n.from || pos > n.to);
        return nameContext('grouping', wordFrom, node, pos, others.map((n) => doc.slice(n.from, n.to)));
      }
      case 'KeepLabelsExpr':
      case 'DropLabelsExpr': {
        const keyword = node.firstChild;
        if (!keyword || pos <= keyword.to) return null;
        return nameContext('labelList', wordFrom, node, pos);
      }
      case 'LabelFilter':
        // After `,`, `and`, `or` in a label filter (the parser left an error node there).
        if (before.endsWith(',') || /\b(and|or)$/.test(before) || wordFrom < pos) return nameContext('labelFilter', wordFrom, node, pos);
        return null;
      case 'PipelineStage': {
        const pipe = node.getChild('Pipe');
        if (!pipe || pos < pipe.to) return null;
        if (node.getChild('Unwrap') || children(node).some((c) => c.type.isError && c.getChild('Unwrap'))) {
          return nameContext('labelList', wordFrom, node, pos);
        }
        const rest = children(node).filter((c) => c.name !== 'Pipe');
        if (rest.every((c) => c.type.isError)) return { kind: 'pipeline', from: wordFrom, pipeFrom: pipe.from, afterParser: parserBefore(node, pos) };
        return null;
      }
      case 'Matchers':
      case 'Selector': {
        const list = node.name === 'Matchers' ? outerMatchers(node) : node.getChild('Matchers');
        const selector = node.name === 'Selector' ? node : outerMatchers(node).parent;
        if (!selector || selector.name !== 'Selector') return null;
        const closed = selector.to - 1 > selector.from && doc[selector.to - 1] === '}';
        if (pos <= selector.from || (closed && pos >= selector.to)) return null;
        // A label name starts a selector or follows a comma, never right after a value.
        if (!/[{,]$/.test(doc.slice(0, wordFrom).trimEnd())) return null;
        return nameContext('selector', wordFrom, node, pos, list ? usedNames(doc, list) : []);
      }
      case 'RangeAggregationExpr':
        return null;
      case 'VectorAggregationExpr':
      case 'BinOpExpr':
      case 'LiteralExpr':
        if (/[(,+\-*/%^]$|\b(and|or|unless)$/.test(doc.slice(0, wordFrom).trimEnd())) return { kind: 'expression', from: wordFrom };
        return null;
      case 'LogQL':
        return doc.slice(0, wordFrom).trim() === '' ? { kind: 'expression', from: wordFrom } : null;
    }
  }
  return null;
}
