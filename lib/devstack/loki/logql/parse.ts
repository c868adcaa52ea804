/** Parse LogQL with the real grammar (@grafana/lezer-logql) into the engine's AST. */
import { parser } from '@grafana/lezer-logql';
import type { SyntaxNode } from '@lezer/common';
import type { CompareOp, Grouping, LabelMatcher, LabelPredicate, LineFilter, LogSelector, MatchOp, MetricExpr, Query, RangeOp, Stage, VectorOp } from './ast';
import { ParseError, UnsupportedError } from './errors';
import { LiteralError, compileRe2, parseBytes, parseGoDuration, parsePromDuration, unquote } from './literals';
import { syntaxError } from './syntax-error';

class Reader {
  constructor(readonly q: string) {}

  text(n: SyntaxNode): string {
    return this.q.slice(n.from, n.to);
  }

  str(n: SyntaxNode | null): string {
    if (!n) throw ParseError.at(this.q, this.q.length, 'syntax error: unexpected $end, expecting STRING');
    try {
      return unquote(this.text(n));
    } catch (e) {
      throw ParseError.at(this.q, n.from, (e as Error).message);
    }
  }

  fail(n: SyntaxNode, msg: string): never {
    throw ParseError.at(this.q, n.from, msg);
  }
}

const children = (n: SyntaxNode): SyntaxNode[] => {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
};

/** Left-recursive lists (Matchers, PipelineExpr, LineFilters, ...) flattened in source order. */
function flatten(n: SyntaxNode, list: string, item: string): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const walk = (x: SyntaxNode) => {
    for (const c of children(x)) {
      if (c.name === list) walk(c);
      else if (c.name === item) out.push(c);
    }
  };
  walk(n);
  return out;
}

function matcher(r: Reader, n: SyntaxNode): LabelMatcher {
  const [id, opNode, val] = children(n);
  const op = r.text(opNode) as MatchOp;
  const value = r.str(val ?? null);
  const m: LabelMatcher = { name: r.text(id), op, value };
  if (op === '=~' || op === '!~') {
    try {
      m.re = compileRe2(value, true);
    } catch (e) {
      r.fail(val, (e as Error).message);
    }
  }
  return m;
}

function lineFilter(r: Reader, n: SyntaxNode): LineFilter {
  const op = r.text(n.getChild('Filter')!) as LineFilter['op'];
  if (n.getChild('Ip')) throw new UnsupportedError('ip() line filters are not supported by the demo Loki');
  const ors = n.getChildren('OrFilter').flatMap((o) => flatten(o, 'OrFilter', 'String'));
  const values = [r.str(n.getChild('String')), ...ors.map((s) => r.str(s))];
  const f: LineFilter = { op, values };
  if (op === '|~' || op === '!~') {
    try {
      f.res = values.map((v) => compileRe2(v, false));
    } catch (e) {
      r.fail(n, (e as Error).message);
    }
  }
  return f;
}

const CMP: Record<string, CompareOp> = { Gtr: '>', Gte: '>=', Lss: '<', Lte: '<=', Eql: '==', Neq: '!=', Eq: '==' };

function labelPredicate(r: Reader, n: SyntaxNode): LabelPredicate {
  const kids = children(n);
  const bool = kids.find((k) => k.name === 'And' || k.name === 'Or');
  const subs = kids.filter((k) => k.name === 'LabelFilter');
  if (subs.length === 2) return { kind: bool?.name === 'Or' ? 'or' : 'and', left: labelPredicate(r, subs[0]), right: labelPredicate(r, subs[1]) };
  if (subs.length === 1) return labelPredicate(r, subs[0]);
  const leaf = kids[0];
  if (leaf.name === 'Matcher') return { kind: 'match', matcher: matcher(r, leaf) };
  const target = leaf.name === 'UnitFilter' ? leaf.firstChild! : leaf;
  const [id, opNode, val] = children(target);
  const op = CMP[opNode.name];
  const raw = r.text(val);
  if (target.name === 'NumberFilter') return { kind: 'number', name: r.text(id), op, value: Number(raw) };
  if (target.name === 'DurationFilter') return { kind: 'duration', name: r.text(id), op, value: parseGoDuration(raw) ?? r.fail(val, `time: invalid duration "${raw}"`) };
  if (target.name === 'BytesFilter') return { kind: 'bytes', name: r.text(id), op, value: parseBytes(raw) ?? r.fail(val, `invalid bytes "${raw}"`) };
  throw new UnsupportedError(`${target.name} label filters are not supported by the demo Loki`);
}

