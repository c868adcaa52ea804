/**
 * What Prometheus scrapes in the demo: one source per target, with the job, path and target labels a real
 * cluster's service discovery would give it (instance = node or pod IP and the real port).
 */
import type { DemoPod } from '../cluster/pods';
import { collectApp, servesHttp } from './app';
import { collectCadvisor } from './cadvisor';
import type { FamilySet, Labels } from './exposition';
import { collectKubeState } from './kube-state';
import type { MetricsModel } from './model';
import { collectNodeExporter } from './node-exporter';

export const JOBS = {
  kubelet: 'kubelet',
  kubeState: 'kube-state-metrics',
  nodeExporter: 'node-exporter',
  pods: 'kubernetes-pods',
} as const;

/** Jobs whose exporters set `namespace`/`pod` themselves: their labels win over the target's. */
export const HONOR_LABELS_JOBS: ReadonlySet<string> = new Set([JOBS.kubelet, JOBS.kubeState]);

export interface ScrapeSource {
  job: string;
  /** Path on the exporters' server. */
  path: string;
  /** Target labels (besides `job`), as relabelling would leave them. */
  labels: Labels;
  collect(tMs: number): FamilySet | null;
}

function podPath(pod: DemoPod): string {
  return `/pods/${encodeURIComponent(pod.namespace)}/${encodeURIComponent(pod.name)}/metrics`;
}

/** Every target that exists at t (pods come and go; nodes and kube-state-metrics stay). */
export function scrapeSources(model: MetricsModel, tMs: number): ScrapeSource[] {
  const out: ScrapeSource[] = [];
  const pods = model.cluster.podsAt(tMs);
  for (const node of model.cluster.nodes()) {
    out.push({
      job: JOBS.kubelet,
      path: `/kubelet/${node.name}/metrics/cadvisor`,
      labels: { instance: `${node.ip}:10250`, node: node.name, metrics_path: '/metrics/cadvisor' },
      collect: (t) => collectCadvisor(model, node, t),
    });
  }
  const ksm = pods.find((p) => p.app === 'kube-state-metrics');
  out.push({
    job: JOBS.kubeState,
    path: '/kube-state-metrics/metrics',
    labels: { instance: `${ksm?.podIP ?? '127.0.0.1'}:8080` },
    collect: (t) => collectKubeState(model, t),
  });
  for (const node of model.cluster.nodes()) {
    out.push({
      job: JOBS.nodeExporter,
      path: `/node-exporter/${node.name}/metrics`,
      labels: { instance: `${node.ip}:9100`, node: node.name },
      collect: (t) => collectNodeExporter(model, node, t),
    });
  }
  for (const pod of pods.filter(servesHttp)) {
    out.push({
      job: JOBS.pods,
      path: podPath(pod),
      labels: { instance: `${pod.podIP}:${pod.containers[0].port ?? 8080}`, namespace: pod.namespace, pod: pod.name, app: pod.app, node: pod.node?.name ?? '' },
      collect: (t) => collectApp(model, pod, t),
    });
  }
  return out;
}

/** The source serving a path at t, or null (a deleted pod's target answers 404 and goes down). */
export function sourceForPath(model: MetricsModel, path: string, tMs: number): ScrapeSource | null {
  return scrapeSources(model, tMs).find((s) => s.path === path) ?? null;
}
