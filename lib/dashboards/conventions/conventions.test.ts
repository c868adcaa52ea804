import { describe, expect, it } from 'vitest';
import { dashboardModel } from '../model';
import { applyConventions } from './apply';
import { detectConventions } from './detect';
import { maskVariables } from './mask-variables';
import { metricNames } from './metric-names';
import { missingMetrics, replaceMissingPanels } from './missing';
import { rewritePromQL } from './rewrite';
import { MODERN_CONVENTIONS, type Conventions, type LabelProbe } from './types';

const probeOf = (labels: Record<string, string[]>): LabelProbe => async (m) => labels[m] ?? [];

/** Labels as a pre-1.16 kubelet and the old Prometheus Helm chart's scrape config gave them. */
const OLD_STYLE: Record<string, string[]> = {
  container_cpu_usage_seconds_total: ['__name__', 'container_name', 'cpu', 'id', 'image', 'instance', 'job', 'kubernetes_io_hostname', 'name', 'namespace', 'pod_name'],
  kube_pod_info: ['__name__', 'namespace', 'pod', 'node', 'created_by_kind'],
  node_cpu_seconds_total: ['__name__', 'cpu', 'instance', 'job', 'mode'],
  kube_node_status_allocatable: ['__name__', 'node', 'resource', 'unit'],
  container_memory_working_set_bytes: ['__name__', 'container_name', 'pod_name', 'namespace'],
};
/** The demo's (and kube-prometheus') labels. */
const NEW_STYLE: Record<string, string[]> = {
  container_cpu_usage_seconds_total: ['__name__', 'container', 'cpu', 'id', 'image', 'instance', 'job', 'metrics_path', 'name', 'namespace', 'node', 'pod'],
  kube_pod_info: ['__name__', 'namespace', 'pod', 'node'],
  node_cpu_seconds_total: ['__name__', 'cpu', 'instance', 'job', 'mode', 'node'],
  kube_node_status_allocatable: ['__name__', 'node', 'resource', 'unit'],
  container_memory_working_set_bytes: ['__name__', 'container', 'pod', 'namespace'],
};

const OLD: Conventions = {
  pod: 'pod_name',
  container: 'container_name',
  node: 'instance',
  cadvisorNode: 'kubernetes_io_hostname',
  cadvisorContainerFilter: 'container_name!=""',
  hasKubeStateMetrics: true,
  hasNodeExporter: true,
  hasCadvisor: true,
  missing: [],
};

describe('detectConventions', () => {
  it('finds old-style cAdvisor labels', async () => {
    expect(await detectConventions(probeOf(OLD_STYLE))).toEqual(OLD);
  });

  it('finds new-style labels', async () => {
    expect(await detectConventions(probeOf(NEW_STYLE))).toEqual(MODERN_CONVENTIONS);
  });

  it('reports absent exporters and metrics, and survives a failing probe', async () => {
    const probe: LabelProbe = async (m) => {
      if (m === 'kube_pod_info') throw new Error('503');
      return m.startsWith('container_') ? NEW_STYLE[m] ?? [] : [];
    };
    const c = await detectConventions(probe, { metrics: ['container_cpu_cfs_throttled_periods_total', 'container_memory_rss'] });
    expect(c).toMatchObject({ hasCadvisor: true, hasKubeStateMetrics: false, hasNodeExporter: false, node: 'node', cadvisorNode: 'node' });
    expect(c.missing).toEqual(['kube_pod_info', 'node_cpu_seconds_total', 'kube_node_status_allocatable', 'container_cpu_cfs_throttled_periods_total', 'container_memory_rss']);
  });

  it('falls back to image!="" when cAdvisor has no container label', async () => {
    const c = await detectConventions(probeOf({ container_cpu_usage_seconds_total: ['__name__', 'id', 'image'] }));
    expect(c.cadvisorContainerFilter).toBe('image!=""');
  });
});

describe('rewritePromQL', () => {
  it('leaves queries alone under modern conventions', () => {
    const q = 'sum by (pod, container) (rate(container_cpu_usage_seconds_total{namespace="$namespace", pod=~"${pod:regex}", container!=""}[$__rate_interval]))';
    expect(rewritePromQL(q, MODERN_CONVENTIONS).expr).toBe(q);
  });

  it('renames cAdvisor matchers and grouping labels, but not kube-state-metrics ones', () => {
    const q = 'sum by (container) (rate(container_cpu_usage_seconds_total{pod="$pod", container!=""}[$__rate_interval])) + sum by (container) (kube_pod_container_resource_limits{pod="$pod"})';
    expect(rewritePromQL(q, OLD).expr).toBe(
      'sum by (container_name) (rate(container_cpu_usage_seconds_total{pod_name="$pod", container_name!=""}[$__rate_interval])) + sum by (container) (kube_pod_container_resource_limits{pod="$pod"})',
    );
  });

  it('copies old names to the canonical ones where a join matches on them', () => {
    const q = 'max by (container) (container_memory_working_set_bytes{pod="$pod", container!=""}) / on (container) max by (container) (kube_pod_container_resource_limits{pod="$pod"})';
    const r = rewritePromQL(q, OLD);
    expect(r.expr).toBe(
      'label_replace(max by (container_name) (container_memory_working_set_bytes{pod_name="$pod", container_name!=""}), "container", "$1", "container_name", "(.+)") / on (container) max by (container) (kube_pod_container_resource_limits{pod="$pod"})',
    );
    expect(r.names.container).toBe('container');
  });

  it('renames without/ignoring/group_left lists and node-exporter matchers', () => {
    expect(rewritePromQL('sum without (pod) (container_memory_rss)', OLD).expr).toBe('sum without (pod_name) (container_memory_rss)');
    expect(rewritePromQL('node_load1{node="$node"} * on (node) group_left (pod) kube_pod_info', OLD).expr).toBe(
      'label_replace(node_load1{instance="$node"}, "node", "$1", "instance", "(.+)") * on (node) group_left (pod) kube_pod_info',
    );
    expect(rewritePromQL('rate(node_cpu_seconds_total{node="$node", mode!="idle"}[5m] offset $off)', OLD).expr).toBe('rate(node_cpu_seconds_total{instance="$node", mode!="idle"}[5m] offset $off)');
  });

  it('uses image!="" as the container filter when asked to', () => {
    const c = { ...MODERN_CONVENTIONS, cadvisorContainerFilter: 'image!=""' as const };
    expect(rewritePromQL('container_memory_rss{container!="", pod="a"}', c).expr).toBe('container_memory_rss{image!="", pod="a"}');
  });

  it('never touches label names inside strings or variables', () => {
    expect(rewritePromQL('label_replace(container_memory_rss{pod="pod"}, "pod", "$1", "x", "(.*)")', OLD).expr).toBe(
      'label_replace(container_memory_rss{pod_name="pod"}, "pod", "$1", "x", "(.*)")',
    );
  });
});

