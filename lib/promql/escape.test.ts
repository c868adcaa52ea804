import { parser as promParser } from '@prometheus-io/lezer-promql';
import { parser as logqlParser } from '@grafana/lezer-logql';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logQuery } from '../logql/escape';
import { anyOf, quote, regexEscape, selector } from './escape';

const hasError = (tree: { iterate(spec: { enter(n: { type: { isError: boolean } }): void }): void }) => {
  let bad = false;
  tree.iterate({ enter: (n) => void (n.type.isError && (bad = true)) });
  return bad;
};

const nasty = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('a"b', 'back\\slash', 'dots.and.more', 'new\nline', '日本語', '한국어', '🔥', '`tick`', '{}[]()|*+?^$', ''),
);

describe('PromQL escaping', () => {
  it('round-trips any value through quote()', () => {
    fc.assert(fc.property(nasty, (v) => {
        expect(JSON.parse(quote(v))).toBe(v);
      }));
  });

  it('builds selectors the PromQL grammar accepts for any value', () => {
    fc.assert(
      fc.property(nasty, nasty, (a, b) => {
        const q = selector('up', [
          { name: 'namespace', op: '=', value: a },
          { name: 'pod', op: '=~', value: anyOf([a, b]) },
        ]);
        expect(hasError(promParser.parse(q))).toBe(false);
      }),
    );
  });

  it('regex-escapes so a value matches only itself', () => {
    fc.assert(
      fc.property(fc.string(), (v) => {
        const re = new RegExp(`^(?:${regexEscape(v)})$`, 'u');
        expect(re.test(v)).toBe(true);
      }),
    );
    expect(new RegExp(`^${regexEscape('a.b')}$`).test('axb')).toBe(false);
  });

  it('refuses label and metric names outside the grammar', () => {
    expect(() => selector('up', [{ name: 'bad-name', op: '=', value: 'x' }])).toThrow(/invalid label name/);
    expect(() => selector('up{}', [])).toThrow(/invalid metric name/);
  });
});

describe('LogQL escaping', () => {
  it('builds queries the LogQL grammar accepts for any value', () => {
    fc.assert(
      fc.property(nasty, nasty, (a, b) => {
        const q = logQuery([{ name: 'namespace', op: '=', value: a }], [{ op: '|=', value: b }, { op: '!~', value: regexEscape(b) }]);
        expect(hasError(logqlParser.parse(q))).toBe(false);
      }),
    );
  });
});
