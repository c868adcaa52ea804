import { describe, expect, it } from 'vitest';
import { dashboardModel, type Variable } from '../model';
import { importGrafanaDashboard } from './import-dashboard';
import { splitCommaList } from './variable-queries';

function variables(list: unknown[], extra: Record<string, unknown> = {}) {
  const { model, warnings } = importGrafanaDashboard({ title: 'V', schemaVersion: 39, panels: [], templating: { list }, ...extra });
  expect(() => dashboardModel.parse(model)).not.toThrow();
  const byName = (name: string): Variable => {
    const v = model.variables.find((x) => x.name === name);
    if (!v) throw new Error(`no variable ${name}`);
    return v;
  };
  return { vars: model.variables, byName, warnings };
}

describe('query variables', () => {
  it('accepts the query as a string or a { query, refId } object and keeps regex, sort, multi, All and refresh', () => {
    const { byName } = variables([
      { type: 'query', name: 'ns', label: 'Namespace', query: 'label_values(kube_pod_info, namespace)', regex: '/^(kube-.*)$/', sort: 2, multi: true, includeAll: true, allValue: '.*', refresh: 2, hide: 0, current: { text: 'All', value: '$__all' } },
      { type: 'query', name: 'pod', query: { query: 'label_values(kube_pod_info{namespace=~"$ns"}, pod)', refId: 'StandardVariableQuery' }, sort: 3, refresh: 1, current: { text: ['a', 'b'], value: ['a', 'b'] } },
      { type: 'query', name: 'top', query: 'query_result(topk(5, sum by (pod) (rate(x[5m]))))', sort: 4, hide: 1 },
      { type: 'query', name: 'metric', query: 'metrics(^kube_.*)', sort: 0, hide: 2 },
      { type: 'query', name: 'labels', query: { qryType: 0, refId: 'PrometheusVariableQueryEditor-VariableQuery' } },
      { type: 'query', name: 'visual', query: { qryType: 1, label: 'job', metric: 'up', refId: 'X' } },
    ]);
    expect(byName('ns')).toEqual({
      name: 'ns',
      label: 'Namespace',
      hide: 'none',
      current: ['$__all'],
      type: 'query',
      datasource: 'prometheus',
      query: 'label_values(kube_pod_info, namespace)',
      regex: '/^(kube-.*)$/',
      sort: 'alpha-desc',
      multi: true,
      includeAll: true,
      allValue: '.*',
      refresh: 'time',
    });
    expect(byName('pod')).toMatchObject({ query: 'label_values(kube_pod_info{namespace=~"$ns"}, pod)', sort: 'numeric', refresh: 'load', current: ['a', 'b'] });
    expect(byName('top')).toMatchObject({ query: 'query_result(topk(5, sum by (pod) (rate(x[5m]))))', sort: 'numeric-desc', hide: 'label' });
    expect(byName('metric')).toMatchObject({ query: 'metrics(^kube_.*)', sort: 'none', hide: 'variable' });
    expect(byName('labels')).toMatchObject({ query: 'label_names()' });
    expect(byName('visual')).toMatchObject({ query: 'label_values(up, job)' });
  });

  it('decides the datasource: Loki by type, uid placeholder or datasource variable', () => {
    const { byName } = variables(
      [
        { type: 'datasource', name: 'logs', query: 'loki' },
        { type: 'query', name: 'app', datasource: '$logs', query: 'label_values({job="x"}, app)' },
        { type: 'query', name: 'stream', datasource: { type: 'loki', uid: 'abc' }, query: { refId: 'LokiVariableQueryEditor-VariableQuery', type: 1, label: 'pod', stream: '{namespace="a"}' } },
        { type: 'query', name: 'prom', datasource: '${DS_PROMETHEUS}', query: 'label_values(up, job)' },
      ],
      { __inputs: [{ name: 'DS_PROMETHEUS', type: 'datasource', pluginId: 'prometheus' }] },
    );
    expect(byName('logs')).toMatchObject({ type: 'datasource', datasource: 'loki' });
    expect(byName('app')).toMatchObject({ datasource: 'loki', query: 'label_values({job="x"}, app)' });
    expect(byName('stream')).toMatchObject({ datasource: 'loki', query: 'label_values({namespace="a"}, pod)' });
    expect(byName('prom')).toMatchObject({ datasource: 'prometheus' });
  });

  it('warns about queries it does not recognise and about approximated sort orders', () => {
    const { byName, warnings } = variables([{ type: 'query', name: 'raw', query: 'up{job="x"}', sort: 7 }]);
    expect(byName('raw')).toMatchObject({ query: 'up{job="x"}', sort: 'alpha' });
    expect(warnings.map((w) => w.code)).toEqual(['variable-query-unrecognised', 'option-approximated']);
    expect(warnings[0]).toMatchObject({ variable: 'raw' });
  });

  it('keeps a variable of another datasource as a custom variable of its saved options', () => {
    const { byName, warnings } = variables([{ type: 'query', name: 'idx', datasource: { type: 'elasticsearch', uid: 'e' }, query: '{"find":"terms"}', options: [{ text: 'x', value: 'x' }], current: { value: 'x' } }]);
    expect(byName('idx')).toMatchObject({ type: 'custom', options: [{ text: 'x', value: 'x' }], current: ['x'] });
    expect(warnings[0].message).toContain('elasticsearch');
  });
});

