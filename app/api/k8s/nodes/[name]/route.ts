import { route } from '@/lib/api/route';
import { objectName } from '@/lib/k8s/params';
import { kubeFor } from '@/lib/auth/scoped-datasources';

export const GET = route<{ name: string }>('/api/k8s/nodes/[name]', async (req, params, principal) => kubeFor(principal).getNode(objectName.parse(params.name), { signal: req.signal }));
