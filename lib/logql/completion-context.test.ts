import { describe, expect, it } from 'vitest';
import { completionContext } from './completion-context';

/** The context at the `|` marker in `text` (the marker is removed). */
function at(text: string) {
  const pos = text.indexOf('¦');
  return completionContext(text.slice(0, pos) + text.slice(pos + 1), pos);
}

describe('LogQL completion context from the syntax tree', () => {
  it('offers functions at expression position: empty query, a partial name, an aggregation argument, after an operator', () => {
    expect(at('¦')).toEqual({ kind: 'expression', from: 0 });
    expect(at('cou¦')).toEqual({ kind: 'expression', from: 0 });
    expect(at('sum(¦)')).toEqual({ kind: 'expression', from: 4 });
    expect(at('sum(cou¦)')).toEqual({ kind: 'expression', from: 4 });
    expect(at('topk(5, ¦)')).toEqual({ kind: 'expression', from: 8 });
    expect(at('rate({a="b"}[5m]) / ¦')).toEqual({ kind: 'expression', from: 20 });
    expect(at('sum by (a) (¦)')).toEqual({ kind: 'expression', from: 12 });
  });

  it('offers label names in a stream selector: empty, partially typed, after a comma, without names already used', () => {
    expect(at('{¦}')).toMatchObject({ kind: 'labelName', site: 'selector', from: 1, exclude: [] });
    expect(at('{¦')).toMatchObject({ kind: 'labelName', site: 'selector', from: 1 });
    expect(at('{na¦}')).toMatchObject({ kind: 'labelName', site: 'selector', from: 1, exclude: [] });
    expect(at('{namespace="shop", ¦}')).toMatchObject({ kind: 'labelName', site: 'selector', from: 19, exclude: ['namespace'] });
    expect(at('{namespace="shop",¦}')).toMatchObject({ kind: 'labelName', site: 'selector', from: 18, exclude: ['namespace'] });
    expect(at('{namespace="shop", ap¦}')).toMatchObject({ kind: 'labelName', site: 'selector', from: 19, exclude: ['namespace'] });
    expect(at('count_over_time({¦}[5m])')).toMatchObject({ kind: 'labelName', site: 'selector', from: 17 });
  });

  it('offers nothing right after a complete value or after the selector closed', () => {
    expect(at('{namespace="shop"¦}')).toBeNull();
    expect(at('{namespace="shop" ¦}')).toBeNull();
    expect(at('{namespace="shop"}¦')).toBeNull();
    expect(at('{a="b"} |= "err¦"')).toBeNull();
  });

  it('offers label values after each operator, with the literal to replace, also inside quotes', () => {
    expect(at('{namespace=¦}')).toEqual({ kind: 'labelValue', site: 'selector', name: 'namespace', op: '=', from: 11, replaceFrom: 11, replaceTo: 11 });
    expect(at('{namespace="¦"}')).toEqual({ kind: 'labelValue', site: 'selector', name: 'namespace', op: '=', from: 12, replaceFrom: 11, replaceTo: 13 });
    expect(at('{namespace="sh¦"}')).toEqual({ kind: 'labelValue', site: 'selector', name: 'namespace', op: '=', from: 12, replaceFrom: 11, replaceTo: 15 });
    expect(at('{namespace="sh¦')).toEqual({ kind: 'labelValue', site: 'selector', name: 'namespace', op: '=', from: 12, replaceFrom: 11, replaceTo: 14 });
    expect(at('{app!="¦"}')).toMatchObject({ name: 'app', op: '!=' });
    expect(at('{app=~"¦"}')).toMatchObject({ name: 'app', op: '=~', from: 7, replaceFrom: 6, replaceTo: 8 });
    expect(at('{app!~`¦`}')).toMatchObject({ name: 'app', op: '!~', from: 7, replaceFrom: 6 });
    expect(at('{a="b", app=c¦}')).toMatchObject({ kind: 'labelValue', name: 'app', from: 12, replaceFrom: 12, replaceTo: 13 });
  });

  it('narrows a selector value by the selector\'s other complete matchers', () => {
    expect(at('{namespace="shop", app="¦"}')).toMatchObject({ name: 'app', narrowBy: '{namespace="shop"}' });
    expect(at('{app="¦", namespace=~"sh.*", pod!="x"}')).toMatchObject({ name: 'app', narrowBy: '{namespace=~"sh.*", pod!="x"}' });
    expect(at('{app="¦", pod=}')).not.toHaveProperty('narrowBy');
    expect(at('{a="b"} | json | level="¦"')).not.toHaveProperty('narrowBy');
  });

  it('offers stages, parsers and line filters after a pipe, and knows whether a parser ran', () => {
    expect(at('{a="b"} |¦')).toEqual({ kind: 'pipeline', from: 9, pipeFrom: 8, afterParser: false });
    expect(at('{a="b"} | ¦')).toEqual({ kind: 'pipeline', from: 10, pipeFrom: 8, afterParser: false });
    expect(at('{a="b"} | js¦')).toEqual({ kind: 'pipeline', from: 10, pipeFrom: 8, afterParser: false });
    expect(at('{a="b"} | json | ¦')).toEqual({ kind: 'pipeline', from: 17, pipeFrom: 15, afterParser: true });
    expect(at('{a="b"} | logfmt | lev¦')).toEqual({ kind: 'pipeline', from: 19, pipeFrom: 17, afterParser: true });
    expect(at('rate({a="b"} | json | ¦ [5m])')).toMatchObject({ kind: 'pipeline', afterParser: true });
  });

  it('offers field names in label filters after a comma or and/or, and values after the operator', () => {
    expect(at('{a="b"} | json | level="x", ¦')).toMatchObject({ kind: 'labelName', site: 'labelFilter', from: 28, afterParser: true });
    expect(at('{a="b"} | json | level="x" and ¦')).toMatchObject({ kind: 'labelName', site: 'labelFilter', from: 31 });
    expect(at('{a="b"} | json | level="¦"')).toEqual({ kind: 'labelValue', site: 'labelFilter', name: 'level', op: '=', from: 24, replaceFrom: 23, replaceTo: 25 });
    expect(at('{a="b"} | json | level=~"¦"')).toMatchObject({ kind: 'labelValue', site: 'labelFilter', op: '=~' });
  });

  it('offers names inside by (...) and without (...), leaving out those already listed, and not before the paren', () => {
    expect(at('sum by (¦')).toMatchObject({ kind: 'labelName', site: 'grouping', from: 8, exclude: [] });
    expect(at('sum by (¦) (rate({a="b"}[5m]))')).toMatchObject({ kind: 'labelName', site: 'grouping', from: 8 });
    expect(at('sum by (lev¦) (rate({a="b"}[5m]))')).toMatchObject({ kind: 'labelName', site: 'grouping', from: 8, exclude: [] });
    expect(at('sum by (a, ¦) (rate({a="b"}[5m]))')).toMatchObject({ kind: 'labelName', site: 'grouping', from: 11, exclude: ['a'] });
    expect(at('sum without (¦')).toMatchObject({ kind: 'labelName', site: 'grouping' });
    expect(at('sum(count_over_time({a="b"}[5m])) by (¦)')).toMatchObject({ kind: 'labelName', site: 'grouping', from: 38 });
    expect(at('sum by¦ (a) (rate({a="b"}[5m]))')).toBeNull();
  });

  it('offers names after keep, drop and unwrap, and inside a line_format template after {{.', () => {
    expect(at('{a="b"} | json | keep ¦')).toMatchObject({ kind: 'labelName', site: 'labelList', from: 22, afterParser: true });
    expect(at('{a="b"} | json | drop a, ¦')).toMatchObject({ kind: 'labelName', site: 'labelList', from: 25 });
    expect(at('{a="b"} | logfmt | unwrap ¦')).toMatchObject({ kind: 'labelName', site: 'labelList', from: 26 });
    expect(at('{a="b"} | json | line_format "{{.¦}}"')).toMatchObject({ kind: 'labelName', site: 'template', from: 33, afterParser: true });
    expect(at('{a="b"} | json | line_format "{{ .lev¦}}"')).toMatchObject({ kind: 'labelName', site: 'template', from: 34 });
    expect(at('{a="b"} | json | line_format "plain ¦"')).toBeNull();
  });
});
