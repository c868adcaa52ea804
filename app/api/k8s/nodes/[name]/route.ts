import { route } from '@/lib/api/route';
import { objectName } from '@/lib/k8s/params';
import { kube } from '@/lib/server/datasources';

export const GET = route<{ name: string }>('/api/k8s/nodes/[name]', async (req, params) => kube().getNode(objectName.parse(params.name), { signal: req.signal }));
