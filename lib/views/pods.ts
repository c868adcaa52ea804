import 'server-only';
import type { PodSummary } from '../k8s/types';
import { currentPrincipal } from '../auth/current';
import { kubeFor } from '../auth/scoped-datasources';

/**
 * Pods for a view, following `continue` tokens (bounded, so a huge cluster cannot stall a page; the pods
 * view of issue 5 replaces this with server-side paging and a watch).
 */
export async function listAllPods(o: { namespace?: string; labelSelector?: string; signal?: AbortSignal } = {}, maxPages = 20): Promise<PodSummary[]> {
  const out: PodSummary[] = [];
  let token: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const page = await kubeFor(await currentPrincipal()).listPods({ ...o, limit: 500, continue: token });
    out.push(...page.items);
    token = page.continue;
    if (!token) break;
  }
  return out;
}