function stage(r: Reader, n: SyntaxNode): Stage[] {
  const body = children(n).find((c) => c.name !== 'Pipe');
  if (!body) return [];
  switch (body.name) {
    case 'LineFilters':
      return flatten(body, 'LineFilters', 'LineFilter').map((f) => ({ kind: 'lineFilter', filter: lineFilter(r, f) }));
    case 'LabelParser': {
      const kind = body.firstChild!.name;
      if (kind === 'Json') return [{ kind: 'json' }];
      if (kind === 'Logfmt') return [{ kind: 'logfmt' }];
      if (kind === 'Unpack') return [{ kind: 'unpack' }];
      const arg = r.str(body.getChild('String'));
      if (kind === 'Pattern') return [{ kind: 'pattern', pattern: arg }];
      try {
        return [{ kind: 'regexp', re: compileRe2(arg, false) }];
      } catch (e) {
        return r.fail(body, (e as Error).message);
      }
    }
    case 'LogfmtParser':
      return [{ kind: 'logfmt' }];
    case 'JsonExpressionParser':
    case 'LogfmtExpressionParser': {
      const items = flatten(body.getChild('LabelExtractionExpressionList')!, 'LabelExtractionExpressionList', 'LabelExtractionExpression').map((e) => {
        const label = r.text(e.getChild('Identifier')!);
        const s = e.getChild('String');
        return { label, expr: s ? r.str(s) : label };
      });
      if (body.name === 'LogfmtExpressionParser') return [{ kind: 'logfmt', extract: items.map((i) => ({ label: i.label, key: i.expr })) }];
      return [{ kind: 'json', extract: items.map((i) => ({ label: i.label, path: jsonPath(i.expr) })) }];
    }
    case 'LabelFilter':
      return [{ kind: 'labelFilter', predicate: labelPredicate(r, body) }];
    case 'LineFormatExpr':
      return [{ kind: 'lineFormat', template: r.str(body.getChild('String')) }];
    case 'LabelFormatExpr':
      return [
        {
          kind: 'labelFormat',
          items: flatten(body.getChild('LabelsFormat')!, 'LabelsFormat', 'LabelFormatMatcher').map((m) => {
            const [target, , src] = children(m);
            return src.name === 'String' ? { target: r.text(target), template: r.str(src) } : { target: r.text(target), source: r.text(src) };
          }),
        },
      ];
    case 'DecolorizeExpr':
      return [{ kind: 'decolorize' }];
    case 'DropLabelsExpr':
    case 'KeepLabelsExpr': {
      const drop = body.name === 'DropLabelsExpr';
      const items = flatten(body.getChild(drop ? 'DropLabels' : 'KeepLabels')!, drop ? 'DropLabels' : 'KeepLabels', drop ? 'DropLabel' : 'KeepLabel');
      const labels = items.map((i) => {
        const m = i.getChild('Matcher');
        return m ? { name: r.text(m.firstChild!), matcher: matcher(r, m) } : { name: r.text(i.firstChild!) };
      });
      return [{ kind: drop ? 'drop' : 'keep', labels }];
    }
    default:
      throw new UnsupportedError(`${r.text(body)}: not supported by the demo Loki`);
  }
}

/** json "a.b[0]" expressions: the demo supports dotted paths. */
function jsonPath(expr: string): string[] {
  return expr.replace(/\[\s*"([^"]*)"\s*\]/g, '.$1').replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
}

