import { route } from '@/lib/api/route';
import { namespaceName, objectName, workloadKind } from '@/lib/k8s/params';
import { kubeFor } from '@/lib/auth/scoped-datasources';

export const GET = route<{ kind: string; namespace: string; name: string }>('/api/k8s/workloads/[kind]/[namespace]/[name]', async (req, params, principal) =>
  kubeFor(principal).getWorkload(workloadKind.parse(params.kind), namespaceName.parse(params.namespace), objectName.parse(params.name), { signal: req.signal }),
);
