import { parser } from '@prometheus-io/lezer-promql';
import { describe, expect, it } from 'vitest';
import { applyConventions } from '../conventions/apply';
import { maskVariables } from '../conventions/mask-variables';
import { missingMetrics } from '../conventions/missing';
import { MODERN_CONVENTIONS, type Conventions } from '../conventions/types';
import { dashboardModel, type DashboardModel, type Panel } from '../model';
import { BUILTIN_DASHBOARDS, BUILTIN_METRICS, builtinDashboard, dashboardMetrics } from './index';

const panelsOf = (m: DashboardModel): Panel[] => m.panels.flatMap((p) => (p.type === 'row' ? p.panels : [p]));

/** Error nodes in the parse of `expr` (variables masked as the rewriter masks them). */
function syntaxErrors(expr: string): string[] {
  const errors: string[] = [];
  parser.parse(maskVariables(expr)).iterate({
    enter: (n) => {
      if (n.type.isError) errors.push(`at ${n.from}: ${expr.slice(Math.max(0, n.from - 20), n.from + 20)}`);
    },
  });
  return errors;
}

const OLD: Conventions = { ...MODERN_CONVENTIONS, pod: 'pod_name', container: 'container_name', node: 'instance', cadvisorNode: 'kubernetes_io_hostname', cadvisorContainerFilter: 'container_name!=""' };

describe.each(BUILTIN_DASHBOARDS.map((d) => [d.uid, d] as const))('built-in dashboard %s', (uid, d) => {
  it('is a valid, read-only, tagged dashboard model', () => {
    expect(dashboardModel.parse(d.model)).toEqual(d.model);
    expect(d.readOnly).toBe(true);
    expect(d.model.tags).toEqual(['kubernetes', 'built-in']);
    expect(builtinDashboard(uid)).toBe(d);
  });

  it('lays its panels on the 24-column grid without overlaps', () => {
    const boxes = panelsOf(d.model).map((p) => p.gridPos);
    for (const b of boxes) expect(b.x + b.w).toBeLessThanOrEqual(24);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap, `panels ${i} and ${j}`).toBe(false);
      }
    const ids = panelsOf(d.model).map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has valid PromQL everywhere, before and after old-style conventions', () => {
    const rewritten = applyConventions(d.model, OLD);
    for (const m of [d.model, rewritten])
      for (const p of panelsOf(m))
        for (const t of p.targets.filter((x) => x.datasource === 'prometheus')) {
          expect(syntaxErrors(t.expr), `${p.title} ${t.refId}: ${t.expr}`).toEqual([]);
          expect(t.expr).not.toMatch(/\[\s*\d+[smh]\s*\]/); // rates use $__rate_interval or $__range
        }
  });

  it('gives every data panel a unit or a table/stat without one on purpose, and a title', () => {
    for (const p of panelsOf(d.model)) {
      expect(p.title).not.toBe('');
      if (p.type === 'timeseries' || p.type === 'gauge') expect(p.fieldConfig.defaults.unit, p.title).toBeDefined();
    }
  });
});

describe('built-in dashboards', () => {
  it('have stable uids', () => {
    expect(BUILTIN_DASHBOARDS.map((d) => d.uid)).toEqual(['k8s-cluster', 'k8s-node', 'k8s-namespace', 'k8s-pod']);
  });

  it('give the Pod dashboard at least 12 panels, a logs panel and chained variables', () => {
    const pod = builtinDashboard('k8s-pod')!.model;
    expect(panelsOf(pod).length).toBeGreaterThanOrEqual(12);
    expect(panelsOf(pod).find((p) => p.type === 'logs')!.targets[0]).toMatchObject({ datasource: 'loki', expr: '{namespace="$namespace", pod="$pod"}' });
    expect(pod.variables.map((v) => v.name)).toEqual(['namespace', 'pod', 'container']);
    expect(pod.variables[2]).toMatchObject({ multi: true, includeAll: true });
  });

  it('list the metrics they need', () => {
    expect(BUILTIN_METRICS).toEqual(expect.arrayContaining(['container_cpu_usage_seconds_total', 'kube_pod_info', 'kube_replicaset_owner', 'node_load1', 'http_requests_total', 'container_cpu_cfs_throttled_periods_total']));
    expect(dashboardMetrics(builtinDashboard('k8s-node')!.model)).toContain('kube_node_info');
  });

  it('name the panels that need an absent metric', () => {
    const pod = builtinDashboard('k8s-pod')!.model;
    const gone = missingMetrics(pod, { missing: ['container_cpu_cfs_throttled_periods_total', 'container_cpu_cfs_periods_total'] });
    expect(gone).toEqual([expect.objectContaining({ title: 'CPU throttling', allTargets: true })]);
    expect(gone[0].reason).toContain('container_cpu_cfs_throttled_periods_total, container_cpu_cfs_periods_total (not found in Prometheus)');
  });
});
