/**
 * Property tests: any selected values, once interpolated, give queries the real grammars accept, and regex matchers
 * that match exactly the selected values. Regexes are checked with JS RegExp ('u' flag), which agrees with RE2 on
 * what regexEscape produces (escaped literals and `|`); Prometheus anchors matchers, hence `^(?:...)$`.
 */
import { parser as logqlParser } from '@grafana/lezer-logql';
import { parser as promqlParser } from '@prometheus-io/lezer-promql';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpolate } from './interpolate';

type Tree = ReturnType<typeof promqlParser.parse>;

const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary-ascii', maxLength: 8 }),
  fc.constantFrom('a"b', "it's", 'back\\slash', 'dots.and.more', 'new\nline', 'tab\there', '日本語', '🔥', '`tick`', '$dollar', '${x}'),
  fc.constantFrom('{}[]()|*+?^$', 'a|b', '.*', '\\d+', '\u2028', 'é', 'e\u0301', ''),
);
const selection = fc.uniqueArray(nasty, { minLength: 1, maxLength: 5 });

function literals(tree: Tree, query: string, node: string): string[] {
  const out: string[] = [];
  tree.iterate({
    enter: (n) => {
      if (n.type.isError) throw new Error(`syntax error at ${n.from} in ${JSON.stringify(query)}`);
      if (n.name === node) out.push(JSON.parse(query.slice(n.from, n.to)) as string);
    },
  });
  return out;
}

/** Values near the selected ones that a wrongly escaped regex would also match. */
function nearMisses(values: string[], others: string[]): string[] {
  const mutated = values.flatMap((v) => [`${v}x`, `x${v}`, v.replace(/[.*+?^$|\\()[\]{}]/g, 'a'), v.slice(1), v + v]);
  return [...mutated, ...others, 'a|b', 'ab', 'a', 'b', '', 'x'].filter((s) => !values.includes(s));
}

function checkExact(regex: string, values: string[], others: string[]) {
  const re = new RegExp(`^(?:${regex})$`, 'u');
  for (const v of values) expect(re.test(v), `${JSON.stringify(regex)} should match ${JSON.stringify(v)}`).toBe(true);
  for (const o of nearMisses(values, others)) expect(re.test(o), `${JSON.stringify(regex)} matched ${JSON.stringify(o)}`).toBe(false);
}

describe('interpolation is safe for any value', () => {
  it('PromQL: =~ matches exactly the selection, = holds the value, the grammar accepts the query', () => {
    fc.assert(
      fc.property(selection, nasty, fc.array(nasty, { maxLength: 10 }), (values, single, others) => {
        const scope = { pod: { values }, ns: { values: [single] } };
        const q = interpolate('sum by (pod) (rate(x{pod=~"$pod", ns="${ns}", c!~\'$pod\'}[5m]))', scope, 'promql');
        const [pod, ns, c] = literals(promqlParser.parse(q), q, 'StringLiteral');
        expect(ns).toBe(single);
        expect(c).toBe(pod);
        checkExact(pod!, values, others);
      }),
      { numRuns: 300 },
    );
  });

  it('PromQL: a reference sharing its literal applies the surrounding text to every value', () => {
    fc.assert(
      fc.property(selection, fc.array(nasty, { maxLength: 10 }), (values, others) => {
        const q = interpolate('up{pod=~"pre-${pod}.post"}', { pod: { values } }, 'promql');
        const [re] = literals(promqlParser.parse(q), q, 'StringLiteral');
        const re2 = new RegExp(`^(?:${re})$`, 'u');
        for (const v of values) expect(re2.test(`pre-${v}.post`)).toBe(true);
        for (const o of nearMisses(values, others)) expect(re2.test(`pre-${o}.post`)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('PromQL: "All" without a custom all value alternates every option', () => {
    fc.assert(
      fc.property(selection, fc.array(nasty, { maxLength: 10 }), (values, others) => {
        const q = interpolate('up{pod=~"$pod"}', { pod: { values, isAll: true } }, 'promql');
        const [re] = literals(promqlParser.parse(q), q, 'StringLiteral');
        checkExact(re!, values, others);
      }),
      { numRuns: 100 },
    );
  });

  it('LogQL: stream matchers, line filters and label filters', () => {
    fc.assert(
      fc.property(selection, nasty, fc.array(nasty, { maxLength: 10 }), (values, single, others) => {
        const scope = { app: { values }, word: { values: [single] } };
        const q = interpolate('sum(count_over_time({app=~"$app"} |= "$word" |~ `$app` | json | lvl=~"$app" [5m]))', scope, 'logql');
        const [app, word, filter, lvl] = literals(logqlParser.parse(q), q, 'String');
        expect(word).toBe(single);
        expect(filter).toBe(app);
        expect(lvl).toBe(app);
        checkExact(app!, values, others);
      }),
      { numRuns: 300 },
    );
  });
});
