import type { PodSummary } from '../k8s/types';

/** Filters of the pods list, as they appear in the URL. Pure. */
export interface PodFilter {
  namespace?: string;
  status?: string;
  phase?: string;
  /** Case-insensitive substring of the pod name. */
  q?: string;
  labelSelector?: string;
  sort?: 'name' | 'restarts' | 'age' | 'status';
}

export function filterPods(pods: PodSummary[], f: PodFilter): PodSummary[] {
  const q = f.q?.trim().toLowerCase();
  const out = pods.filter(
    (p) =>
      (!f.status || p.status === f.status || (f.status === 'NotReady' && p.status === 'Running' && p.containers.some((c) => !c.ready))) &&
      (!f.phase || p.phase === f.phase) &&
      (!q || p.name.toLowerCase().includes(q)),
  );
  const by = f.sort ?? 'name';
  return out.sort((a, b) => {
    if (by === 'restarts') return b.restarts - a.restarts;
    if (by === 'age') return (b.createdAt ?? '').localeCompare(a.createdAt ?? '');
    if (by === 'status') return a.status.localeCompare(b.status);
    return a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name);
  });
}
