import { describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { variable, type Variable } from '../model';
import { builtinVariables } from './builtins';
import { fetchVariableTexts, interpolateRequest, queryResultTexts, seriesText } from './fetch-texts';
import { resolveVariables, scopeOf } from './resolve';
import { ALL_VALUE, type Labels, type VariableResolver } from './types';

const range = { startMs: 0, endMs: 3_600_000 };
const SERIES: Labels[] = [
  { __name__: 'kube_pod_info', namespace: 'default', pod: 'web-1' },
  { __name__: 'kube_pod_info', namespace: 'default', pod: 'web-2' },
  { __name__: 'kube_pod_info', namespace: 'kube-system', pod: 'coredns-x' },
  { __name__: 'kube_pod_info', namespace: 'a.b', pod: 'dotted-pod' },
];

/** Understands just enough selector syntax for the tests: `{namespace=~"..."}` and `{namespace="..."}`. */
function fakeResolver(): VariableResolver & { calls: string[] } {
  const calls: string[] = [];
  const matching = (match?: string) => {
    const m = match && /namespace(=~|=)"((?:[^"\\]|\\.)*)"/.exec(match);
    if (!m) return SERIES;
    const value = JSON.parse(`"${m[2]}"`) as string;
    const re = m[1] === '=~' ? new RegExp(`^(?:${value})$`) : null;
    return SERIES.filter((s) => (re ? re.test(s.namespace!) : s.namespace === value));
  };
  return {
    calls,
    labelValues: vi.fn(async (label: string, match?: string) => {
      calls.push(`values ${label} ${match ?? ''}`.trim());
      return [...new Set(matching(match).map((s) => s[label]).filter((v) => v !== undefined))] as string[];
    }),
    labelNames: async () => ['__name__', 'namespace', 'pod'],
    series: async (match) => matching(match),
    query: async (expr) => {
      calls.push(`query ${expr}`);
      if (expr === 'scalar(1)') return { type: 'scalar', value: '1', timeMs: 5000 };
      return { type: 'vector', samples: matching(expr).map((labels) => ({ labels, value: '1', timeMs: 5000 })) };
    },
  };
}

type VariableInput = z.input<typeof variable>;
const vars = (...inputs: VariableInput[]): Variable[] => inputs.map((i) => variable.parse(i));

