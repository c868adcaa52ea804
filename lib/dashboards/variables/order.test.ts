import { describe, expect, it } from 'vitest';
import { variable, type Variable } from '../model';
import { dependentsOf, variableOrder } from './order';
import { findReferences, referencedNames } from './references';

const q = (name: string, query: string, regex?: string): Variable => variable.parse({ type: 'query', name, query, regex });

describe('findReferences', () => {
  it('finds every form with its format', () => {
    const refs = findReferences('$a ${b} ${c:regex} [[d]] [[e:csv]] $f_g $1 {{h}}');
    expect(refs.map((r) => [r.name, r.format])).toEqual([
      ['a', undefined],
      ['b', undefined],
      ['c', 'regex'],
      ['d', undefined],
      ['e', 'csv'],
      ['f_g', undefined],
      ['1', undefined],
    ]);
    expect(refs[2]).toMatchObject({ from: 8, to: 18 });
    expect([...referencedNames('$a and ${a} and $b')]).toEqual(['a', 'b']);
  });
});

describe('variableOrder', () => {
  it('puts a variable after those its query and regex refer to, keeping dashboard order otherwise', () => {
    const vars = [
      q('pod', 'label_values(kube_pod_info{namespace="$namespace", cluster="$cluster"}, pod)'),
      q('other', 'label_values(job)'),
      q('namespace', 'label_values(kube_namespace_labels{cluster="$cluster"}, namespace)'),
      q('container', 'label_values(container)', '/${pod}-(.*)/'),
      q('cluster', 'label_values(cluster)'),
    ];
    const { order, cycles } = variableOrder(vars);
    expect(cycles).toEqual([]);
    expect(order).toEqual(['other', 'cluster', 'namespace', 'pod', 'container']);
  });

  it('reports cycles by name and still orders the rest', () => {
    const vars = [q('a', 'label_values(x{b="$b"}, a)'), q('b', 'label_values(x{a="$a"}, b)'), q('c', 'label_values(x{a="$a"}, c)'), q('s', '$s')];
    const { order, cycles } = variableOrder(vars);
    expect(cycles).toEqual([['a', 'b'], ['s']]);
    expect(order).toEqual(['c']);
  });

  it('ignores built-ins and unknown names', () => {
    expect(variableOrder([q('a', 'query_result(rate(x[$__range]))')]).dependencies.get('a')).toEqual([]);
  });
});

describe('dependentsOf', () => {
  it('is transitive', () => {
    const vars = [q('ns', 'label_values(ns)'), q('pod', 'label_values(x{ns="$ns"}, pod)'), q('c', 'label_values(x{pod="$pod"}, c)'), q('z', 'label_values(z)')];
    expect([...dependentsOf(vars, ['ns'])].sort()).toEqual(['c', 'pod']);
  });
});
