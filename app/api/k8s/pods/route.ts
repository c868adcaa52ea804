import { route, searchParams } from '@/lib/api/route';
import { listParams } from '@/lib/k8s/params';
import { kubeFor } from '@/lib/auth/scoped-datasources';

/** One page of pods (limit/continue), with label and field selectors; the resourceVersion starts a watch. */
export const GET = route('/api/k8s/pods', async (req, _params, principal) => {
  const p = listParams.parse(searchParams(req));
  return kubeFor(principal).listPods({ ...p, signal: req.signal });
});
