import { route } from '@/lib/api/route';
import { namespaceName, objectName } from '@/lib/k8s/params';
import { kubeFor } from '@/lib/auth/scoped-datasources';

/** Events whose involved object is the pod, oldest first. */
export const GET = route<{ namespace: string; name: string }>('/api/k8s/pods/[namespace]/[name]/events', async (req, params, principal) => {
  const namespace = namespaceName.parse(params.namespace);
  const name = objectName.parse(params.name);
  const page = await kubeFor(principal).listEvents({ namespace, fieldSelector: `involvedObject.kind=Pod,involvedObject.name=${name}`, signal: req.signal });
  return { items: page.items.sort((a, b) => (a.lastTimestamp ?? '').localeCompare(b.lastTimestamp ?? '')) };
});
