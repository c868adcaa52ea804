/**
 * Rewrites the canonical label names the built-in dashboards use (`pod`, `container`, `node`) into the ones a
 * cluster's exporters use, on the PromQL grammar: label matchers per selector (by the exporter the metric
 * comes from), and `by`/`without`/`on`/`ignoring`/`group_*` lists by the labels flowing into them. When a
 * join mixes exporters that disagree (cAdvisor's `pod_name` with kube-state-metrics' `pod`), the side with
 * the old name gets a `label_replace` copying it to the canonical name, so the join still matches. Pure.
 */
import { parser } from '@prometheus-io/lezer-promql';
import type { SyntaxNode } from '@lezer/common';
import { quote } from '@/lib/promql/escape';
import { maskVariables } from './mask-variables';
import type { CanonicalLabel, Conventions } from './types';

/** Actual name of each canonical label in the series a sub-expression returns. */
export type LabelNames = Partial<Record<CanonicalLabel, string>>;

interface Rendered {
  text: string;
  names: LabelNames;
}

const CANONICAL: readonly CanonicalLabel[] = ['pod', 'container', 'node'];

/** The exporter a metric comes from, by its name's prefix. */
export type MetricSource = 'cadvisor' | 'kube-state-metrics' | 'node-exporter' | 'other';

export function metricSource(metric: string): MetricSource {
  if (metric.startsWith('container_') || metric.startsWith('machine_')) return 'cadvisor';
  if (metric.startsWith('kube_')) return 'kube-state-metrics';
  if (metric.startsWith('node_')) return 'node-exporter';
  return 'other';
}

function sourceNames(metric: string, c: Conventions): LabelNames {
  switch (metricSource(metric)) {
    case 'cadvisor':
      return { pod: c.pod, container: c.container, node: c.cadvisorNode };
    case 'kube-state-metrics':
      return { pod: 'pod', container: 'container', node: 'node' };
    case 'node-exporter':
      return { node: c.node };
    default:
      return {};
  }
}

function rename(label: string, names: LabelNames): string {
  return (CANONICAL as readonly string[]).includes(label) ? (names[label as CanonicalLabel] ?? label) : label;
}

function merge(a: LabelNames, b: LabelNames): LabelNames {
  const out: LabelNames = { ...a };
  for (const k of CANONICAL) if (out[k] === undefined) out[k] = b[k];
  return out;
}

export interface RewriteResult {
  expr: string;
  /** Label names of the result: for rewriting `{{label}}` in legends. */
  names: LabelNames;
}

