import 'server-only';
/** The pod's controllers, outermost first: Deployment → ReplicaSet, StatefulSet, DaemonSet, Job (→ CronJob by name). */
import type { KubeClient } from './client';
import type { OwnerRef, PodSummary, WorkloadKind } from './types';

const READABLE = new Set<string>(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job']);

/**
 * Walks ownerReferences up from the pod (at most 4 hops). An owner that cannot be read (deleted, forbidden) ends the
 * walk; what is known so far is still returned, so the header shows the chain as far as the API lets us see it.
 */
export async function ownerChain(kube: KubeClient, pod: PodSummary, signal?: AbortSignal): Promise<OwnerRef[]> {
  const chain: OwnerRef[] = [];
  let next = pod.owner;
  for (let i = 0; next && i < 4; i++) {
    chain.unshift(next);
    if (!READABLE.has(next.kind)) break;
    try {
      const w = await kube.getWorkload(next.kind as WorkloadKind, pod.namespace, next.name, { signal });
      next = w.owner;
    } catch {
      break;
    }
  }
  return chain;
}
