import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchOp } from '@/lib/promql/escape';
import { regexEscape } from '@/lib/logql/escape';
import { addLabelMatcher, addLineFilter, filterForValue, filterOutValue, removeLabelMatcher, selectorForLabels } from './edit-query';
import { labelFilterMatcher, logExpressions, parseLogql, readMatcher, syntaxErrorAt, unquoteLogql } from './query-tree';

const BASES = [
  '{app="web"}',
  '{app="web", ns!~"kube-.*"}',
  '{app="web"} |= "err" | json | level="error" | line_format "{{.msg}}"',
  '{app="web"} | logfmt | duration > 10s',
  'sum by (pod) (count_over_time({app="web"} |= "a" [5m]))',
  'rate({app="web"}[1m] | json)',
  'sum(rate({app="web"} | json | unwrap bytes [5m])) / sum(rate({app="api"}[5m]))',
  'topk(3, sum by (level) (count_over_time({app="web"} |~ `a\\d` | pattern "<ip> <_>" [1h])))',
];

function clean(query: string) {
  const at = syntaxErrorAt(parseLogql(query));
  if (at >= 0) throw new Error(`syntax error at ${at} in ${JSON.stringify(query)}`);
}

/** Decoded matchers of stream selectors and of label-filter stages, per log expression. */
function matchers(query: string) {
  return logExpressions(parseLogql(query)).map((e) => ({
    stream: e.matchers.map((m) => readMatcher(query, m)),
    filters: e.stages.flatMap((s) => {
      const m = labelFilterMatcher(s);
      return m ? [readMatcher(query, m)] : [];
    }),
    parsers: e.stages.filter((s) => /^\|\s*(json|logfmt)/.test(query.slice(s.from, s.to))).length,
  }));
}

/** Loki cannot take lone surrogates; the edits replace them with U+FFFD. */
const wellFormed = (v: string) => v.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('a"b', 'back\\slash', 'new\nline', '`tick`', '{}[]()|*+?^$', '.*', '\u2028', 'e\u0301', '🔥', '', '"} or {a="'),
);
const op = fc.constantFrom<MatchOp>('=', '!=', '=~', '!~');
const name = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,8}$/);

