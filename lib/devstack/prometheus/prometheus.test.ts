import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoCluster } from '../cluster/cluster';
import { startMetricsExporters, type MetricsExporters } from '../metrics/exporters';
import { findPrometheus, hasPrometheus as hasPrometheusBinary, INSTALL_HINT } from './binary';
import { prometheusConfig } from './config';
import { spawnGuarded } from './process';
import { startPrometheus, type RunningPrometheus } from './start';

const hasPrometheus = hasPrometheusBinary();

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('findPrometheus', () => {
  it('says what to install when the binary is missing', () => {
    expect(() => findPrometheus({ PROMETHEUS_BIN: '/nonexistent/prometheus' })).toThrow(/apt-get install prometheus.*PROMETHEUS_URL/);
    expect(INSTALL_HINT).toContain('PROMETHEUS_BIN');
  });
});

describe('prometheusConfig', () => {
  it('groups targets by job and carries the path and target labels', () => {
    const yml = prometheusConfig(
      [
        { job: 'kubelet', url: 'http://127.0.0.1:9/kubelet/n1/metrics/cadvisor', labels: { instance: '10.0.0.1:10250', node: 'n1' } },
        { job: 'kubernetes-pods', url: 'http://127.0.0.1:9/pods/shop/a/metrics', labels: { namespace: 'shop', pod: 'a' } },
      ],
      5,
      '127.0.0.1:9090',
    );
    expect(yml).toContain('job_name: "prometheus"');
    expect(yml).toContain('job_name: "kubelet"\n    honor_labels: true');
    expect(yml).toContain('job_name: "kubernetes-pods"\n    honor_labels: false');
    expect(yml).toContain('__metrics_path__: "/kubelet/n1/metrics/cadvisor"');
    expect(yml).toContain('scrape_timeout: "5s"');
  });
});

describe('spawnGuarded', () => {
  it('stops the child when the pipe from its parent closes, as when the parent dies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-guard-test-'));
    const g = spawnGuarded('sleep', ['60'], { removeOnExit: dir });
    await new Promise((r) => setTimeout(r, 200));
    const pid = Number(execFileSync('pgrep', ['-P', String(g.child.pid), '-x', 'sleep']).toString().trim());
    expect(alive(pid)).toBe(true);
    g.child.stdin!.destroy();
    await g.exited;
    await new Promise((r) => setTimeout(r, 300));
    expect(alive(pid)).toBe(false);
    expect(existsSync(dir)).toBe(false);
  });

  it('keeps the directory when stopped on purpose', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-guard-test-'));
    const g = spawnGuarded('sleep', ['60'], { removeOnExit: dir });
    await g.stop();
    await new Promise((r) => setTimeout(r, 200));
    expect(existsSync(dir)).toBe(true);
    rmSync(dir, { recursive: true });
  });
});

describe.skipIf(!hasPrometheus)('startPrometheus with the demo exporters (real Prometheus)', () => {
  const cluster = new DemoCluster();
  let ex: MetricsExporters;
  let prom: RunningPrometheus;

  const query = async (q: string, time?: number) => {
    const res = await fetch(`${prom.url}/api/v1/query?query=${encodeURIComponent(q)}${time ? `&time=${time}` : ''}`);
    const body = (await res.json()) as { status: string; error?: string; data: { result: { metric: Record<string, string>; value: [number, string] }[] } };
    if (body.status !== 'success') throw new Error(`${q}: ${body.error}`);
    return body.data.result;
  };

  beforeAll(async () => {
    ex = await startMetricsExporters({ cluster });
    prom = await startPrometheus({ targets: ex.targets, cluster, backfillHours: 1, scrapeIntervalSeconds: 2, log: (m) => console.log(m) });
    // wait until every target has been scraped once, and twice for rate()
    const t0 = Date.now();
    const deadline = t0 + 30_000;
    while (Date.now() < deadline) {
      const up = await query('count_over_time(up[10s]) >= 2');
      if (up.length === ex.targets.length + 1) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    console.log(`all targets scraped twice after ${Date.now() - t0} ms`);
  });
  afterAll(async () => {
    await prom?.close();
    await ex?.close();
  });

  it('reports its version', () => {
    expect(prom.version).toMatch(/^2\./);
    expect(new URL(prom.url).hostname).toBe('127.0.0.1');
  });

  it('scrapes every target and finds them up', async () => {
    const up = await query('up');
    expect(up).toHaveLength(ex.targets.length + 1); // and Prometheus itself
    for (const s of up) expect(s.value[1]).toBe('1');
    expect(up.map((s) => s.metric.job)).toContain('prometheus');
    const res = (await (await fetch(`${prom.url}/api/v1/targets`)).json()) as { data: { activeTargets: { scrapeUrl: string; health: string; labels: Record<string, string> }[] } };
    const active = res.data.activeTargets;
    expect(active.map((t) => t.scrapeUrl).sort()).toEqual([...ex.targets.map((t) => t.url), `${prom.url}/metrics`].sort());
    expect(active.every((t) => t.health === 'up')).toBe(true);
    expect(active.find((t) => t.labels.job === 'kubelet' && t.labels.node === 'demo-control-plane')!.labels).toMatchObject({ metrics_path: '/metrics/cadvisor', instance: '172.18.0.2:10250' });
  });

  it('answers the queries the console runs', async () => {
    const info = await query('kube_pod_info');
    // back-filled series of pods deleted in the last minutes linger for the look-back window (no staleness markers)
    expect(info.map((s) => s.metric.pod)).toEqual(expect.arrayContaining(cluster.podsAt().map((p) => p.name)));
    expect(info[0].metric).toMatchObject({ job: 'kube-state-metrics' });
    expect(info[0].metric.instance).toMatch(/^10\.244\.\d+\.\d+:8080$/);

    const cpu = await query('container_cpu_usage_seconds_total{namespace="shop"}');
    expect(cpu.length).toBeGreaterThan(10);
    const labelled = cpu.find((s) => s.metric.container === 'cart')!;
    expect(Object.keys(labelled.metric).sort()).toEqual(['__name__', 'container', 'cpu', 'id', 'image', 'instance', 'job', 'metrics_path', 'name', 'namespace', 'node', 'pod']);

    const rps = await query('sum(rate(http_requests_total[1m]))');
    expect(Number(rps[0].value[1])).toBeGreaterThan(20);
    const byApp = await query('sum by (app, namespace) (rate(http_requests_total[1m]))');
    expect(byApp.map((s) => s.metric.app).sort()).toEqual(['cart', 'catalog', 'checkout', 'fraud-scorer', 'frontend', 'payment-api']);
  });

  it('has back-filled history an hour back', async () => {
    expect(prom.backfill?.samples).toBeGreaterThan(100_000);
    const end = Date.now() / 1000;
    const res = await fetch(
      `${prom.url}/api/v1/query_range?query=${encodeURIComponent('sum(rate(container_cpu_usage_seconds_total{container!=""}[2m]))')}&start=${end - 3540}&end=${end - 3000}&step=60`,
    );
    const body = (await res.json()) as { data: { result: { values: [number, string][] }[] } };
    const values = body.data.result[0].values;
    expect(values.length).toBeGreaterThanOrEqual(9);
    for (const [, v] of values) expect(Number(v)).toBeGreaterThan(0.5);
    const past = await query('count(kube_pod_info)', end - 3300);
    expect(Number(past[0].value[1])).toBeGreaterThan(25);
  });
});
