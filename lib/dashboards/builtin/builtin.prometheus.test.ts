/**
 * The built-in dashboards against a real Prometheus scraping the demo exporters: conventions are detected,
 * and every Prometheus target returns data or its panel is named by missingMetrics with a reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrometheusClient, type PrometheusClient } from '@/lib/datasources/prometheus';
import type { InstantResult } from '@/lib/datasources/types';
import { DemoCluster } from '@/lib/devstack/cluster/cluster';
import { startMetricsExporters, type MetricsExporters } from '@/lib/devstack/metrics/exporters';
import { hasPrometheus as hasPrometheusBinary } from '@/lib/devstack/prometheus/binary';
import { startPrometheus, type RunningPrometheus } from '@/lib/devstack/prometheus/start';
import { applyConventions } from '../conventions/apply';
import { detectConventions } from '../conventions/detect';
import { missingMetrics } from '../conventions/missing';
import { prometheusLabelProbe } from '../conventions/probe';
import type { Conventions } from '../conventions/types';
import type { DashboardModel } from '../model';
import { BUILTIN_METRICS, clusterDashboard, namespaceDashboard, nodeDashboard, podDashboard, type BuiltinDashboard } from './index';

const hasPrometheus = hasPrometheusBinary();

/** Just enough interpolation for these queries; the real one lives in lib/dashboards/variables/. */
function interpolate(expr: string, vars: Record<string, string>): string {
  return expr.replace(/\$\{([a-zA-Z_][a-zA-Z0-9_]*)(?::[a-z]+)?\}|\$([a-zA-Z_][a-zA-Z0-9_]*)/g, (all, a?: string, b?: string) => vars[(a ?? b)!] ?? all);
}

const size = (r: InstantResult) => (r.resultType === 'vector' ? r.samples.length : r.resultType === 'matrix' ? r.series.length : 1);

