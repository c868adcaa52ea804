import { route, searchParams } from '@/lib/api/route';
import { listParams } from '@/lib/k8s/params';
import { kubeFor } from '@/lib/auth/scoped-datasources';

export const GET = route('/api/k8s/nodes', async (req, _params, principal) => {
  const p = listParams.omit({ namespace: true }).parse(searchParams(req));
  return kubeFor(principal).listNodes({ ...p, signal: req.signal });
});
