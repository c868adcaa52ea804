import { toYaml } from '@/lib/k8s/yaml';
import { route } from '@/lib/api/route';
import { namespaceName, objectName } from '@/lib/k8s/params';
import { kubeFor } from '@/lib/auth/scoped-datasources';

/** The pod object as YAML text (read-only view; managedFields left out). */
export const GET = route<{ namespace: string; name: string }>('/api/k8s/pods/[namespace]/[name]/yaml', async (req, params, principal) => {
  const raw = await kubeFor(principal).getPodObject(namespaceName.parse(params.namespace), objectName.parse(params.name), { signal: req.signal });
  return { yaml: toYaml(raw) };
});
