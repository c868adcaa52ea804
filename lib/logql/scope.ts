/**
 * Confining LogQL to a set of label values (namespaces): through the real grammar (@grafana/lezer-logql), every
 * stream selector — of a log query, of each range aggregation in a metric query, on both sides of a binary
 * operation — gets one more matcher, `namespace=~"a|b"`. Stream matchers are ANDed, so the query can only narrow
 * the allowed set; labels parsed from lines later (`| json`) cannot widen it, since streams are chosen first.
 * The result is parsed again and checked; what the grammar does not accept is refused. Pure.
 */
import { parser } from '@grafana/lezer-logql';
import type { SyntaxNode, Tree } from '@lezer/common';
import { firstErrorAt } from '@/lib/lezer/syntax-error';
import { scopeMatcher, ScopeError, type LabelScope } from '../promql/scope';

export { ScopeError, type LabelScope };

function streamSelectors(tree: Tree): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  tree.iterate({
    enter: (n) => {
      if (n.name === 'Selector') {
        out.push(n.node);
        return false;
      }
      return true;
    },
  });
  return out;
}

/** The matcher texts directly in a selector (Matchers nest left-recursively). */
function matcherTexts(query: string, sel: SyntaxNode): string[] {
  const out: string[] = [];
  const walk = (n: SyntaxNode) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.name === 'Matcher') out.push(query.slice(c.from, c.to));
      else if (c.name === 'Matchers') walk(c);
    }
  };
  walk(sel);
  return out;
}

/** The query with every stream selector confined to the scope. Throws ScopeError for a query that does not parse. */
export function scopeLogql(query: string, scope: LabelScope): string {
  const matcher = scopeMatcher(scope);
  const tree = parser.parse(query);
  const err = firstErrorAt(tree);
  if (err >= 0) throw new ScopeError(`syntax error at position ${err}`, err);
  let out = query;
  for (const sel of streamSelectors(tree).sort((a, b) => b.from - a.from)) {
    if (query[sel.to - 1] !== '}') throw new ScopeError('an unterminated stream selector', sel.to);
    out = `${out.slice(0, sel.to - 1)}, ${matcher}${out.slice(sel.to - 1)}`;
  }
  const check = parser.parse(out);
  const sels = streamSelectors(check);
  if (firstErrorAt(check) >= 0 || sels.length === 0 || !sels.every((s) => matcherTexts(out, s).includes(matcher))) {
    throw new ScopeError('the query could not be confined to the allowed scope');
  }
  return out;
}

/** Loki's `match[]` (series) and `query` (label values, volume) selectors, confined; the scope alone when absent. */
export function scopeStreamSelectors(match: readonly string[] | undefined, scope: LabelScope): string[] {
  if (!match || match.length === 0) return [`{${scopeMatcher(scope)}}`];
  return match.map((m) => {
    const out = scopeLogql(m, scope);
    const tree = parser.parse(m);
    const sels = streamSelectors(tree);
    if (sels.length !== 1 || sels[0]!.from !== m.search(/\S/) || sels[0]!.to !== m.trimEnd().length) {
      throw new ScopeError(`expected a stream selector: ${JSON.stringify(m)}`);
    }
    return out;
  });
}
