import { describe, expect, it } from 'vitest';
import { isLabelArgument, parseVariableQuery } from './query-syntax';

const ok = (q: string) => {
  const r = parseVariableQuery(q);
  if (!r.ok) throw new Error(r.error);
  return r.request;
};
const err = (q: string) => {
  const r = parseVariableQuery(q);
  if (r.ok) throw new Error(`expected an error for ${q}`);
  return r.error;
};

describe('parseVariableQuery', () => {
  it('reads label_values with and without a selector', () => {
    expect(ok('label_values(namespace)')).toEqual({ kind: 'labelValues', label: 'namespace' });
    expect(ok(' label_values( up , job ) ')).toEqual({ kind: 'labelValues', label: 'job', match: 'up' });
    expect(ok('label_values(kube_pod_info{namespace=~"$namespace"}, pod)')).toEqual({
      kind: 'labelValues',
      label: 'pod',
      match: 'kube_pod_info{namespace=~"$namespace"}',
    });
  });

  it('splits on the last comma outside braces and strings', () => {
    expect(ok('label_values(up{job=~"a,b", x=`c,d`, y=\'e,\\\'f\'}, instance)')).toMatchObject({
      label: 'instance',
      match: 'up{job=~"a,b", x=`c,d`, y=\'e,\\\'f\'}',
    });
    expect(ok('label_values(sum by (a, b) (up), a)')).toMatchObject({ match: 'sum by (a, b) (up)', label: 'a' });
  });

  it('accepts a variable reference as the label', () => {
    expect(ok('label_values(up, $label)')).toMatchObject({ label: '$label' });
    expect(ok('label_values(${label})')).toMatchObject({ label: '${label}' });
    expect(isLabelArgument('[[x]]')).toBe(true);
    expect(isLabelArgument('a-b')).toBe(false);
  });

  it('reads label_names, metrics and query_result', () => {
    expect(ok('label_names()')).toEqual({ kind: 'labelNames' });
    expect(ok('label_names(up{job="x"})')).toEqual({ kind: 'labelNames', match: 'up{job="x"}' });
    expect(ok('metrics(^node_.*)')).toEqual({ kind: 'metrics', regex: '^node_.*' });
    expect(ok('query_result(topk(5, sum by (pod) (rate(x[5m]))))')).toEqual({
      kind: 'queryResult',
      expr: 'topk(5, sum by (pod) (rate(x[5m])))',
    });
    expect(ok('query_result(\n  up\n)')).toEqual({ kind: 'queryResult', expr: 'up' });
  });

  it('treats a bare selector as a series listing (Grafana fallback)', () => {
    expect(ok('up{job="node"}')).toEqual({ kind: 'series', match: 'up{job="node"}' });
  });

  it('explains what is wrong', () => {
    expect(err('')).toMatch(/empty.*label_values/);
    expect(err('label_values()')).toMatch(/needs a label/);
    expect(err('label_values(up, bad-label)')).toMatch(/"bad-label" is not a label name/);
    expect(err('label_values(, pod)')).toMatch(/selector is empty/);
    expect(err('metrics()')).toMatch(/needs a regex/);
    expect(err('query_result( )')).toMatch(/needs a PromQL expression/);
    expect(err('label_value(pod)')).toMatch(/unknown variable function label_value\(\)/);
    expect(err('label_values(pod')).toMatch(/unbalanced/);
  });
});
