import { route } from '@/lib/api/route';
import { kubeFor } from '@/lib/auth/scoped-datasources';

export const GET = route('/api/k8s/namespaces', async (req, _params, principal) => kubeFor(principal).listNamespaces({ signal: req.signal }));