describe.skipIf(!hasPrometheus)('built-in dashboards on the demo stack (real Prometheus)', () => {
  const cluster = new DemoCluster();
  let ex: MetricsExporters;
  let prom: RunningPrometheus;
  let client: PrometheusClient;
  let conventions: Conventions;
  let vars: Record<string, string>;

  beforeAll(async () => {
    ex = await startMetricsExporters({ cluster });
    prom = await startPrometheus({ targets: ex.targets, cluster, backfillHours: 1, scrapeIntervalSeconds: 2 });
    client = createPrometheusClient({ url: prom.url });
    // every target scraped twice, so rate() has two samples
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const { data } = await client.query('count_over_time(up[10s]) >= 2');
      if (size(data) === ex.targets.length + 1) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    conventions = await detectConventions(prometheusLabelProbe(client), { metrics: BUILTIN_METRICS });
    // a running shop pod with CPU and memory limits (and so every Pod panel something to show)
    const { data } = await client.query(
      'max by (pod, node) (kube_pod_container_resource_limits{namespace="shop", resource="cpu"} * on (namespace, pod, container) group_left (node) (kube_pod_container_status_running == 1) * on (namespace, pod) group_left (node) kube_pod_info)',
    );
    if (data.resultType !== 'vector' || data.samples.length === 0) throw new Error('no running shop pod with limits');
    const pod = [...data.samples].sort((a, b) => a.labels.pod.localeCompare(b.labels.pod))[0].labels;
    vars = { namespace: 'shop', pod: pod.pod, node: pod.node, container: '.+', workload: '.+', __rate_interval: '1m', __range: '1h' };
  }, 90_000);

  afterAll(async () => {
    await prom?.close();
    await ex?.close();
  });

  it('detects the demo\'s modern label conventions', () => {
    expect(conventions).toMatchObject({
      pod: 'pod',
      container: 'container',
      node: 'node',
      cadvisorNode: 'node',
      cadvisorContainerFilter: 'container!=""',
      hasCadvisor: true,
      hasKubeStateMetrics: true,
      hasNodeExporter: true,
    });
    // the demo's cAdvisor does not report CFS throttling
    expect(conventions.missing.sort()).toEqual(['container_cpu_cfs_periods_total', 'container_cpu_cfs_throttled_periods_total']);
  });

  /** `panel/refId: why` for every visible Prometheus target with no data and no missing-metric reason. */
  async function emptyTargets(d: BuiltinDashboard): Promise<string[]> {
    const model: DashboardModel = applyConventions(d.model, conventions);
    const missing = missingMetrics(model, conventions);
    const panels = model.panels.flatMap((p) => (p.type === 'row' ? p.panels : [p]));
    const jobs = panels.flatMap((p) =>
      p.targets
        .filter((t) => t.datasource === 'prometheus' && !t.hide)
        .map(async (t) => {
          const known = missing.find((m) => m.panelId === p.id && m.refIds.includes(t.refId));
          if (known) return known.reason.length > 0 ? null : `${p.title}/${t.refId}: listed without a reason`;
          const expr = interpolate(t.expr, vars);
          try {
            const { data } = await client.query(expr);
            return size(data) > 0 ? null : `${p.title}/${t.refId}: no data for ${expr}`;
          } catch (e) {
            return `${p.title}/${t.refId}: ${(e as Error).message}`;
          }
        }),
    );
    return (await Promise.all(jobs)).filter((x): x is string => x !== null);
  }

  it.each([
    ['Pod', podDashboard],
    ['Cluster', clusterDashboard],
    ['Node', nodeDashboard],
    ['Namespace', namespaceDashboard],
  ] as const)('%s dashboard: every Prometheus target has data or a named reason', async (_, d) => {
    expect(await emptyTargets(d)).toEqual([]);
  });

  it('names CPU throttling as the Pod panel the demo cannot fill', () => {
    const gone = missingMetrics(applyConventions(podDashboard.model, conventions), conventions);
    expect(gone.map((m) => m.title)).toEqual(['CPU throttling']);
    expect(gone[0].reason).toMatch(/not found in Prometheus/);
  });

  it('narrows the Namespace dashboard to one workload through its owners', async () => {
    const panel = namespaceDashboard.model.panels.find((p) => p.type !== 'row' && p.title === 'CPU per pod')!;
    if (panel.type === 'row') throw new Error('expected a panel');
    const { data } = await client.query(interpolate(panel.targets[0].expr, { ...vars, workload: 'frontend|redis' }));
    if (data.resultType !== 'vector') throw new Error(data.resultType);
    const pods = data.samples.map((s) => s.labels.pod);
    expect(pods.length).toBeGreaterThanOrEqual(2);
    for (const p of pods) expect(p).toMatch(/^(frontend-[a-z0-9]+-[a-z0-9]+|redis-\d+)$/);
    const workloads = namespaceDashboard.model.variables.find((v) => v.name === 'workload')!;
    if (workloads.type !== 'query') throw new Error(workloads.type);
    const inner = /^query_result\(([\s\S]*)\)$/.exec(workloads.query)![1];
    const list = await client.query(interpolate(inner, vars));
    if (list.data.resultType !== 'vector') throw new Error(list.data.resultType);
    expect(list.data.samples.map((s) => s.labels.workload)).toEqual(expect.arrayContaining(['frontend', 'cart', 'redis', 'db-migrate']));
  });

  it('finds values for the variables', async () => {
    for (const d of [podDashboard, namespaceDashboard, nodeDashboard]) {
      for (const v of d.model.variables) {
        if (v.type !== 'query') continue;
        const inner = /^(?:label_values|query_result)\(([\s\S]*)\)$/.exec(v.query)![1].replace(/,\s*[a-z_]+\s*$/, '');
        const { data } = await client.query(interpolate(inner, vars));
        expect(size(data), `${d.uid} $${v.name}`).toBeGreaterThan(0);
      }
    }
  });
});
