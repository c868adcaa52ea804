import { describe, expect, it } from 'vitest';
import { DemoCluster } from '../cluster/cluster';
import { podStateAt } from '../cluster/pods';
import { containerLogs } from './generator';
import { nodeLogs } from './node-logs';
import { clusterStreams } from './streams';

const NOW = 1795304945000;
const cluster = new DemoCluster(() => NOW, NOW - 2 * 3600_000);
const pods = cluster.allPods(NOW);
const pod = (app: string, i = 0) => pods.filter((p) => p.app === app && p.deletedMs === undefined)[i];

describe('containerLogs', () => {
  it('is deterministic and a sub-range is exactly the subset of a wider range', () => {
    const p = pod('cart');
    const wide = containerLogs(p, 'cart', NOW - 120_000, NOW);
    expect(wide.length).toBeGreaterThan(100);
    expect(containerLogs(p, 'cart', NOW - 120_000, NOW)).toEqual(wide);
    for (const [from, to] of [[NOW - 90_500, NOW - 30_250], [NOW - 61_001, NOW - 61_000], [NOW - 119_999, NOW - 1]]) {
      const sub = containerLogs(p, 'cart', from, to);
      const expected = wide.filter((e) => {
        const ms = Number(BigInt(e.tsNs) / 1_000_000n);
        return ms >= from && ms < to;
      });
      expect(sub).toEqual(expected);
    }
  });

  it('writes lines in time order, with 19-digit nanosecond timestamps', () => {
    const lines = containerLogs(pod('frontend'), 'nginx', NOW - 60_000, NOW);
    for (let i = 1; i < lines.length; i++) expect(lines[i - 1].tsNs <= lines[i].tsNs).toBe(true);
    expect(lines.every((e) => /^\d{19}$/.test(e.tsNs))).toBe(true);
  });

  it('writes nothing for pending pods and only while crash-looping containers run', () => {
    expect(containerLogs(pod('report-builder'), 'builder', NOW - 3600_000, NOW)).toEqual([]);
    const worker = pod('payment-worker');
    const lines = containerLogs(worker, 'worker', NOW - 3600_000, NOW);
    expect(lines.length).toBeGreaterThan(0);
    for (const e of lines) {
      const ms = Number(BigInt(e.tsNs) / 1_000_000n);
      expect(podStateAt(worker, ms).containers[0].startedMs).not.toBeNull();
    }
  });

  it('writes a multi-line panic to stderr, one entry per line 1 ns apart', () => {
    const lines = containerLogs(pod('payment-worker'), 'worker', NOW - 3600_000, NOW);
    const i = lines.findIndex((e) => e.line.startsWith('panic: runtime error'));
    expect(i).toBeGreaterThanOrEqual(0);
    const trace = lines.slice(i, i + 12);
    expect(trace.every((e) => e.stream === 'stderr')).toBe(true);
    for (let k = 1; k < trace.length; k++) expect(BigInt(trace[k].tsNs) - BigInt(trace[k - 1].tsNs)).toBe(1n);
    expect(trace.some((e) => e.line.startsWith('goroutine 42 [running]:'))).toBe(true);
  });

  it('logs an OutOfMemoryError with ANSI colours before the OOM kill', () => {
    const lines = containerLogs(pod('fraud-scorer'), 'scorer', NOW - 3 * 3600_000, NOW);
    expect(lines.some((e) => e.line === 'java.lang.OutOfMemoryError: Java heap space')).toBe(true);
    expect(lines.some((e) => e.line.includes('\u001b[32mINFO\u001b[0m'))).toBe(true);
  });

  it('shares a reqID along a checkout call chain', () => {
    const range = [NOW - 60_000, NOW] as const;
    const ids = (app: string, container: string) =>
      new Set(pods.filter((p) => p.app === app).flatMap((p) => containerLogs(p, container, ...range)).flatMap((e) => /reqID[=":]+([0-9a-f-]{36})/.exec(e.line)?.[1] ?? []));
    const checkout = ids('checkout', 'checkout');
    const frontend = ids('frontend', 'nginx');
    const payments = ids('payment-api', 'payment-api');
    const shared = [...checkout].filter((id) => frontend.has(id) && payments.has(id));
    expect(shared.length).toBeGreaterThan(10);
  });

  it('mixes markup, CJK, emoji and large payloads into the catalog logs', () => {
    const lines = pods.filter((p) => p.app === 'catalog').flatMap((p) => containerLogs(p, 'catalog', NOW - 3600_000, NOW)).map((e) => e.line);
    expect(lines.some((l) => JSON.parse(l).query === '<script>alert(1)</script>')).toBe(true);
    expect(lines.some((l) => l.includes('<img src=x onerror=alert(1)>'))).toBe(true);
    expect(lines.some((l) => l.includes('抹茶ラテ') || l.includes('김치찌개'))).toBe(true);
    expect(lines.some((l) => l.includes('🍵'))).toBe(true);
    expect(lines.some((l) => l.length > 9_000)).toBe(true);
  });
});

describe('streams', () => {
  it('labels pod streams like the fixture and node journals by unit', () => {
    const streams = clusterStreams(cluster, NOW);
    const cart = streams.find((s) => s.labels.app === 'cart')!;
    expect(Object.keys(cart.labels).sort()).toEqual(['app', 'container', 'job', 'namespace', 'node', 'pod', 'stream']);
    expect(cart.labels.job).toBe('shop/cart');
    const kubelet = streams.find((s) => s.labels.unit === 'kubelet.service' && s.labels.node === 'demo-worker')!;
    expect(kubelet.labels).toEqual({ job: 'systemd-journal', node: 'demo-worker', unit: 'kubelet.service' });
    expect(nodeLogs(cluster.nodes()[0], 'kubelet.service', pods, NOW - 600_000, NOW).length).toBeGreaterThan(0);
  });
});