/** Rewrites one PromQL expression (which may contain dashboard variables). */
export function rewritePromQL(expr: string, c: Conventions): RewriteResult {
  const masked = maskVariables(expr);
  const tree = parser.parse(masked);
  const src = (n: { from: number; to: number }) => expr.slice(n.from, n.to);

  /** Source text of `node` with each child replaced by what `child` renders for it; label names merged. */
  function splice(node: SyntaxNode, child: (n: SyntaxNode) => Rendered): Rendered {
    let text = '';
    let names: LabelNames = {};
    let pos = node.from;
    for (let ch = node.firstChild; ch; ch = ch.nextSibling) {
      const r = child(ch);
      text += expr.slice(pos, ch.from) + r.text;
      names = merge(names, r.names);
      pos = ch.to;
    }
    return { text: text + expr.slice(pos, node.to), names };
  }

  function groupingLabels(node: SyntaxNode, names: LabelNames): string {
    return splice(node, (ch) => ({ text: ch.name === 'LabelName' ? rename(src(ch), names) : src(ch), names: {} })).text;
  }

  function selector(node: SyntaxNode): Rendered {
    const metric = node.getChild('Identifier');
    const names = metric ? sourceNames(src(metric), c) : {};
    const cadvisor = metric !== null && metricSource(src(metric)) === 'cadvisor';
    const matchers = (m: SyntaxNode): Rendered =>
      splice(m, (ch) => {
        if (ch.name !== 'UnquotedLabelMatcher') return { text: src(ch), names: {} };
        const label = ch.getChild('LabelName');
        const op = ch.getChild('MatchOp');
        const value = ch.getChild('StringLiteral');
        if (cadvisor && label && op && value && src(label) === 'container' && src(op) === '!=' && /^(""|''|``)$/.test(src(value))) {
          return { text: c.cadvisorContainerFilter, names: {} };
        }
        return splice(ch, (x) => ({ text: x.name === 'LabelName' ? rename(src(x), names) : src(x), names: {} }));
      });
    const r = splice(node, (ch) => (ch.name === 'LabelMatchers' ? matchers(ch) : { text: src(ch), names: {} }));
    return { text: r.text, names };
  }

  function aggregate(node: SyntaxNode): Rendered {
    const body = node.getChild('FunctionCallBody');
    const inner = body ? render(body) : { text: '', names: {} };
    const r = splice(node, (ch) => {
      if (ch.name === 'FunctionCallBody') return inner;
      if (ch.name === 'AggregateModifier') {
        return splice(ch, (x) => ({ text: x.name === 'GroupingLabels' ? groupingLabels(x, inner.names) : src(x), names: {} }));
      }
      return { text: src(ch), names: {} };
    });
    return { text: r.text, names: inner.names };
  }

  function binary(node: SyntaxNode): Rendered {
    const operands: SyntaxNode[] = [];
    let clause: SyntaxNode | null = null;
    for (let ch = node.firstChild; ch; ch = ch.nextSibling) {
      if (ch.name === 'MatchingModifierClause') clause = ch;
      else if (isExpression(ch)) operands.push(ch);
    }
    if (operands.length !== 2) return splice(node, render);
    const [lhs, rhs] = operands.map(render);
    // labels the join matches on: where lhs and rhs name one differently, wrap the side with the old name
    const on = clause?.getChild('On') ? clause.getChild('GroupingLabels') : null;
    const listed = new Set(on ? on.getChildren('LabelName').map(src) : []);
    for (const k of CANONICAL) {
      if (!listed.has(k) || lhs.names[k] === undefined || rhs.names[k] === undefined || lhs.names[k] === rhs.names[k]) continue;
      for (const side of [lhs, rhs]) {
        if (side.names[k] === k) continue;
        side.text = `label_replace(${side.text}, ${quote(k)}, "$1", ${quote(side.names[k]!)}, "(.+)")`;
        side.names = { ...side.names, [k]: k };
      }
    }
    let names = merge(lhs.names, rhs.names);
    // group_left(x)/group_right(x) copy x from the "one" side into the result
    const include = clause?.getChildren('GroupingLabels').find((g) => g !== on) ?? null;
    const one = clause?.getChild('GroupLeft') ? rhs.names : lhs.names;
    for (const k of include ? include.getChildren('LabelName').map(src) : []) if (one[k as CanonicalLabel]) names = { ...names, [k]: one[k as CanonicalLabel] };
    const r = splice(node, (ch) => {
      if (ch.from === operands[0].from && ch.to === operands[0].to) return lhs;
      if (ch.from === operands[1].from && ch.to === operands[1].to) return rhs;
      if (ch.name !== 'MatchingModifierClause') return { text: src(ch), names: {} };
      // on()/ignoring() name labels of both sides; group_left()/group_right() labels of the "one" side
      let kw = '';
      return splice(ch, (x) => {
        if (x.name !== 'GroupingLabels') {
          kw = x.name;
          return { text: src(x), names: {} };
        }
        const side = kw === 'GroupLeft' ? rhs.names : kw === 'GroupRight' ? lhs.names : merge(lhs.names, rhs.names);
        return { text: groupingLabels(x, side), names: {} };
      });
    });
    return { text: r.text, names };
  }

  function render(node: SyntaxNode): Rendered {
    switch (node.name) {
      case 'VectorSelector':
        return selector(node);
      case 'AggregateExpr':
        return aggregate(node);
      case 'BinaryExpr':
        return binary(node);
      default:
        return splice(node, render);
    }
  }

  const out = render(tree.topNode);
  return { expr: out.text, names: out.names };
}

const EXPRESSIONS = new Set([
  'AggregateExpr',
  'BinaryExpr',
  'FunctionCall',
  'MatrixSelector',
  'NumberDurationLiteral',
  'OffsetExpr',
  'ParenExpr',
  'StringLiteral',
  'SubqueryExpr',
  'UnaryExpr',
  'VectorSelector',
  'StepInvariantExpr',
]);

function isExpression(n: SyntaxNode): boolean {
  return EXPRESSIONS.has(n.name);
}

/** `{{pod}}` → `{{pod_name}}` where the query's result carries the label under another name. */
export function rewriteLegend(legend: string, names: LabelNames): string {
  return legend.replace(/\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g, (all, label: string) => {
    const to = rename(label, names);
    return to === label ? all : `{{${to}}}`;
  });
}