function selector(r: Reader, n: SyntaxNode): LogSelector {
  const sel = n.name === 'Selector' ? n : n.getChild('Selector');
  if (!sel) throw new UnsupportedError('unsupported log expression');
  const matchers = flatten(sel.getChild('Matchers')!, 'Matchers', 'Matcher').map((m) => matcher(r, m));
  const pipe = n.getChild('PipelineExpr');
  const stages = pipe ? flatten(pipe, 'PipelineExpr', 'PipelineStage').flatMap((s) => stage(r, s)) : [];
  if (matchers.every((m) => (m.re ? m.re.test('') !== (m.op === '!~') : (m.op === '=') === (m.value === '')))) {
    throw new ParseError('queries require at least one regexp or equality matcher that does not have an empty-compatible value. For instance, app=~".*" does not meet this requirement, but app=~".+" will');
  }
  return { matchers, stages };
}

function grouping(r: Reader, n: SyntaxNode | null): Grouping | undefined {
  if (!n) return undefined;
  const labels = n.getChild('Labels');
  return { without: !!n.getChild('Without'), labels: labels ? flatten(labels, 'Labels', 'Identifier').map((i) => r.text(i)) : [] };
}

const RANGE_OPS: Record<string, RangeOp> = { CountOverTime: 'count_over_time', Rate: 'rate', BytesOverTime: 'bytes_over_time', BytesRate: 'bytes_rate' };
const VECTOR_OPS: Record<string, VectorOp> = { Sum: 'sum', Count: 'count', Avg: 'avg', Min: 'min', Max: 'max', Topk: 'topk', Bottomk: 'bottomk' };

function metric(r: Reader, n: SyntaxNode): MetricExpr {
  const inner = n.name === 'MetricExpr' ? children(n).find((c) => c.name !== '(' && c.name !== ')') : n;
  if (!inner) throw new UnsupportedError('empty metric expression');
  if (inner.name === 'MetricExpr') return metric(r, inner);
  if (inner.name === 'RangeAggregationExpr') {
    const opName = inner.getChild('RangeOp')!.firstChild!.name;
    const op = RANGE_OPS[opName];
    if (!op) throw new UnsupportedError(`${r.text(inner.getChild('RangeOp')!)} is not supported by the demo Loki`);
    const lr = inner.getChild('LogRangeExpr')!;
    if (lr.getChild('UnwrapExpr')) throw new UnsupportedError('unwrap is not supported by the demo Loki');
    const range = lr.getChild('Range')!;
    const offset = lr.getChild('OffsetExpr');
    return {
      kind: 'range',
      op,
      selector: selector(r, lr),
      rangeMs: parsePromDuration(r.text(range.getChild('Duration')!)),
      offsetMs: offset ? parsePromDuration(r.text(offset.getChild('Duration')!)) : 0,
      grouping: grouping(r, inner.getChild('Grouping')),
    };
  }
  if (inner.name === 'VectorAggregationExpr') {
    const opName = inner.getChild('VectorOp')!.firstChild!.name;
    const op = VECTOR_OPS[opName];
    if (!op) throw new UnsupportedError(`${r.text(inner.getChild('VectorOp')!)} is not supported by the demo Loki`);
    const num = inner.getChild('Number');
    if ((op === 'topk' || op === 'bottomk') && !num) r.fail(inner, `syntax error: unexpected ${op}`);
    return { kind: 'vector', op, param: num ? Number(r.text(num)) : undefined, grouping: grouping(r, inner.getChild('Grouping')), inner: metric(r, inner.getChild('MetricExpr')!) };
  }
  throw new UnsupportedError(`${inner.name} is not supported by the demo Loki`);
}

/** Parse a LogQL query; throws ParseError (Loki's wording) or UnsupportedError. */
export function parseQuery(query: string): Query {
  const tree = parser.parse(query);
  const top = tree.topNode;
  const err = syntaxError(query, top);
  if (err) throw err;
  const r = new Reader(query);
  const expr = top.getChild('Expr');
  if (!expr) throw ParseError.at(query, query.length, 'syntax error: unexpected $end');
  const body = expr.firstChild!;
  try {
    if (body.name === 'LogExpr') return { kind: 'log', selector: selector(r, body) };
    return { kind: 'metric', expr: metric(r, body) };
  } catch (e) {
    if (e instanceof LiteralError) throw new ParseError(e.message);
    throw e;
  }
}
