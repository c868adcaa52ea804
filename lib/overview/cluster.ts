import 'server-only';
import type { EventSummary, NodeSummary, PodSummary } from '../k8s';
import { currentPrincipal } from '../auth/current';
import { kubeFor } from '../auth/scoped-datasources';
export { listAllPods as allPods } from '../views/pods';

/** Statuses an operator looks for first, in the order the Overview shows them. */
export const PROBLEM_STATUSES = ['CrashLoopBackOff', 'OOMKilled', 'Error', 'ImagePullBackOff', 'ErrImagePull', 'Pending', 'Terminating', 'Failed'];

export interface PodCounts {
  total: number;
  byPhase: Record<string, number>;
  /** kubectl STATUS values other than Running/Completed, with counts. */
  problems: { status: string; count: number }[];
}

export function countPods(pods: PodSummary[]): PodCounts {
  const byPhase: Record<string, number> = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0, Unknown: 0 };
  const problems = new Map<string, number>();
  for (const p of pods) {
    byPhase[p.phase] = (byPhase[p.phase] ?? 0) + 1;
    if (p.status !== 'Running' && p.status !== 'Completed') problems.set(p.status, (problems.get(p.status) ?? 0) + 1);
    else if (p.status === 'Running' && p.containers.some((c) => !c.ready)) problems.set('NotReady', (problems.get('NotReady') ?? 0) + 1);
  }
  const rank = (s: string) => (PROBLEM_STATUSES.indexOf(s) + PROBLEM_STATUSES.length + 1) % (PROBLEM_STATUSES.length + 1);
  return {
    total: pods.length,
    byPhase,
    problems: [...problems].map(([status, count]) => ({ status, count })).sort((a, b) => rank(a.status) - rank(b.status) || b.count - a.count),
  };
}

export function topRestarts(pods: PodSummary[], n = 8): PodSummary[] {
  return pods
    .filter((p) => p.restarts > 0)
    .sort((a, b) => b.restarts - a.restarts || (b.lastRestartAt ?? '').localeCompare(a.lastRestartAt ?? ''))
    .slice(0, n);
}

export async function nodes(signal?: AbortSignal): Promise<NodeSummary[]> {
  return (await kubeFor(await currentPrincipal()).listNodes({ signal })).items;
}

/** Warning events, newest first. Events live about an hour in most clusters, so this is "recent" by nature. */
export async function warningEvents(signal?: AbortSignal, n = 12): Promise<EventSummary[]> {
  const page = await kubeFor(await currentPrincipal()).listEvents({ fieldSelector: 'type=Warning', limit: 500, signal });
  return page.items
    .sort((a, b) => (b.lastTimestamp ?? '').localeCompare(a.lastTimestamp ?? ''))
    .slice(0, n);
}
