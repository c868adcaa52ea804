import { route } from '@/lib/api/route';
import { kube } from '@/lib/server/datasources';

export const GET = route('/api/k8s/namespaces', async (req) => kube().listNamespaces({ signal: req.signal }));
