/**
 * Confining PromQL to a set of label values (namespaces), like prom-label-proxy: through the real grammar
 * (@prometheus-io/lezer-promql), every vector selector — alone, in a range, a subquery, either side of `or`/`unless`,
 * inside `absent()` or `label_replace()` — gets one more matcher, `namespace=~"a|b"`, with the values regex-escaped.
 * Matchers are ANDed, so whatever the query itself says about the label, it can only narrow the allowed set.
 * The result is parsed again and checked; anything the grammar does not accept is refused, never passed on. Pure.
 */
import { parser } from '@prometheus-io/lezer-promql';
import type { SyntaxNode, Tree } from '@lezer/common';
import { firstErrorAt } from '@/lib/lezer/syntax-error';
import { anyOf, isLabelName, quote } from './escape';

/** The values of one label a user may read, e.g. `{ label: 'namespace', values: ['shop', 'payments'] }`. */
export interface LabelScope {
  label: string;
  values: readonly string[];
}

/** A query that cannot be confined: it does not parse, or the scope allows nothing. */
export class ScopeError extends Error {
  constructor(
    message: string,
    /** Offset of the syntax error in the query, when that is the reason. */
    readonly position?: number,
  ) {
    super(message);
    this.name = 'ScopeError';
  }
}

/** The matcher every selector gets: `namespace=~"shop|pay\\.ments"` (Prometheus anchors the regex). */
export function scopeMatcher(scope: LabelScope): string {
  if (!isLabelName(scope.label)) throw new ScopeError(`invalid scope label ${JSON.stringify(scope.label)}`);
  const values = [...new Set(scope.values)].filter((v) => v !== '');
  if (values.length === 0) throw new ScopeError(`no ${scope.label} is allowed`);
  return `${scope.label}=~${quote(anyOf(values.sort()))}`;
}

function selectors(tree: Tree): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  tree.iterate({
    enter: (n) => {
      if (n.name === 'VectorSelector') out.push(n.node);
    },
  });
  return out;
}

interface Insert {
  at: number;
  text: string;
}

/** Where the matcher goes in one selector: before its closing brace, or as braces after a bare metric name. */
function insertion(query: string, sel: SyntaxNode, matcher: string): Insert {
  const braces = sel.getChild('LabelMatchers');
  if (!braces) {
    const name = sel.getChild('Identifier');
    if (!name) throw new ScopeError('a selector without a metric name or braces', sel.from);
    return { at: name.to, text: `{${matcher}}` };
  }
  if (query[braces.to - 1] !== '}') throw new ScopeError('an unterminated label matcher list', braces.to);
  const inner = query.slice(braces.from + 1, braces.to - 1).trim();
  const sep = inner === '' || inner.endsWith(',') ? '' : ', ';
  return { at: braces.to - 1, text: `${sep}${matcher}` };
}

function apply(query: string, inserts: Insert[]): string {
  let out = query;
  for (const i of [...inserts].sort((a, b) => b.at - a.at)) out = out.slice(0, i.at) + i.text + out.slice(i.at);
  return out;
}

/** Every selector of the parsed query carries `matcher` among its own matchers. */
function everySelectorScoped(query: string, matcher: string): boolean {
  const tree = parser.parse(query);
  if (firstErrorAt(tree) >= 0) return false;
  return selectors(tree).every((sel) => {
    const braces = sel.getChild('LabelMatchers');
    if (!braces) return false;
    return braces.getChildren('UnquotedLabelMatcher').some((m) => query.slice(m.from, m.to) === matcher);
  });
}

/**
 * The query with every vector selector confined to the scope. Throws ScopeError for a query that does not parse
 * (with the position) or an empty scope.
 */
export function scopePromql(query: string, scope: LabelScope): string {
  const matcher = scopeMatcher(scope);
  const tree = parser.parse(query);
  const err = firstErrorAt(tree);
  if (err >= 0) throw new ScopeError(`syntax error at position ${err}`, err);
  const sels = selectors(tree);
  const out = apply(
    query,
    sels.map((s) => insertion(query, s, matcher)),
  );
  if (!everySelectorScoped(out, matcher)) throw new ScopeError('the query could not be confined to the allowed scope');
  return out;
}

/**
 * `match[]` selectors of /series, /labels and label values, confined. Without any, the scope itself becomes the one
 * selector, so an unrestricted listing only lists the allowed series.
 */
export function scopeMatchSelectors(match: readonly string[] | undefined, scope: LabelScope): string[] {
  if (!match || match.length === 0) return [`{${scopeMatcher(scope)}}`];
  return match.map((m) => {
    const tree = parser.parse(m);
    const top = tree.topNode.firstChild;
    if (firstErrorAt(tree) >= 0 || !top || top.name !== 'VectorSelector' || top.nextSibling) {
      throw new ScopeError(`match[] must be a series selector: ${JSON.stringify(m)}`);
    }
    return scopePromql(m, scope);
  });
}
