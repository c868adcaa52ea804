import { describe, expect, it } from 'vitest';
import { filterByRegex, selectCurrent, selectionValue, sortOptions, uniqueOptions, variableRegex, withAllOption } from './options';
import { ALL_VALUE } from './types';

const opts = (...values: string[]) => values.map((v) => ({ text: v, value: v }));

describe('variableRegex', () => {
  it('anchors bare patterns and reads /pattern/flags', () => {
    expect(variableRegex('kube.*').test('kube-system')).toBe(true);
    expect(variableRegex('kube.*').test('my-kube')).toBe(false);
    expect(variableRegex('/kube/').test('my-kube')).toBe(true);
    expect(variableRegex('/KUBE/i').test('kube')).toBe(true);
  });

  it('names the bad regex', () => {
    expect(() => variableRegex('/(/')).toThrow(/variable regex "\/\(\/" is invalid/);
    expect(() => variableRegex('/a/q')).toThrow(/invalid/);
  });
});

describe('filterByRegex', () => {
  it('keeps matching texts whole when there is no group', () => {
    expect(filterByRegex(['api-1', 'web-1', 'api-2'], /api/)).toEqual(opts('api-1', 'api-2'));
  });

  it('takes the first capture group as text and value', () => {
    const texts = ['up{pod="a-1"} 1 1000', 'up{pod="b-2"} 1 1000', 'down 0'];
    expect(filterByRegex(texts, /pod="([^"]+)"/)).toEqual(opts('a-1', 'b-2'));
  });

  it('uses named groups text and value', () => {
    expect(filterByRegex(['ns/api', 'ns/web'], /(?<text>[^/]+)\/(?<value>.+)/)).toEqual([
      { text: 'ns', value: 'api' },
      { text: 'ns', value: 'web' },
    ]);
    expect(filterByRegex(['x:1'], /(?<value>\d)/)).toEqual([{ text: '1', value: '1' }]);
  });

  it('with the g flag, every match of the group is an option', () => {
    expect(filterByRegex(['a=1,b=2'], /=(\d)/g)).toEqual(opts('1', '2'));
  });
});

describe('sortOptions', () => {
  const o = opts('b10', 'a2', 'C', 'x', 'b9');
  it('sorts like Grafana', () => {
    expect(sortOptions(o, 'none').map((x) => x.text)).toEqual(['b10', 'a2', 'C', 'x', 'b9']);
    expect(sortOptions(o, 'alpha').map((x) => x.text)).toEqual(['C', 'a2', 'b10', 'b9', 'x']);
    expect(sortOptions(o, 'alpha-desc').map((x) => x.text)).toEqual(['x', 'b9', 'b10', 'a2', 'C']);
    expect(sortOptions(o, 'numeric').map((x) => x.text)).toEqual(['C', 'x', 'a2', 'b9', 'b10']);
    expect(sortOptions(o, 'numeric-desc').map((x) => x.text)).toEqual(['b10', 'b9', 'a2', 'x', 'C']);
  });
});

describe('selection', () => {
  const o = withAllOption(uniqueOptions(opts('a', 'b', 'a', 'c')), true);
  it('lists All first and drops duplicates', () => {
    expect(o.map((x) => x.value)).toEqual([ALL_VALUE, 'a', 'b', 'c']);
  });

  it('keeps a valid selection, the still-offered part of a multi selection', () => {
    expect(selectCurrent(o, ['b'], { multi: false, includeAll: true })).toEqual(['b']);
    expect(selectCurrent(o, ['gone', 'c', 'a'], { multi: true, includeAll: true })).toEqual(['c', 'a']);
    expect(selectCurrent(o, ['a', 'c'], { multi: false, includeAll: false })).toEqual(['a']);
    expect(selectCurrent(o, [ALL_VALUE], { multi: true, includeAll: true })).toEqual([ALL_VALUE]);
  });

  it('falls back to All when included, else the first option, else nothing', () => {
    expect(selectCurrent(o, ['gone'], { multi: true, includeAll: true })).toEqual([ALL_VALUE]);
    expect(selectCurrent(opts('x', 'y'), [ALL_VALUE], { multi: false, includeAll: false })).toEqual(['x']);
    expect(selectCurrent([], ['x'], { multi: false, includeAll: false })).toEqual([]);
  });

  it('expands All to every value, with the custom all value when set', () => {
    expect(selectionValue(o, [ALL_VALUE])).toEqual({ values: ['a', 'b', 'c'], texts: ['a', 'b', 'c'], isAll: true });
    expect(selectionValue(o, [ALL_VALUE], '.*')).toMatchObject({ isAll: true, allValue: '.*' });
    expect(selectionValue(o, [ALL_VALUE], '')).not.toHaveProperty('allValue');
    expect(selectionValue([{ text: 'One', value: '1' }], ['1'])).toEqual({ values: ['1'], texts: ['One'] });
  });
});
