import { route, searchParams } from '@/lib/api/route';
import { listParams } from '@/lib/k8s/params';
import { kube } from '@/lib/server/datasources';

export const GET = route('/api/k8s/nodes', async (req) => {
  const p = listParams.omit({ namespace: true }).parse(searchParams(req));
  return kube().listNodes({ ...p, signal: req.signal });
});