describe('maskVariables and metricNames', () => {
  it('keeps offsets and makes variables parseable', () => {
    const q = 'rate(x{a="$b"}[$__rate_interval]) * ${factor} offset [[off]]';
    const m = maskVariables(q);
    expect(m).toHaveLength(q.length);
    expect(m).toBe('rate(x{a="$b"}[1s              ]) * __factor_ offset 1s     ');
  });

  it('lists selected metrics, __name__ matchers included', () => {
    expect(metricNames('sum(rate(a_total{x="$y"}[$__rate_interval])) / on(pod) group_left b or {__name__="c"}')).toEqual(['a_total', 'b', 'c']);
  });
});

const model = dashboardModel.parse({
  title: 'T',
  variables: [
    { type: 'query', name: 'pod', query: 'label_values(container_memory_rss{namespace="$namespace"}, pod)' },
    { type: 'query', name: 'node', query: 'label_values(kube_node_info, node)' },
  ],
  panels: [
    {
      type: 'timeseries',
      id: 1,
      title: 'CPU',
      gridPos: { x: 0, y: 0, w: 12, h: 8 },
      targets: [
        { refId: 'A', datasource: 'prometheus', expr: 'sum by (pod) (rate(container_cpu_usage_seconds_total[$__rate_interval]))', legendFormat: '{{pod}} cpu' },
        { refId: 'B', datasource: 'prometheus', expr: 'sum by (pod) (rate(container_cpu_cfs_throttled_periods_total[$__rate_interval]))' },
      ],
    },
    {
      type: 'row',
      id: 2,
      gridPos: { x: 0, y: 8, w: 24, h: 1 },
      panels: [
        {
          type: 'timeseries',
          id: 3,
          title: 'Throttling',
          gridPos: { x: 0, y: 9, w: 12, h: 8 },
          targets: [{ refId: 'A', datasource: 'prometheus', expr: 'rate(container_cpu_cfs_throttled_periods_total{pod="$pod"}[5m])' }],
        },
        { type: 'logs', id: 4, gridPos: { x: 12, y: 9, w: 12, h: 8 }, targets: [{ refId: 'A', datasource: 'loki', expr: '{pod="$pod"}' }] },
      ],
    },
  ],
});

describe('applyConventions', () => {
  it('rewrites targets, legends and variables, inside rows too, and leaves Loki alone', () => {
    const out = applyConventions(model, OLD);
    const p1 = out.panels[0];
    if (p1.type === 'row') throw new Error('expected a panel');
    expect(p1.targets[0]).toMatchObject({ expr: 'sum by (pod_name) (rate(container_cpu_usage_seconds_total[$__rate_interval]))', legendFormat: '{{pod_name}} cpu' });
    expect(out.variables.map((v) => (v.type === 'query' ? v.query : ''))).toEqual([
      'label_values(container_memory_rss{namespace="$namespace"}, pod_name)',
      'label_values(kube_node_info, node)',
    ]);
    const row = out.panels[1];
    if (row.type !== 'row') throw new Error('expected a row');
    expect(row.panels[0].targets[0].expr).toBe('rate(container_cpu_cfs_throttled_periods_total{pod_name="$pod"}[5m])');
    expect(row.panels[1].targets[0].expr).toBe('{pod="$pod"}');
    expect(model.panels[0]).not.toBe(out.panels[0]);
  });
});

describe('missingMetrics', () => {
  const c = { missing: ['container_cpu_cfs_throttled_periods_total'] };

  it('names the panels and targets that need an absent metric, with a reason', () => {
    expect(missingMetrics(model, c)).toEqual([
      expect.objectContaining({ panelId: 1, refIds: ['B'], allTargets: false, metrics: ['container_cpu_cfs_throttled_periods_total'] }),
      expect.objectContaining({ panelId: 3, refIds: ['A'], allTargets: true }),
    ]);
    expect(missingMetrics(model, c)[1].reason).toMatch(/^This panel needs container_cpu_cfs_throttled_periods_total \(not found in Prometheus\): cAdvisor reports CFS throttling only/);
    expect(missingMetrics(model, { missing: [] })).toEqual([]);
  });

  it('turns panels that cannot show anything into text panels giving the reason', () => {
    const out = replaceMissingPanels(model, c);
    const row = out.panels[1];
    if (row.type !== 'row') throw new Error('expected a row');
    expect(row.panels[0]).toMatchObject({ id: 3, type: 'text', title: 'Throttling', options: { mode: 'text' } });
    expect(out.panels[0].type).toBe('timeseries');
    expect(dashboardModel.safeParse(out).success).toBe(true);
  });
});
