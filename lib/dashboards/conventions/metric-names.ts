/** Metric names a PromQL expression selects, read from the grammar (not guessed from the text). Pure. */
import { parser } from '@prometheus-io/lezer-promql';
import { maskVariables } from './mask-variables';

export function metricNames(expr: string): string[] {
  const masked = maskVariables(expr);
  const out = new Set<string>();
  parser.parse(masked).iterate({
    enter(n) {
      if (n.name !== 'VectorSelector') return;
      const id = n.node.getChild('Identifier');
      if (id) out.add(expr.slice(id.from, id.to));
      // {__name__="x"} names the metric too
      for (const m of n.node.getChild('LabelMatchers')?.getChildren('UnquotedLabelMatcher') ?? []) {
        const label = m.getChild('LabelName');
        const value = m.getChild('StringLiteral');
        if (label && value && m.getChild('MatchOp')?.getChild('EqlSingle') && expr.slice(label.from, label.to) === '__name__') {
          out.add(expr.slice(value.from + 1, value.to - 1));
        }
      }
    },
  });
  return [...out];
}
