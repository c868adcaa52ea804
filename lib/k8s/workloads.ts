import 'server-only';
import type { KubeClient } from './client';
import type { ListOptions } from './reads';
import type { Page, WorkloadKind, WorkloadSummary } from './types';

export function listWorkloadsOf(kube: KubeClient, kind: WorkloadKind, o: ListOptions): Promise<Page<WorkloadSummary>> {
  switch (kind) {
    case 'Deployment':
      return kube.listDeployments(o);
    case 'StatefulSet':
      return kube.listStatefulSets(o);
    case 'DaemonSet':
      return kube.listDaemonSets(o);
    case 'Job':
      return kube.listJobs(o);
    case 'ReplicaSet':
      return kube.listReplicaSets(o);
  }
}
