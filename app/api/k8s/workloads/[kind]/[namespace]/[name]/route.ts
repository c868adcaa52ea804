import { route } from '@/lib/api/route';
import { namespaceName, objectName, workloadKind } from '@/lib/k8s/params';
import { kube } from '@/lib/server/datasources';

export const GET = route<{ kind: string; namespace: string; name: string }>('/api/k8s/workloads/[kind]/[namespace]/[name]', async (req, params) =>
  kube().getWorkload(workloadKind.parse(params.kind), namespaceName.parse(params.namespace), objectName.parse(params.name), { signal: req.signal }),
);