describe('resolveVariables', () => {
  it('resolves chained variables in order with escaped values', async () => {
    const r = fakeResolver();
    const out = await resolveVariables(
      vars(
        { type: 'query', name: 'pod', query: 'label_values(kube_pod_info{namespace=~"$namespace"}, pod)', multi: true, includeAll: true },
        { type: 'query', name: 'namespace', query: 'label_values(namespace)', sort: 'alpha', current: ['a.b'] },
      ),
      { range, resolvers: { prometheus: r } },
    );
    expect(out.map((v) => v.name)).toEqual(['pod', 'namespace']);
    expect(out[1]).toMatchObject({ current: ['a.b'], options: [{ value: 'a.b' }, { value: 'default' }, { value: 'kube-system' }] });
    expect(r.calls).toContain('values pod kube_pod_info{namespace=~"a\\\\.b"}');
    expect(out[0]).toMatchObject({ current: [ALL_VALUE], value: { values: ['dotted-pod'], isAll: true } });
  });

  it('keeps a still-valid selection from the URL, else falls back', async () => {
    const v = vars({ type: 'query', name: 'ns', query: 'label_values(namespace)' });
    const kept = await resolveVariables(v, { range, resolvers: { prometheus: fakeResolver() }, selected: { ns: ['kube-system'] } });
    expect(kept[0]!.current).toEqual(['kube-system']);
    const fallback = await resolveVariables(v, { range, resolvers: { prometheus: fakeResolver() }, selected: { ns: ['gone'] } });
    expect(fallback[0]!.current).toEqual(['default']);
  });

  it('applies regex, query_result rendering and built-ins', async () => {
    const r = fakeResolver();
    const out = await resolveVariables(
      vars({ type: 'query', name: 'p', query: 'query_result(kube_pod_info{namespace="default"}[$__range])', regex: '/pod="([^"]+)"/' }),
      { range, resolvers: { prometheus: r }, builtins: builtinVariables({ range, intervalMs: 15_000 }) },
    );
    expect(r.calls).toEqual(['query kube_pod_info{namespace="default"}[3600s]']);
    expect(out[0]!.options.map((o) => o.value)).toEqual(['web-1', 'web-2']);
  });

  it('resolves custom, constant, textbox, interval and datasource variables', async () => {
    const out = await resolveVariables(
      vars(
        { type: 'custom', name: 'c', options: [{ text: 'One', value: '1' }, { text: 'Two', value: '2' }], current: ['2'] },
        { type: 'constant', name: 'k', value: 'v' },
        { type: 'textbox', name: 't', default: 'hello' },
        { type: 'interval', name: 'i', options: ['1m', '5m'], auto: true },
        { type: 'datasource', name: 'd', datasource: 'loki' },
      ),
      { range, resolvers: {}, selected: { t: ['typed'] } },
    );
    expect(out.map((v) => v.value.values)).toEqual([['2'], ['v'], ['typed'], ['2m'], ['loki']]);
    expect(out[0]!.value.texts).toEqual(['Two']);
  });

  it('reports errors per variable and keeps the rest', async () => {
    const r = fakeResolver();
    r.labelValues = async () => {
      throw new Error('upstream 503: overloaded');
    };
    const out = await resolveVariables(
      vars(
        { type: 'query', name: 'a', query: 'label_values(x{b="$b"}, a)' },
        { type: 'query', name: 'b', query: 'label_values(x{a="$a"}, b)' },
        { type: 'query', name: 'bad', query: 'nonsense(' },
        { type: 'query', name: 'down', query: 'label_values(ns)', current: ['kept'] },
        { type: 'query', name: 'logs', datasource: 'loki', query: 'label_names()' },
        { type: 'custom', name: 'fine', options: [{ text: 'x', value: 'x' }] },
      ),
      { range, resolvers: { prometheus: r } },
    );
    expect(out.map((v) => v.error)).toEqual([
      'variables a, b refer to each other: break the cycle',
      'variables a, b refer to each other: break the cycle',
      expect.stringMatching(/unbalanced/),
      'upstream 503: overloaded',
      'no loki datasource is configured',
      undefined,
    ]);
    expect(out[3]).toMatchObject({ current: ['kept'], value: { values: ['kept'] } });
  });

  it('reuses previous options and recomputes only dependents of a changed variable', async () => {
    const r = fakeResolver();
    const v = vars(
      { type: 'query', name: 'ns', query: 'label_values(namespace)' },
      { type: 'query', name: 'pod', query: 'label_values(kube_pod_info{namespace="$ns"}, pod)' },
      { type: 'query', name: 'other', query: 'label_values(__name__)' },
    );
    const first = await resolveVariables(v, { range, resolvers: { prometheus: r } });
    expect(first[1]!.current).toEqual(['web-1']);
    r.calls.length = 0;
    const next = await resolveVariables(v, { range, resolvers: { prometheus: r }, previous: first, selected: { ns: ['kube-system'] }, changed: ['ns'] });
    expect(r.calls).toEqual(['values pod kube_pod_info{namespace="kube-system"}']);
    expect(next.map((x) => x.current)).toEqual([['kube-system'], ['coredns-x'], ['kube_pod_info']]);
    expect(scopeOf(next).pod).toEqual({ values: ['coredns-x'], texts: ['coredns-x'] });
  });
});

describe('fetch-texts', () => {
  it('interpolates each part for its place', () => {
    const scope = { l: { values: ['pod'] }, ns: { values: ['a"b'] }, bad: { values: ['x-y'] } };
    expect(interpolateRequest({ kind: 'labelValues', label: '$l', match: 'up{ns="$ns"}' }, scope, 'promql')).toEqual({
      kind: 'labelValues',
      label: 'pod',
      match: 'up{ns="a\\"b"}',
    });
    expect(() => interpolateRequest({ kind: 'labelValues', label: '$bad' }, scope, 'promql')).toThrow(/"x-y" is not a label name/);
    expect(interpolateRequest({ kind: 'metrics', regex: '^$l' }, scope, 'promql')).toEqual({ kind: 'metrics', regex: '^pod' });
  });

  it('filters metric names and renders series like Grafana', async () => {
    const r = fakeResolver();
    r.labelValues = async () => ['node_cpu', 'up', 'node_mem'];
    expect(await fetchVariableTexts({ kind: 'metrics', regex: '^node_' }, r, range)).toEqual(['node_cpu', 'node_mem']);
    await expect(fetchVariableTexts({ kind: 'metrics', regex: '(' }, r, range)).rejects.toThrow(/not a valid regex/);
    expect(await fetchVariableTexts({ kind: 'series', match: '{namespace="a.b"}' }, r, range)).toEqual([
      'kube_pod_info{namespace="a.b",pod="dotted-pod"}',
    ]);
    expect(seriesText({ a: '1' })).toBe('{a="1"}');
    expect(queryResultTexts({ type: 'scalar', value: '42', timeMs: 1 })).toEqual(['42']);
  });
});