describe('other variable types', () => {
  it('custom: comma list with \\, escapes and "text : value" pairs, or saved options', () => {
    const { byName } = variables([
      { type: 'custom', name: 'c', query: 'a, b\\,c ,d', multi: true, includeAll: true, current: { text: 'All', value: ['$__all'] } },
      { type: 'custom', name: 'kv', query: 'Production : prod,Staging : stg' },
      { type: 'custom', name: 'opts', query: '', options: [{ text: 'One', value: '1' }, { text: 'All', value: '$__all' }] },
    ]);
    expect(byName('c')).toMatchObject({ type: 'custom', options: [{ text: 'a', value: 'a' }, { text: 'b,c', value: 'b,c' }, { text: 'd', value: 'd' }], multi: true, includeAll: true, current: ['$__all'] });
    expect(byName('kv')).toMatchObject({ options: [{ text: 'Production', value: 'prod' }, { text: 'Staging', value: 'stg' }] });
    expect(byName('opts')).toMatchObject({ options: [{ text: 'One', value: '1' }] });
  });

  it('interval: the list, auto, auto_count and auto_min', () => {
    const { byName } = variables([
      { type: 'interval', name: 'iv', query: '1m,5m,10m,30m', auto: true, auto_count: 50, auto_min: '30s', current: { text: '5m', value: '5m' }, options: [{ value: '$__auto_interval_iv' }] },
      { type: 'interval', name: 'plain', query: '1m' },
    ]);
    expect(byName('iv')).toEqual({ name: 'iv', hide: 'none', current: ['5m'], type: 'interval', options: ['1m', '5m', '10m', '30m'], auto: true, autoCount: 50, autoMin: '30s' });
    expect(byName('plain')).toMatchObject({ auto: false, autoCount: 30, autoMin: '10s' });
  });

  it('constant, textbox and datasource', () => {
    const { byName } = variables([
      { type: 'constant', name: 'k', query: 'kube-system', hide: 2 },
      { type: 'textbox', name: 'filter', query: 'api', current: { value: 'web' } },
      { type: 'datasource', name: 'ds', query: 'prometheus', current: { text: 'Prometheus', value: 'Prometheus' } },
    ]);
    expect(byName('k')).toEqual({ name: 'k', hide: 'variable', current: [], type: 'constant', value: 'kube-system' });
    expect(byName('filter')).toEqual({ name: 'filter', hide: 'none', current: ['web'], type: 'textbox', default: 'api' });
    expect(byName('ds')).toMatchObject({ type: 'datasource', datasource: 'prometheus' });
  });

  it('drops what it cannot represent, by name, and repairs names', () => {
    const { vars, warnings } = variables([
      { type: 'adhoc', name: 'Filters', datasource: 'Prometheus' },
      { type: 'datasource', name: 'es', query: 'elasticsearch' },
      { type: 'constant', name: 'my-var', query: '1' },
      { type: 'constant', name: 'dup', query: '1' },
      { type: 'constant', name: 'dup', query: '2' },
    ]);
    expect(vars.map((v) => v.name)).toEqual(['my_var', 'dup']);
    expect(warnings.map((w) => [w.code, w.variable])).toEqual([
      ['variable-dropped', 'Filters'],
      ['variable-dropped', 'es'],
      ['variable-renamed', 'my-var'],
      ['variable-dropped', 'dup'],
    ]);
    expect(warnings[0].message).toContain('"adhoc"');
  });
});

describe('splitCommaList', () => {
  it('honours \\, and trims', () => {
    expect(splitCommaList(' 1s, 15s ,,a\\,b')).toEqual(['1s', '15s', 'a,b']);
  });
});
