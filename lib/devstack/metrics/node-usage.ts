/** What a whole node uses: the sum of its pods plus the system's own share, for node-exporter and the root cgroup. */
import type { NodeSpec } from '../cluster/topology';
import { noise } from '../cluster/random';
import { containerMemory, containerRates, isHostNetwork, networkRates, runningAt, type MetricsModel } from './model';

export interface NodeUsage {
  bootMs: number;
  /** CPU seconds spent busy (not idle) since boot, over all cores. */
  cpuSeconds: number;
  /** Cores busy right now. */
  busyCores: number;
  memoryBytes: number;
  rxBytes: number;
  txBytes: number;
  readBytes: number;
  writtenBytes: number;
}

/** Nodes booted a little before the cluster was created (three days before the demo started). */
export function bootTimeMs(model: MetricsModel, node: NodeSpec): number {
  return model.cluster.startMs - 3 * 24 * 3600_000 - 15 * 60_000 - (node.ip.charCodeAt(node.ip.length - 1) % 7) * 60_000;
}

function systemCores(node: NodeSpec, tMs: number): number {
  return (node.role === 'control-plane' ? 0.22 : 0.12) * (1 + 0.2 * noise(`${node.name}/sys`, Math.floor(tMs / 15_000)));
}

/** [busy cores, rx B/s, tx B/s, read B/s, written B/s] of a node at t. */
function nodeRates(model: MetricsModel, node: NodeSpec) {
  return (tMs: number) => {
    const out = [systemCores(node, tMs), 2_000, 1_500, 3_000, 45_000];
    for (const pod of model.nodePods(node, tMs)) {
      for (const c of pod.containers) {
        if (!runningAt(pod, c.name, tMs)) continue;
        const [cpu, r, w] = containerRates(pod, c)(tMs);
        out[0] += cpu;
        out[3] += r;
        out[4] += w;
      }
      if (!isHostNetwork(pod)) {
        const [rx, tx] = networkRates(pod)(tMs);
        out[1] += rx;
        out[2] += tx;
      }
    }
    out[0] = Math.min(out[0], node.cpuCores);
    return out;
  };
}

export function nodeUsage(model: MetricsModel, node: NodeSpec, tMs: number): NodeUsage {
  const bootMs = bootTimeMs(model, node);
  const rates = nodeRates(model, node);
  const [cpuSeconds, rxBytes, txBytes, readBytes, writtenBytes] = model.integral(`node/${node.name}`, rates, 5, bootMs, Infinity).valueAt(tMs);
  let memory = (node.role === 'control-plane' ? 780 : 520) * 1024 * 1024;
  for (const pod of model.nodePods(node, tMs)) {
    for (const c of pod.containers) {
      const run = runningAt(pod, c.name, tMs);
      if (run) memory += containerMemory(pod, c, run, tMs) + 450_000;
    }
  }
  return { bootMs, cpuSeconds, busyCores: rates(tMs)[0], memoryBytes: memory, rxBytes, txBytes, readBytes, writtenBytes };
}
