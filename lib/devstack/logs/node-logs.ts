/**
 * Node-level logs: the kubelet and containerd units of each node's systemd journal, as promtail's
 * journal scrape labels them. The kubelet reports the node's crash loops and OOM kills.
 */
import type { DemoPod } from '../cluster/pods';
import { terminationsBetween } from '../cluster/pods';
import type { NodeSpec } from '../cluster/topology';
import { seededRandom, someNanos } from './bucket';
import { klogLine } from './formats/klog';
import type { TimedEntry } from './generator';
import { rfc3339Nano, tsNs } from './time-format';

export type NodeUnit = 'kubelet.service' | 'containerd.service';
export const NODE_UNITS: NodeUnit[] = ['kubelet.service', 'containerd.service'];

type Line = { nanos: number; line: string };

function kubelet(sec: number, rnd: () => number, node: NodeSpec, pods: DemoPod[]): Line[] {
  const out: Line[] = [];
  const at = (nanos: number, sev: 'I' | 'W' | 'E', src: string, msg: string) => out.push({ nanos, line: klogLine(sev, sec, nanos, src, msg, 741) });
  for (const p of pods) {
    for (const t of terminationsBetween(p, sec * 1000, sec * 1000 + 999)) {
      const nanos = Math.floor((t.atMs - sec * 1000) * 1e6) + 2_000_000;
      const c = p.containers[0].name;
      if (t.reason === 'OOMKilled') at(nanos, 'I', 'kubelet.go:2431', `"SyncLoop (PLEG): event for pod" pod="${p.namespace}/${p.name}" event={"ID":"${p.uid}","Type":"ContainerDied"} reason="OOMKilled"`);
      else at(nanos, 'E', 'pod_workers.go:1301', `"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"${c}\\" with CrashLoopBackOff: \\"back-off 5m0s restarting failed container=${c} pod=${p.name}_${p.namespace}(${p.uid})\\"" pod="${p.namespace}/${p.name}" podUID="${p.uid}"`);
    }
  }
  if (sec % 10 === 0 && rnd() < 0.5) at(someNanos(rnd), 'I', 'kubelet_getters.go:218', `"Pod status is inconsistent with cached status for pod, a reconciliation should be triggered" pod="kube-system/kube-proxy"`);
  if (sec % 60 === 5) at(someNanos(rnd), 'I', 'container_gc.go:88', `"Attempting to delete unused containers"`);
  if (sec % 300 === 30 && node.role === 'worker') at(someNanos(rnd), 'W', 'eviction_manager.go:292', `"Eviction manager: memory pressure threshold approaching" node="${node.name}" available="1.8Gi"`);
  return out;
}

function containerd(sec: number, rnd: () => number, _node: NodeSpec, pods: DemoPod[]): Line[] {
  const out: Line[] = [];
  const at = (nanos: number, level: string, msg: string, extra = '') =>
    out.push({ nanos, line: `time="${rfc3339Nano(sec, nanos)}" level=${level} msg="${msg}"${extra}` });
  for (const p of pods) {
    for (const t of terminationsBetween(p, sec * 1000, sec * 1000 + 999)) {
      const nanos = Math.floor((t.atMs - sec * 1000) * 1e6);
      at(nanos, 'info', 'shim disconnected', ` id=${p.uid.replace(/-/g, '').slice(0, 12)} namespace=k8s.io`);
    }
  }
  if (sec % 30 === 7 && rnd() < 0.4) at(someNanos(rnd), 'info', `ImageStatus for \\"registry.k8s.io/pause:3.10\\" returns image id \\"sha256:873ed75102791e5b0b8a7fcd41606c92fcec98d56d05ead4ac5131650004c136\\"`);
  return out;
}

/**
 * Journal lines of a node's unit in [fromMs, toMs), oldest first. `pods` are the pods placed on the
 * node (the kubelet logs their restarts); deterministic like the container logs.
 */
export function nodeLogs(node: NodeSpec, unit: NodeUnit, pods: DemoPod[], fromMs: number, toMs: number): TimedEntry[] {
  const onNode = pods.filter((p) => p.node?.name === node.name);
  const out: TimedEntry[] = [];
  for (let sec = Math.floor(fromMs / 1000); sec * 1000 < toMs; sec++) {
    const rnd = seededRandom(`${node.name}/${unit}`, sec);
    const lines = unit === 'kubelet.service' ? kubelet(sec, rnd, node, onNode) : containerd(sec, rnd, node, onNode);
    lines.sort((a, b) => a.nanos - b.nanos);
    for (const l of lines) {
      const ms = sec * 1000 + Math.floor(l.nanos / 1e6);
      if (ms >= fromMs && ms < toMs) out.push({ tsNs: tsNs(sec, l.nanos), line: l.line, stream: 'stdout', ms });
    }
  }
  return out;
}

