/**
 * Extra pods for benchmarks: `count` pods of synthetic Deployments in the `load` namespace, with a realistic mix of
 * states (mostly running, some crash-looping, OOM-killed, pending or completed). They exist in the Kubernetes API only:
 * no metrics, no logs, so scaling the API does not scale Prometheus' work. Off unless asked for.
 */
import type { DemoPod } from './pods';
import { kubeSuffix, stableUid } from './random';
import { NODES, type Behaviour, type WorkloadSpec } from './topology';

export const LOAD_NAMESPACE = 'load';
const PER_DEPLOYMENT = 50;

function behaviourOf(i: number): Behaviour {
  if (i % 97 === 0) return { kind: 'crashloop', periodSeconds: 300, exitCode: 1, message: 'exit 1' };
  if (i % 89 === 0) return { kind: 'oom', periodSeconds: 900, memoryLimitBytes: 256 * 1024 * 1024 };
  if (i % 83 === 0) return { kind: 'pending', reason: '0/3 nodes are available: 3 Insufficient cpu.' };
  return { kind: 'healthy' };
}

export function buildExtraPods(count: number, startMs: number): DemoPod[] {
  const pods: DemoPod[] = [];
  for (let i = 0; i < count; i++) {
    const d = Math.floor(i / PER_DEPLOYMENT);
    const name = `svc-${String(d).padStart(3, '0')}`;
    const workload: WorkloadSpec = {
      kind: 'Deployment',
      namespace: LOAD_NAMESPACE,
      name,
      replicas: PER_DEPLOYMENT,
      containers: [{ name: 'app', image: `ghcr.io/lantern-demo/${name}:1.0.0`, logFormat: 'json', cpuRequestMillis: 100, memoryRequestBytes: 128 * 1024 * 1024, cpuCores: 0.05, memoryBytes: 90 * 1024 * 1024 }],
      requestsPerSecond: 0,
    };
    const hash = kubeSuffix(`${LOAD_NAMESPACE}/${name}`, 10);
    const rs = `${name}-${hash}`;
    const podName = `${rs}-${kubeSuffix(`${rs}/${i}`, 5)}`;
    const behaviour = behaviourOf(i);
    const ni = 1 + (i % (NODES.length - 1));
    pods.push({
      namespace: LOAD_NAMESPACE,
      name: podName,
      uid: stableUid(`${LOAD_NAMESPACE}/${podName}`),
      app: name,
      workload,
      replicaSetName: rs,
      replica: i % PER_DEPLOYMENT,
      node: behaviour.kind === 'pending' ? null : NODES[ni],
      podIP: behaviour.kind === 'pending' ? null : `10.${100 + Math.floor(i / 60000)}.${Math.floor(i / 250) % 250}.${i % 250}`,
      createdMs: startMs - 86_400_000 + (i % 3600) * 1000,
      behaviour,
      containers: workload.containers,
      initContainers: [],
      labels: { app: name, 'app.kubernetes.io/name': name, 'pod-template-hash': hash },
    });
  }
  return pods;
}
