import fc from 'fast-check';
import { parser } from '@prometheus-io/lezer-promql';
import { describe, expect, it } from 'vitest';
import { quote } from './escape';
import { scopeMatcher, scopeMatchSelectors, scopePromql, ScopeError, type LabelScope } from './scope';

const NS: LabelScope = { label: 'namespace', values: ['shop', 'payments'] };
const M = 'namespace=~"payments|shop"';

describe('scopePromql', () => {
  it.each([
    ['up', `up{${M}}`],
    ['up{job="a"}', `up{job="a", ${M}}`],
    ['up{job="a",}', `up{job="a",${M}}`],
    ['{__name__="up"}', `{__name__="up", ${M}}`],
    ['rate(x{a="b"}[5m] offset 1m)', `rate(x{a="b", ${M}}[5m] offset 1m)`],
    ['max_over_time(rate(y[1m])[5m:1m])', `max_over_time(rate(y{${M}}[1m])[5m:1m])`],
    ['a or b unless on(x) c', `a{${M}} or b{${M}} unless on(x) c{${M}}`],
    ['absent(nope{namespace="other"})', `absent(nope{namespace="other", ${M}})`],
    ['label_replace(up, "namespace", "shop", "", "")', `label_replace(up{${M}}, "namespace", "shop", "", "")`],
    ['sum by (namespace) (kube_pod_info) # { comment', `sum by (namespace) (kube_pod_info{${M}}) # { comment`],
    ['foo @ 123', `foo{${M}} @ 123`],
    ['vector(1) + time()', 'vector(1) + time()'],
    ['{"utf8.metric", a="b"}', `{"utf8.metric", a="b", ${M}}`],
  ])('%s', (query, want) => {
    expect(scopePromql(query, NS)).toBe(want);
  });

  it('cannot be widened by the query: a matcher on the label only narrows, since matchers are ANDed', () => {
    expect(scopePromql('up{namespace=~".+"}', NS)).toBe(`up{namespace=~".+", ${M}}`);
    expect(scopePromql('up{namespace!="shop"}', NS)).toBe(`up{namespace!="shop", ${M}}`);
  });

  it('refuses what does not parse, with the position, and an empty scope', () => {
    expect(() => scopePromql('sum(rate(x[5m]', NS)).toThrow(ScopeError);
    try {
      scopePromql('up{a="b"', NS);
    } catch (e) {
      expect((e as ScopeError).position).toBeGreaterThanOrEqual(0);
    }
    expect(() => scopePromql('up', { label: 'namespace', values: [] })).toThrow(/no namespace is allowed/);
    expect(() => scopePromql('up', { label: 'namespace', values: [''] })).toThrow(/no namespace is allowed/);
    expect(() => scopePromql('up', { label: 'bad-label', values: ['x'] })).toThrow(/invalid scope label/);
  });

  it('escapes values: regex metacharacters, quotes, backslashes and unicode stay literal', () => {
    expect(scopeMatcher({ label: 'namespace', values: ['a.b', 'c|d', 'e"f\\g', '名前'] })).toBe(
      `namespace=~${quote(['a\\.b', 'c\\|d', 'e"f\\\\g', '名前'].join('|'))}`,
    );
  });
});

describe('scopeMatchSelectors', () => {
  it('confines each match[] and adds the scope when there is none', () => {
    expect(scopeMatchSelectors(undefined, NS)).toEqual([`{${M}}`]);
    expect(scopeMatchSelectors(['up', '{job="x"}'], NS)).toEqual([`up{${M}}`, `{job="x", ${M}}`]);
  });
  it('refuses a match[] that is not a plain series selector', () => {
    expect(() => scopeMatchSelectors(['sum(up)'], NS)).toThrow(/must be a series selector/);
    expect(() => scopeMatchSelectors(['up or down'], NS)).toThrow(/must be a series selector/);
  });
});

// ---- properties ------------------------------------------------------------------------------------------------

/** The regex a scope matcher carries, compiled as Prometheus applies it: anchored at both ends. */
function matcherRegex(matcher: string): RegExp {
  const literal = matcher.slice(matcher.indexOf('=~') + 2);
  return new RegExp(`^(?:${JSON.parse(literal) as string})$`, 'u');
}

const labelValue = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 });

const metric = fc.constantFrom('up', 'kube_pod_info', 'container_cpu_usage_seconds_total', 'x:y:z');
const userMatcher = fc
  .tuple(fc.constantFrom('namespace', 'pod', 'job', '__name__'), fc.constantFrom('=', '!=', '=~', '!~'), fc.string({ maxLength: 6 }))
  .map(([l, op, v]) => `${l}${op}${quote(op.includes('~') ? v.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&') : v)}`);
const selector = fc.oneof(
  metric,
  fc.tuple(metric, fc.array(userMatcher, { minLength: 1, maxLength: 3 })).map(([m, ms]) => `${m}{${ms.join(', ')}}`),
  fc.array(userMatcher, { minLength: 1, maxLength: 2 }).map((ms) => `{__name__="up", ${ms.join(', ')}}`),
);
const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    selector,
    selector.map((s) => `rate(${s}[5m])`),
    tie('e').map((e) => `sum by (namespace) (${e})`),
    tie('e').map((e) => `max_over_time((${e})[10m:1m])`),
    fc.tuple(tie('e'), fc.constantFrom('or', 'unless', 'and', '+', '/ on(pod) group_left()'), tie('e')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
    selector.map((s) => `absent(${s})`),
    tie('e').map((e) => `label_replace(${e}, "namespace", "other", "", "")`),
    selector.map((s) => `${s} offset 5m`),
  ),
})).e;

function selectorTexts(query: string): string[] {
  const out: string[] = [];
  parser.parse(query).iterate({
    enter: (n) => {
      if (n.name === 'VectorSelector') out.push(query.slice(n.from, n.to));
    },
  });
  return out;
}

describe('properties', () => {
  it('the scope matcher matches exactly the allowed values, whatever they contain (100,000 cases)', () => {
    fc.assert(
      fc.property(fc.array(labelValue, { minLength: 1, maxLength: 4 }), labelValue, (allowed, other) => {
        const re = matcherRegex(scopeMatcher({ label: 'namespace', values: allowed }));
        return allowed.every((v) => re.test(v)) && re.test(other) === allowed.includes(other) && !re.test('');
      }),
      { numRuns: 100_000 },
    );
  }, 120_000);

  it('every selector of any query carries the scope matcher, and the query still parses', () => {
    fc.assert(
      fc.property(expr, fc.array(labelValue, { minLength: 1, maxLength: 3 }), (query, allowed) => {
        const scope = { label: 'namespace', values: allowed };
        const matcher = scopeMatcher(scope);
        const out = scopePromql(query, scope);
        const sels = selectorTexts(out);
        expect(sels.length).toBe(selectorTexts(query).length);
        for (const s of sels) expect(s).toContain(matcher);
      }),
      { numRuns: 5_000 },
    );
  }, 120_000);
});
