/**
 * The log streams of the demo cluster as a log shipper labels them: one per pod container and
 * output stream, and one per node journal unit. The Loki-compatible server reads from these.
 */
import type { DemoPod } from '../cluster/pods';
import type { ContainerSpec, LogFormat, NodeSpec } from '../cluster/topology';
import { type TimedEntry, timedContainerLogs } from './generator';
import { NODE_UNITS, nodeLogs } from './node-logs';

export interface LogStream {
  /** Labels exactly as Loki stores them. */
  labels: Record<string, string>;
  /** When the stream can have lines: [fromMs, toMs). */
  fromMs: number;
  toMs: number;
  /** Its lines in [fromMs, toMs), oldest first. */
  read(fromMs: number, toMs: number): TimedEntry[];
}

/** Which outputs a format writes to; a stream that never gets a line does not exist in Loki. */
function outputs(format: LogFormat, container: string): ('stdout' | 'stderr')[] {
  switch (format) {
    case 'json':
    case 'redis':
      return ['stdout'];
    case 'exporter':
      return ['stderr'];
    case 'logfmt':
      return container === 'email-sender' ? ['stdout', 'stderr'] : ['stdout'];
    default:
      return ['stdout', 'stderr'];
  }
}

/** Labels of a pod container's stream: app, container, job, namespace, node, pod, stream. */
export function podStreamLabels(pod: DemoPod, container: string, stream: 'stdout' | 'stderr'): Record<string, string> {
  return {
    app: pod.app,
    container,
    job: `${pod.namespace}/${pod.app}`,
    namespace: pod.namespace,
    node: pod.node?.name ?? '',
    pod: pod.name,
    stream,
  };
}

function podStreams(pod: DemoPod): LogStream[] {
  if (pod.behaviour.kind === 'pending' || !pod.node) return [];
  const out: LogStream[] = [];
  const containers: [ContainerSpec, boolean][] = [...pod.initContainers.map((c): [ContainerSpec, boolean] => [c, true]), ...pod.containers.map((c): [ContainerSpec, boolean] => [c, false])];
  for (const [c, init] of containers) {
    for (const s of outputs(c.logFormat, c.name)) {
      out.push({
        labels: podStreamLabels(pod, c.name, s),
        fromMs: pod.createdMs + (init ? 500 : 4_000),
        toMs: init ? pod.createdMs + 3_600 : (pod.deletedMs ?? Infinity),
        read: (from, to) => timedContainerLogs(pod, c.name, from, to).filter((e) => e.stream === s),
      });
    }
  }
  return out;
}

/** Labels of a node journal stream: job="systemd-journal", node, unit. */
export function nodeStreams(nodes: NodeSpec[], pods: DemoPod[], sinceMs: number): LogStream[] {
  return nodes.flatMap((node) =>
    NODE_UNITS.map((unit) => ({
      labels: { job: 'systemd-journal', node: node.name, unit },
      fromMs: sinceMs,
      toMs: Infinity,
      read: (from: number, to: number) => nodeLogs(node, unit, pods, from, to),
    })),
  );
}

/** Every stream of the cluster's pods (deleted ones too) and nodes, as of time t. */
export function clusterStreams(cluster: { allPods(tMs?: number): DemoPod[]; nodes(): NodeSpec[]; startMs: number }, tMs: number): LogStream[] {
  const pods = cluster.allPods(tMs);
  return [...pods.flatMap(podStreams), ...nodeStreams(cluster.nodes(), pods, cluster.startMs - 3 * 24 * 3600_000)];
}
