import { route, searchParams } from '@/lib/api/route';
import { logParams, namespaceName, objectName } from '@/lib/k8s/params';
import { followPodLog, readPodLog } from '@/lib/k8s/pod-logs-read';
import { sseResponse } from '@/lib/k8s/sse';
import { kubeFor } from '@/lib/auth/scoped-datasources';

export const dynamic = 'force-dynamic';

/** A container's log (current or previous instance) as entries; `follow=true` streams new lines as server-sent events. */
export const GET = route<{ namespace: string; name: string }>('/api/k8s/pods/[namespace]/[name]/log', async (req, params, principal) => {
  const namespace = namespaceName.parse(params.namespace);
  const name = objectName.parse(params.name);
  const p = logParams.parse(searchParams(req));
  const client = kubeFor(principal);
  if (p.follow) return sseResponse((signal) => followPodLog(client, namespace, name, p, signal), req.signal);
  return readPodLog(client, namespace, name, p, req.signal);
});