describe('addLabelMatcher', () => {
  it('adds to the stream selector or as a label filter, with a parser when needed', () => {
    expect(addLabelMatcher('{app="web"}', 'pod', '=', 'p-1')).toBe('{app="web", pod="p-1"}');
    expect(addLabelMatcher('{}', 'pod', '=', 'x')).toBe('{pod="x"}');
    expect(addLabelMatcher('{app="web"} |= "x"', 'status', '=', '500', 'json')).toBe('{app="web"} |= "x" | json | status="500"');
    expect(addLabelMatcher('{app="web"} | logfmt', 'status', '=', '500', 'json')).toBe('{app="web"} | logfmt | status="500"');
    expect(addLabelMatcher('{app="web"}', 'pod', '=', 'x', 'klog')).toBe('{app="web"} | logfmt | pod="x"');
    expect(addLabelMatcher('{app="web"}', 'trace_id', '=', 't', 'metadata')).toBe('{app="web"} | trace_id="t"');
    expect(addLabelMatcher('sum by (x) (count_over_time({a="b"} |= "a" [5m]))', 'level', '=', 'error', 'json')).toBe(
      'sum by (x) (count_over_time({a="b"} |= "a" | json | level="error" [5m]))',
    );
    expect(addLabelMatcher('rate({a="b"} | json | unwrap n [1m])', 'k', '!=', 'v', 'json')).toBe('rate({a="b"} | json | k!="v" | unwrap n [1m])');
    expect(addLabelMatcher('sum(rate({a="b"}[1m])) / sum(rate({c="d"}[1m]))', 'ns', '=', 'x')).toBe(
      'sum(rate({a="b", ns="x"}[1m])) / sum(rate({c="d", ns="x"}[1m]))',
    );
    expect(addLabelMatcher('{app="web", pod="p-1"}', 'pod', '=', 'p-1')).toBe('{app="web", pod="p-1"}');
    expect(() => addLabelMatcher('{a="b"}', 'not-a-label', '=', 'x')).toThrow(/invalid label name/);
    expect(() => addLabelMatcher('vector(1)', 'a', '=', 'x')).toThrow(/no log stream selector/);
  });

  it('any value: the query parses cleanly and the matcher decodes back to it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), name, op, nasty, fc.constantFrom('label', 'json', 'logfmt', 'metadata', 'parsed') , (base, n, o, value, source) => {
        const q = addLabelMatcher(base, n, o, value, source as 'label');
        clean(q);
        for (const e of matchers(q)) {
          const found = (source === 'label' ? e.stream : e.filters).filter((m) => m?.name === n && m.op === o);
          expect(found.map((m) => m!.value)).toContain(wellFormed(value));
        }
        // removing what was added gives the original query back
        const before = matchers(base);
        if (before.every((e) => ![...e.stream, ...e.filters].some((m) => m?.name === n && m.op === o && m.value === value)) && !/[\ud800-\udfff]/.test(value)) {
          if (source === 'label' || source === 'parsed' || source === 'metadata') expect(removeLabelMatcher(q, n, o, value)).toBe(base);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('removeLabelMatcher', () => {
  it('removes from selectors and label-filter stages, never emptying a selector', () => {
    expect(removeLabelMatcher('{a="b", c="d", e="f"}', 'c', '=', 'd')).toBe('{a="b", e="f"}');
    expect(removeLabelMatcher('{a="b"}', 'a', '=', 'b')).toBe('{a="b"}');
    expect(removeLabelMatcher('{a="b"} | json | x="1" | y="2"', 'x', '=', '1')).toBe('{a="b"} | json | y="2"');
    expect(removeLabelMatcher('{a="b"} | json | x="1" or y="2"', 'x', '=', '1')).toBe('{a="b"} | json | x="1" or y="2"');
    expect(removeLabelMatcher('{a="b"} | x=`1`', 'x', '=', '1')).toBe('{a="b"}');
  });
});

describe('addLineFilter', () => {
  it('goes after leading line filters, before parsers', () => {
    expect(addLineFilter('{a="b"}', '|=', 'x')).toBe('{a="b"} |= "x"');
    expect(addLineFilter('{a="b"} |= "x" | json', '!=', 'y')).toBe('{a="b"} |= "x" != "y" | json');
    expect(addLineFilter('{a="b"} | json', '|~', regexEscape('a.b'))).toBe('{a="b"} |~ "a\\\\.b" | json');
    expect(addLineFilter('{a="b"} |= "x"', '|=', 'x')).toBe('{a="b"} |= "x"');
    expect(addLineFilter('count_over_time({a="b"}[5m])', '|=', 'x')).toBe('count_over_time({a="b"} |= "x"[5m])');
    expect(addLineFilter('count_over_time({a="b"}[5m] | json)', '|=', 'x')).toBe('count_over_time({a="b"}[5m] |= "x" | json)');
  });

  it('any text: parses cleanly and decodes back', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.constantFrom('|=', '!=', '|~', '!~') , nasty, (base, o, text) => {
        const q = addLineFilter(base, o as '|=', text);
        clean(q);
        const tree = parseLogql(q);
        const strings: string[] = [];
        tree.iterate({ enter: (n) => { if (n.name === 'LineFilter') { const s = n.node.getChild('String'); if (s) strings.push(unquoteLogql(q.slice(s.from, s.to))); } } });
        expect(strings).toContain(wellFormed(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('filter for / out value', () => {
  it('toggles between = and !=', () => {
    const field = { label: 'status', value: '500', source: 'json' as const };
    const q1 = filterForValue('{app="web"}', field);
    expect(q1).toBe('{app="web"} | json | status="500"');
    expect(filterOutValue(q1, field)).toBe('{app="web"} | json | status!="500"');
    expect(filterForValue('{app="web"}', { label: 'pod', value: 'p', source: 'label' })).toBe('{app="web", pod="p"}');
    expect(filterOutValue('{app="web", pod="p"}', { label: 'pod', value: 'p' })).toBe('{app="web", pod!="p"}');
  });
});

describe('selectorForLabels', () => {
  it('carries chosen labels of a series into a selector', () => {
    expect(selectorForLabels({ namespace: 'ns-"1"', pod: 'p', __name__: 'up', job: 'j' }, ['namespace', 'pod', 'container'])).toBe('{namespace="ns-\\"1\\"", pod="p"}');
    expect(selectorForLabels({ job: 'j' }, ['namespace'])).toBeUndefined();
  });
});
