import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoCluster } from '../cluster/cluster';
import { inSpike } from '../cluster/traffic';
import { startMetricsExporters, type MetricsExporters } from './exporters';
import { seriesText } from './exposition';
import { runningAt } from './model';
import { parsePrometheusText, type ParsedFamily } from './parse-text';

// a fixed clock the test moves by hand; start just before a traffic spike (spikes start 7 min past every 20 min)
const START = Date.UTC(2026, 10, 21, 23, 6, 0);
let now = START;
const cluster = new DemoCluster(() => now, START);
let ex: MetricsExporters;

beforeAll(async () => {
  ex = await startMetricsExporters({ cluster });
});
afterAll(() => ex.close());

async function scrape(job: string, match = ''): Promise<Map<string, ParsedFamily>> {
  const target = ex.targets.find((t) => t.job === job && t.url.includes(match));
  if (!target) throw new Error(`no ${job} target matching ${match}`);
  const res = await fetch(target.url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('version=0.0.4');
  return parsePrometheusText(await res.text());
}

const values = (f: Map<string, ParsedFamily>, name: string, sample = name) =>
  new Map((f.get(name)?.samples ?? []).filter((s) => s.name === sample).map((s) => [seriesText(s.name, s.labels), s.value]));

describe('startMetricsExporters', () => {
  it('lists one target per node for kubelet and node-exporter, one for KSM, one per HTTP pod', () => {
    const count = (job: string) => ex.targets.filter((t) => t.job === job).length;
    expect(count('kubelet')).toBe(3);
    expect(count('node-exporter')).toBe(3);
    expect(count('kube-state-metrics')).toBe(1);
    expect(count('kubernetes-pods')).toBe(12);
    for (const t of ex.targets) expect(new URL(t.url).hostname).toBe('127.0.0.1');
    const kubelet = ex.targets.find((t) => t.job === 'kubelet')!;
    expect(kubelet.labels).toMatchObject({ instance: '172.18.0.2:10250', node: 'demo-control-plane', metrics_path: '/metrics/cadvisor' });
    const pod = ex.targets.find((t) => t.job === 'kubernetes-pods')!;
    expect(Object.keys(pod.labels!)).toEqual(expect.arrayContaining(['instance', 'namespace', 'pod', 'app']));
  });

  it('serves cAdvisor series of that node only, with the kubelet labels and pod-level cgroups', async () => {
    const f = await scrape('kubelet', 'demo-worker2');
    for (const name of [
      'container_cpu_usage_seconds_total', 'container_memory_working_set_bytes', 'container_memory_rss', 'container_memory_usage_bytes',
      'container_network_receive_bytes_total', 'container_network_transmit_bytes_total', 'container_fs_reads_bytes_total',
      'container_fs_writes_bytes_total', 'container_fs_usage_bytes', 'container_spec_memory_limit_bytes', 'container_spec_cpu_quota',
      'container_oom_events_total',
    ]) expect(f.get(name)?.samples.length, name).toBeGreaterThan(0);
    const cpu = f.get('container_cpu_usage_seconds_total')!;
    expect(cpu.type).toBe('counter');
    const onNode = new Set(cluster.podsAt(now).filter((p) => p.node?.name === 'demo-worker2').map((p) => p.name));
    for (const s of cpu.samples) {
      expect(Object.keys(s.labels).sort()).toEqual(['container', 'cpu', 'id', 'image', 'name', 'namespace', 'pod']);
      if (s.labels.id !== '/') expect(onNode.has(s.labels.pod)).toBe(true);
    }
    const cart = cpu.samples.filter((s) => s.labels.pod.startsWith('cart-'));
    expect(cart.some((s) => s.labels.container === 'cart' && s.labels.id.startsWith('/kubepods/burstable/pod'))).toBe(true);
    expect(cart.some((s) => s.labels.container === '' && s.labels.image === '' && s.labels.name === '')).toBe(true);
    const rx = f.get('container_network_receive_bytes_total')!.samples[0];
    expect(rx.labels).toMatchObject({ container: '', interface: 'eth0' });
  });

  it('keeps counters monotonic between restarts and resets them with a new container', async () => {
    const before = await scrape('kubelet', 'demo-worker2');
    const appBefore = await scrape('kubernetes-pods', 'fraud-scorer');
    now += 15_000;
    const after = await scrape('kubelet', 'demo-worker2');
    const appAfter = await scrape('kubernetes-pods', 'fraud-scorer');
    for (const name of ['container_cpu_usage_seconds_total', 'container_network_transmit_bytes_total', 'container_fs_writes_bytes_total']) {
      const a = values(before, name);
      const b = values(after, name);
      let compared = 0;
      for (const [k, v] of b) {
        if (!a.has(k)) continue;
        compared++;
        expect(v, `${name} ${k}`).toBeGreaterThanOrEqual(a.get(k)!);
      }
      expect(compared).toBeGreaterThan(3);
    }
    const reqA = values(appBefore, 'http_requests_total');
    for (const [k, v] of values(appAfter, 'http_requests_total')) if (reqA.has(k)) expect(v).toBeGreaterThanOrEqual(reqA.get(k)!);

    // fraud-scorer is OOM-killed every 12 minutes: its container id changes and its app counters restart
    const id = (f: Map<string, ParsedFamily>) => f.get('container_cpu_usage_seconds_total')!.samples.find((s) => s.labels.container === 'scorer')!.labels.id;
    const total = (f: Map<string, ParsedFamily>) => [...values(f, 'http_requests_total').values()].reduce((x, y) => x + y, 0);
    const fraud = cluster.podsAt(now).find((p) => p.app === 'fraud-scorer')!;
    const run = runningAt(fraud, 'scorer', now)!;
    now = run.endMs - 1_000;
    const idBefore = id(await scrape('kubelet', 'demo-worker2'));
    const countBefore = total(await scrape('kubernetes-pods', 'fraud-scorer'));
    now = run.endMs + 20_000;
    const later = await scrape('kubelet', 'demo-worker2');
    expect(id(later)).not.toBe(idBefore);
    expect(total(await scrape('kubernetes-pods', 'fraud-scorer'))).toBeLessThan(countBefore);
    const oom = later.get('container_oom_events_total')!.samples.find((s) => s.labels.pod.startsWith('fraud-scorer') && s.labels.container === '')!;
    expect(oom.value).toBeGreaterThan(0);
  });

  it('serves kube-state-metrics with one phase per pod and KSM label names', async () => {
    const f = await scrape('kube-state-metrics');
    for (const name of [
      'kube_pod_info', 'kube_pod_owner', 'kube_pod_status_phase', 'kube_pod_status_ready', 'kube_pod_status_reason', 'kube_pod_container_info',
      'kube_pod_container_status_restarts_total', 'kube_pod_container_status_waiting_reason', 'kube_pod_container_status_terminated_reason',
      'kube_pod_container_status_last_terminated_reason', 'kube_pod_container_status_ready', 'kube_pod_container_status_running',
      'kube_pod_container_resource_requests', 'kube_pod_container_resource_limits', 'kube_pod_created', 'kube_pod_start_time',
      'kube_deployment_spec_replicas', 'kube_deployment_status_replicas', 'kube_deployment_status_replicas_available',
      'kube_deployment_status_replicas_unavailable', 'kube_statefulset_status_replicas_ready', 'kube_daemonset_status_number_ready',
      'kube_daemonset_status_desired_number_scheduled', 'kube_job_status_succeeded', 'kube_job_status_failed', 'kube_job_status_active',
      'kube_node_info', 'kube_node_status_condition', 'kube_node_status_capacity', 'kube_node_status_allocatable', 'kube_node_spec_taint',
      'kube_namespace_status_phase', 'kube_replicaset_owner',
    ]) expect(f.get(name)?.samples.length, name).toBeGreaterThan(0);
    const pods = cluster.podsAt(now);
    const phases = f.get('kube_pod_status_phase')!.samples;
    for (const p of pods) expect(phases.filter((s) => s.labels.pod === p.name && s.value === 1)).toHaveLength(1);
    expect(phases.find((s) => s.labels.pod.startsWith('report-builder') && s.value === 1)!.labels.phase).toBe('Pending');
    const info = f.get('kube_pod_info')!.samples.find((s) => s.labels.pod.startsWith('cart-'))!;
    expect(Object.keys(info.labels).sort()).toEqual(['created_by_kind', 'created_by_name', 'host_ip', 'host_network', 'namespace', 'node', 'pod', 'pod_ip', 'priority_class', 'uid']);
    expect(info.labels.created_by_kind).toBe('ReplicaSet');
    const req = f.get('kube_pod_container_resource_requests')!.samples.find((s) => s.labels.container === 'cart' && s.labels.resource === 'cpu')!;
    expect(req).toMatchObject({ value: 0.2, labels: { unit: 'core' } });
    const waiting = f.get('kube_pod_container_status_waiting_reason')!.samples.map((s) => s.labels.reason);
    expect(waiting).toContain('CrashLoopBackOff');
    const ready = f.get('kube_node_status_condition')!.samples.find((s) => s.labels.condition === 'Ready' && s.labels.status === 'true')!;
    expect(ready.value).toBe(1);
  });

  it('serves node-exporter counters consistent with the pods on the node', async () => {
    const n1 = await scrape('node-exporter', 'demo-worker2');
    const c1 = await scrape('kubelet', 'demo-worker2');
    now += 60_000;
    const n2 = await scrape('node-exporter', 'demo-worker2');
    const c2 = await scrape('kubelet', 'demo-worker2');
    const busy = (f: Map<string, ParsedFamily>) => f.get('node_cpu_seconds_total')!.samples.filter((s) => s.labels.mode !== 'idle').reduce((a, s) => a + s.value, 0);
    const root = (f: Map<string, ParsedFamily>) => f.get('container_cpu_usage_seconds_total')!.samples.find((s) => s.labels.id === '/')!.value;
    const containers = (f: Map<string, ParsedFamily>) => f.get('container_cpu_usage_seconds_total')!.samples.filter((s) => s.labels.container !== '').reduce((a, s) => a + s.value, 0);
    const nodeRate = (busy(n2) - busy(n1)) / 60;
    expect(nodeRate).toBeCloseTo((root(c2) - root(c1)) / 60, 1);
    expect(nodeRate).toBeGreaterThan((containers(c2) - containers(c1)) / 60);
    expect(n2.get('node_cpu_seconds_total')!.samples).toHaveLength(8 * 8);
    for (const name of ['node_memory_MemTotal_bytes', 'node_memory_MemAvailable_bytes', 'node_filesystem_size_bytes', 'node_filesystem_avail_bytes', 'node_network_receive_bytes_total', 'node_network_transmit_bytes_total', 'node_load1', 'node_load5', 'node_load15', 'node_disk_read_bytes_total', 'node_disk_written_bytes_total', 'node_boot_time_seconds', 'node_uname_info'])
      expect(n2.get(name)?.samples.length, name).toBeGreaterThan(0);
    const avail = n2.get('node_memory_MemAvailable_bytes')!.samples[0].value;
    expect(avail).toBeGreaterThan(0);
    expect(avail).toBeLessThan(n2.get('node_memory_MemTotal_bytes')!.samples[0].value);
  });

  it('serves request counters whose error ratio climbs in a spike, and a cumulative histogram', async () => {
    const errorRate = async (minutes: number) => {
      const a = await scrape('kubernetes-pods', 'cart-');
      now += minutes * 60_000;
      const b = await scrape('kubernetes-pods', 'cart-');
      let all = 0;
      let errors = 0;
      for (const [k, v] of values(b, 'http_requests_total')) {
        const d = v - (values(a, 'http_requests_total').get(k) ?? 0);
        all += d;
        if (/status="5/.test(k)) errors += d;
      }
      return errors / all;
    };
    while (inSpike(now)) now += 60_000;
    const calm = await errorRate(2);
    while (!inSpike(now)) now += 30_000;
    const spike = await errorRate(2);
    expect(calm).toBeLessThan(0.05);
    expect(spike).toBeGreaterThan(0.2);

    const f = await scrape('kubernetes-pods', 'checkout-');
    const h = f.get('http_request_duration_seconds')!;
    expect(h.type).toBe('histogram');
    const buckets = h.samples.filter((s) => s.name.endsWith('_bucket'));
    expect(buckets.map((s) => s.labels.le)).toEqual(['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '+Inf']);
    for (let i = 1; i < buckets.length; i++) expect(buckets[i].value).toBeGreaterThanOrEqual(buckets[i - 1].value);
    const count = h.samples.find((s) => s.name.endsWith('_count'))!.value;
    expect(buckets.at(-1)!.value).toBe(count);
    expect(h.samples.find((s) => s.name.endsWith('_sum'))!.value).toBeGreaterThan(0);
  });

  it('answers 404 for unknown paths', async () => {
    const base = new URL(ex.targets[0].url).origin;
    expect((await fetch(`${base}/pods/shop/nope/metrics`)).status).toBe(404);
  });
});
