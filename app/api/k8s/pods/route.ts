import { route, searchParams } from '@/lib/api/route';
import { listParams } from '@/lib/k8s/params';
import { kube } from '@/lib/server/datasources';

/** One page of pods (limit/continue), with label and field selectors; the resourceVersion starts a watch. */
export const GET = route('/api/k8s/pods', async (req) => {
  const p = listParams.parse(searchParams(req));
  return kube().listPods({ ...p, signal: req.signal });
});
