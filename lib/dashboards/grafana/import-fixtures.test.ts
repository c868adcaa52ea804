import { describe, expect, it } from 'vitest';
import { dashboardModel } from '../model';
import { importGrafanaDashboard } from './import-dashboard';
import { allPanels, asType, panelByTitle, readGrafanaFixture } from './test-helpers';

/** Counts in the fixture files themselves, so the test also notices a panel that vanished. */
function countSource(json: unknown) {
  const d = json as { panels: { type: string; targets?: unknown[]; panels?: unknown[] }[]; templating: { list: unknown[] } };
  const panels = d.panels.filter((p) => p.type !== 'row');
  return {
    rows: d.panels.length - panels.length,
    panels: panels.length,
    targets: panels.reduce((n, p) => n + (p.targets?.length ?? 0), 0),
    variables: d.templating.list.length,
  };
}

describe('fixture: Kubernetes / Views / Global', () => {
  const source = readGrafanaFixture('k8s-views-global.json');
  const { model, warnings } = importGrafanaDashboard(source);
  const expected = countSource(source);

  it('imports every panel, target and variable, with no placeholders', () => {
    expect(() => dashboardModel.parse(model)).not.toThrow();
    expect(expected).toEqual({ rows: 4, panels: 26, targets: 57, variables: 4 });
    const panels = allPanels(model);
    expect(model.panels.filter((p) => p.type === 'row')).toHaveLength(4);
    expect(panels).toHaveLength(26);
    expect(panels.reduce((n, p) => n + p.targets.length, 0)).toBe(57);
    expect(panels.filter((p) => p.type === 'unsupported')).toEqual([]);
    expect(new Set(panels.map((p) => p.id)).size).toBe(26);
    expect(model.variables.map((v) => `${v.type}:${v.name}`)).toEqual(['datasource:datasource', 'query:cluster', 'custom:resolution', 'query:job']);
    expect(panels.flatMap((p) => p.targets).every((t) => t.datasource === 'prometheus')).toBe(true);
  });

  it('keeps dashboard settings', () => {
    expect(model).toMatchObject({ title: 'Kubernetes / Views / Global', tags: ['Kubernetes', 'Prometheus'], time: { from: 'now-1h', to: 'now' }, refresh: '30s' });
    expect(model.description).toContain('Global View');
  });

  it('maps a bar gauge with three queries, its unit, range and thresholds', () => {
    const p = asType(panelByTitle(model, 'Global CPU  Usage'), 'bargauge');
    expect(p.targets.map((t) => [t.refId, t.legendFormat])).toEqual([['Real', 'Real'], ['Requests', 'Requests'], ['Limits', 'Limits']]);
    expect(p.targets[0].expr).toContain('rate(node_cpu_seconds_total{mode!~"idle|iowait|steal", cluster="$cluster", job="$job"}[$__rate_interval])');
    expect(p.fieldConfig.defaults).toMatchObject({ unit: 'percentunit', min: 0, max: 1 });
    expect(p.fieldConfig.defaults.thresholds).toEqual({ mode: 'absolute', steps: [{ value: null, color: 'green' }, { value: 80, color: 'red' }] });
    expect(p.options).toEqual({ reduce: 'last', orientation: 'horizontal' });
  });

  it('maps a time series with a table legend, decimals, thresholds and per-query interval', () => {
    const count = asType(panelByTitle(model, 'Kubernetes Resource Count'), 'timeseries');
    expect(count.targets).toHaveLength(15);
    expect(count.options).toEqual({ drawStyle: 'line', fill: 'area', stacking: 'none', thresholdsStyle: 'off', legend: { mode: 'table', placement: 'right', calcs: ['min', 'max', 'mean'] } });
    expect(count.fieldConfig.defaults.unit).toBe('short');

    const cpu = asType(panelByTitle(model, 'Cluster CPU Utilization'), 'timeseries');
    expect(cpu.fieldConfig.defaults).toMatchObject({ unit: 'percentunit', decimals: 2 });
    expect(cpu.fieldConfig.defaults.thresholds?.steps).toEqual([{ value: null, color: 'green' }, { value: 0.5, color: 'yellow' }, { value: 0.7, color: 'red' }]);
    expect(cpu.targets[0]).toMatchObject({ refId: 'A', interval: '$resolution', legendFormat: 'CPU usage in %' });
    expect(cpu.options.legend.mode).toBe('hidden');
  });

  it('maps Grafana units that we spell differently', () => {
    const net = panelByTitle(model, 'Global Network Utilization by device');
    expect(net.fieldConfig.defaults.unit).toBe('Bps'); // Grafana binBps
    expect(net.targets.map((t) => t.legendFormat)).toEqual(['Received : {{ device }}', 'Transmitted : {{ device }}']);
    expect(panelByTitle(model, 'RAM Usage').fieldConfig.defaults.unit).toBe('bytes');
  });

  it('maps stat options', () => {
    const nodes = asType(panelByTitle(model, 'Nodes'), 'stat');
    expect(nodes.options).toEqual({ reduce: 'last', sparkline: false, colorMode: 'value', textMode: 'value' });
    expect(nodes.targets[0].expr).toBe('count(count by (node) (kube_node_info{cluster="$cluster"}))');
    expect(asType(panelByTitle(model, 'CPU Usage'), 'stat').options.colorMode).toBe('none');
  });

  it('names what it could not carry over: transformations, "no value" texts and annotations', () => {
    const transformed = warnings.filter((w) => w.code === 'transformations-dropped').map((w) => w.panelTitle);
    expect(transformed).toEqual(['Cluster CPU Utilization', 'Cluster Memory Utilization']);
    expect(warnings.find((w) => w.code === 'transformations-dropped')?.message).toContain('calculateField');
    expect(warnings.find((w) => w.code === 'annotations-dropped')?.message).toContain('"terraform", "oncall"');
    expect(new Set(warnings.map((w) => w.code))).toEqual(new Set(['transformations-dropped', 'field-option-dropped', 'annotations-dropped']));
  });
});

