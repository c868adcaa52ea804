import fc from 'fast-check';
import { parser } from '@grafana/lezer-logql';
import { describe, expect, it } from 'vitest';
import { quote } from '../promql/escape';
import { scopeMatcher } from '../promql/scope';
import { scopeLogql, scopeStreamSelectors, ScopeError, type LabelScope } from './scope';

const NS: LabelScope = { label: 'namespace', values: ['shop'] };
const M = 'namespace=~"shop"';

describe('scopeLogql', () => {
  it.each([
    ['{app="a"}', `{app="a", ${M}}`],
    ['{app="a"} |= "x" | json | namespace="other"', `{app="a", ${M}} |= "x" | json | namespace="other"`],
    ['sum by (pod) (rate({a="b"} |= "err" [5m]))', `sum by (pod) (rate({a="b", ${M}} |= "err" [5m]))`],
    ['sum(count_over_time({a="b"}[1m])) / sum(count_over_time({c="d"}[1m]))', `sum(count_over_time({a="b", ${M}}[1m])) / sum(count_over_time({c="d", ${M}}[1m]))`],
    ['count_over_time({a=~"b|c"}[1m]) or vector(0)', `count_over_time({a=~"b|c", ${M}}[1m]) or vector(0)`],
    ['label_replace(rate({a="b"}[1m]), "namespace", "x", "", "")', `label_replace(rate({a="b", ${M}}[1m]), "namespace", "x", "", "")`],
    ['{namespace=~".+"} # {', `{namespace=~".+", ${M}} # {`],
  ])('%s', (query, want) => {
    expect(scopeLogql(query, NS)).toBe(want);
  });

  it('refuses what does not parse, with the position', () => {
    expect(() => scopeLogql('{app="a"', NS)).toThrow(ScopeError);
    expect(() => scopeLogql('{}', NS)).toThrow(ScopeError);
    expect(() => scopeLogql('rate({a="b"}', NS)).toThrow(/syntax error at position/);
  });

  it('confines series and label-value selectors, adding the scope when there is none', () => {
    expect(scopeStreamSelectors(undefined, NS)).toEqual([`{${M}}`]);
    expect(scopeStreamSelectors(['{a="b"}'], NS)).toEqual([`{a="b", ${M}}`]);
    expect(() => scopeStreamSelectors(['{a="b"} |= "x"'], NS)).toThrow(/expected a stream selector/);
    expect(() => scopeStreamSelectors(['rate({a="b"}[1m])'], NS)).toThrow(/expected a stream selector/);
  });
});

const value = fc.string({ maxLength: 8 });
const matcher = fc
  .tuple(fc.constantFrom('namespace', 'app', 'pod'), fc.constantFrom('=', '!=', '=~', '!~'), value)
  .map(([l, op, v]) => `${l}${op}${quote(op.includes('~') ? v.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&') : v)}`);
const selector = fc.array(matcher, { minLength: 1, maxLength: 3 }).map((ms) => `{${ms.join(', ')}}`);
const pipeline = fc.array(
  fc.oneof(value.map((v) => `|= ${quote(v)}`), value.map((v) => `!= ${quote(v)}`), fc.constant('| json'), fc.constant('| logfmt'), value.map((v) => `| namespace=${quote(v)}`)),
  { maxLength: 3 },
);
const logExpr = fc.tuple(selector, pipeline).map(([s, p]) => [s, ...p].join(' '));
const metricExpr = fc.oneof(
  logExpr.map((e) => `count_over_time(${e} [5m])`),
  logExpr.map((e) => `sum by (pod) (rate(${e} [1m]))`),
  fc.tuple(logExpr, logExpr).map(([a, b]) => `sum(count_over_time(${a} [1m])) / sum(count_over_time(${b} [1m]))`),
  fc.tuple(logExpr, logExpr).map(([a, b]) => `count_over_time(${a} [1m]) or count_over_time(${b} [1m])`),
);

describe('properties', () => {
  it('every stream selector of any log or metric query carries the scope matcher and the query still parses', () => {
    fc.assert(
      fc.property(fc.oneof(logExpr, metricExpr), fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 3 }), (query, allowed) => {
        const scope = { label: 'namespace', values: allowed };
        const m = scopeMatcher(scope);
        const out = scopeLogql(query, scope);
        let selectors = 0;
        let scoped = 0;
        const tree = parser.parse(out);
        tree.iterate({
          enter: (n) => {
            if (n.type.isError) throw new Error(`does not parse: ${out}`);
            if (n.name === 'Selector') {
              selectors++;
              if (out.slice(n.from, n.to).includes(m)) scoped++;
            }
          },
        });
        return selectors > 0 && selectors === scoped;
      }),
      { numRuns: 5_000 },
    );
  }, 120_000);
});
