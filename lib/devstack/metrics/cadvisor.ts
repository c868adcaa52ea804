/** cAdvisor as the kubelet serves it on /metrics/cadvisor: one target per node, that node's containers only. */
import type { NodeSpec } from '../cluster/topology';
import { FamilySet, type Labels } from './exposition';
import { containerMemory, isHostNetwork, podCgroup, runningAt, type MetricsModel } from './model';
import { nodeUsage } from './node-usage';

const H = {
  cpu: 'Cumulative cpu time consumed in seconds.',
  ws: 'Current working set in bytes.',
  rss: 'Size of RSS in bytes.',
  usage: 'Current memory usage in bytes, including all memory regardless of when it was accessed',
  rx: 'Cumulative count of bytes received',
  tx: 'Cumulative count of bytes transmitted',
  reads: 'Cumulative count of bytes read',
  writes: 'Cumulative count of bytes written',
  fsUsage: 'Number of bytes that are consumed by the container on this filesystem.',
  memLimit: 'Memory limit for the container.',
  cpuQuota: 'CPU quota of the container.',
  cpuPeriod: 'CPU period of the container.',
  oom: 'Count of out of memory events observed for the container',
};

const DEVICE = '/dev/vda1';

export function collectCadvisor(model: MetricsModel, node: NodeSpec, tMs: number): FamilySet {
  const set = new FamilySet();
  const cpu = (l: Labels, v: number) => set.add('container_cpu_usage_seconds_total', 'counter', H.cpu, { ...l, cpu: 'total' }, v);
  const memory = (l: Labels, ws: number) => {
    set.add('container_memory_working_set_bytes', 'gauge', H.ws, l, ws);
    set.add('container_memory_rss', 'gauge', H.rss, l, Math.round(ws * 0.86));
    set.add('container_memory_usage_bytes', 'gauge', H.usage, l, Math.round(ws * 1.18));
  };

  // the root cgroup: the whole node, as node-exporter sees it
  const root = nodeUsage(model, node, tMs);
  const rootLabels = { container: '', id: '/', image: '', name: '', namespace: '', pod: '' };
  cpu(rootLabels, root.cpuSeconds);
  memory(rootLabels, root.memoryBytes);

  for (const pod of model.nodePods(node, tMs)) {
    const podCg = podCgroup(pod);
    let podCpu = 0;
    let podWs = 0;
    let anyRunning = false;
    for (const c of pod.containers) {
      podCpu += model.containerTotals(pod, c, tMs)[0];
      const run = runningAt(pod, c.name, tMs);
      if (!run) continue;
      anyRunning = true;
      const l: Labels = { container: c.name, id: `${podCg}/${run.containerId}`, image: c.image, name: run.containerId, namespace: pod.namespace, pod: pod.name };
      const [cpuSeconds, reads, writes] = model.runCounters(pod, c, run, tMs);
      const ws = containerMemory(pod, c, run, tMs);
      podWs += ws;
      cpu(l, cpuSeconds);
      memory(l, ws);
      const fs = { ...l, device: DEVICE };
      set.add('container_fs_reads_bytes_total', 'counter', H.reads, fs, Math.round(reads));
      set.add('container_fs_writes_bytes_total', 'counter', H.writes, fs, Math.round(writes));
      set.add('container_fs_usage_bytes', 'gauge', H.fsUsage, fs, 24_576 + Math.round(writes / 50) % 40_000_000);
      set.add('container_spec_memory_limit_bytes', 'gauge', H.memLimit, l, c.memoryLimitBytes ?? 0);
      if (c.cpuLimitMillis) {
        set.add('container_spec_cpu_period', 'gauge', H.cpuPeriod, l, 100_000);
        set.add('container_spec_cpu_quota', 'gauge', H.cpuQuota, l, c.cpuLimitMillis * 100);
      }
      set.add('container_oom_events_total', 'counter', H.oom, l, 0);
    }
    // the pod's cgroup outlives container restarts (its sandbox keeps running), so its counters do too
    if (!anyRunning && pod.behaviour.kind !== 'crashloop') continue;
    const l: Labels = { container: '', id: podCg, image: '', name: '', namespace: pod.namespace, pod: pod.name };
    cpu(l, podCpu);
    memory(l, podWs + 450_000);
    const ooms = pod.behaviour.kind === 'oom' ? (runningAt(pod, pod.containers[0].name, tMs)?.restart ?? 0) : 0;
    set.add('container_oom_events_total', 'counter', H.oom, l, ooms);
    if (!isHostNetwork(pod)) {
      const [rx, tx] = model.networkCounters(pod, tMs);
      const net = { ...l, interface: 'eth0' };
      set.add('container_network_receive_bytes_total', 'counter', H.rx, net, Math.round(rx));
      set.add('container_network_transmit_bytes_total', 'counter', H.tx, net, Math.round(tx));
    }
  }
  model.integrals.sweep(tMs);
  return set;
}