describe('fixture: Kubernetes / Views / Namespaces', () => {
  const source = readGrafanaFixture('k8s-views-namespaces.json');
  const { model, warnings } = importGrafanaDashboard(source);
  const expected = countSource(source);

  it('imports every panel, target and variable, with no placeholders', () => {
    expect(() => dashboardModel.parse(model)).not.toThrow();
    expect(expected).toEqual({ rows: 5, panels: 25, targets: 51, variables: 5 });
    const panels = allPanels(model);
    expect(panels).toHaveLength(25);
    expect(model.panels.filter((p) => p.type === 'row').map((r) => r.title)).toEqual(['Overview', 'Resources', 'Kubernetes', 'Kubernetes Storage', 'Network']);
    expect(panels.reduce((n, p) => n + p.targets.length, 0)).toBe(51);
    expect(panels.filter((p) => p.type === 'unsupported')).toEqual([]);
    expect(warnings.filter((w) => w.code === 'panel-unsupported')).toEqual([]);
  });

  it('maps the query variables with multi-value, All and refresh', () => {
    const ns = model.variables.find((v) => v.name === 'namespace');
    expect(ns).toEqual({
      name: 'namespace',
      hide: 'none',
      current: [],
      type: 'query',
      datasource: 'prometheus',
      query: 'label_values(kube_pod_info{cluster="$cluster"}, namespace)',
      sort: 'alpha',
      multi: true,
      includeAll: true,
      allValue: '.*',
      refresh: 'load',
    });
    expect(model.variables.find((v) => v.name === 'created_by')).toMatchObject({ type: 'query', refresh: 'time', includeAll: true });
    const resolution = model.variables.find((v) => v.name === 'resolution');
    expect(resolution).toMatchObject({ type: 'custom', current: ['30s'] });
    if (resolution?.type === 'custom') expect(resolution.options.map((o) => o.value)).toEqual(['1s', '15s', '30s', '1m', '3m', '5m']);
  });

  it('maps gauges with percentage thresholds and instant queries', () => {
    const g = asType(panelByTitle(model, 'Namespace(s) usage on total cluster CPU in %'), 'gauge');
    expect(g.fieldConfig.defaults).toMatchObject({ unit: 'percentunit', min: 0, max: 1, decimals: 2 });
    expect(g.fieldConfig.defaults.thresholds).toEqual({ mode: 'percentage', steps: [{ value: null, color: 'green' }, { value: 50, color: 'orange' }, { value: 70, color: 'red' }] });
    expect(g.targets[0].instant).toBe(true);
  });

  it('maps stacked bars, legend formats and units', () => {
    const images = asType(panelByTitle(model, 'Container Image Used'), 'timeseries');
    expect(images.options).toMatchObject({ drawStyle: 'bars', stacking: 'normal', legend: { mode: 'table', calcs: ['min', 'max', 'last'] } });
    expect(images.targets[0].legendFormat).toBe('{{ image }}');
    const cpu = panelByTitle(model, 'CPU usage by Pod');
    expect(cpu.targets[0]).toMatchObject({ legendFormat: '{{ pod }}', interval: '$resolution' });
    expect(cpu.targets[0].expr).toContain('pod=~"${created_by}.*"');
    expect(panelByTitle(model, 'Network - Packets Rate by pod').fieldConfig.defaults.unit).toBe('pps'); // kept as Grafana names it
    expect(panelByTitle(model, 'Persistent Volumes - Capacity and usage in %').fieldConfig.defaults).toMatchObject({ unit: 'percentunit', decimals: 2 });
  });
});
