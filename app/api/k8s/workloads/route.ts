import { route, searchParams } from '@/lib/api/route';
import { listParams, workloadKind } from '@/lib/k8s/params';
import { listWorkloadsOf } from '@/lib/k8s/workloads';
import { kubeFor } from '@/lib/auth/scoped-datasources';

const Params = listParams.extend({ kind: workloadKind });

/** Deployments, StatefulSets, DaemonSets, Jobs or ReplicaSets, one kind per request. */
export const GET = route('/api/k8s/workloads', async (req, _params, principal) => {
  const p = Params.parse(searchParams(req));
  return listWorkloadsOf(kubeFor(principal), p.kind, { ...p, signal: req.signal });
});
