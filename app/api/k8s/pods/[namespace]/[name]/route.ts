import { route } from '@/lib/api/route';
import { ownerChain } from '@/lib/k8s/owner-chain';
import { namespaceName, objectName } from '@/lib/k8s/params';
import { kubeFor } from '@/lib/auth/scoped-datasources';

/** The pod and its owner chain (Deployment → ReplicaSet → Pod). */
export const GET = route<{ namespace: string; name: string }>('/api/k8s/pods/[namespace]/[name]', async (req, params, principal) => {
  const ns = namespaceName.parse(params.namespace);
  const name = objectName.parse(params.name);
  const pod = await kubeFor(principal).getPod(ns, name, { signal: req.signal });
  return { pod, owners: await ownerChain(kubeFor(principal), pod, req.signal) };
});
