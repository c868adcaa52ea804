/** Filtering and sorting of the pods list, as its URL describes them. Pure: runs in the browser on every change. */
import type { PodSummary } from './types';

export const POD_STATUS_FILTERS = ['Running', 'Pending', 'Succeeded', 'Failed', 'CrashLoopBackOff', 'ImagePullBackOff', 'OOMKilled', 'Terminating', 'Completed', 'Error', 'NotReady'] as const;
export const POD_SORTS = ['namespace', 'name', 'status', 'restarts', 'lastRestart', 'node', 'age', 'cpu', 'memory'] as const;
export type PodSort = (typeof POD_SORTS)[number];

export interface PodListFilter {
  status?: string;
  /** Case-insensitive substring of the name. */
  q?: string;
  sort?: PodSort;
  desc?: boolean;
}

/** Usage now per `namespace/pod`: CPU cores and working-set bytes, with the pod's requests. */
export type PodUsage = Map<string, { cpu?: number; memory?: number; cpuRequest?: number; memoryRequest?: number }>;

export const podKey = (p: { namespace: string; name: string }) => `${p.namespace}/${p.name}`;

/**
 * Whether the pod matches a status filter. Phases (Succeeded, Failed) match the phase; reasons match kubectl's STATUS,
 * and OOMKilled also matches a running pod whose container was OOM-killed last time (the pod that keeps getting killed).
 */
export function matchesStatus(p: PodSummary, status: string): boolean {
  if (status === 'Succeeded' || status === 'Failed') return p.phase === status;
  if (status === 'OOMKilled') return p.status === 'OOMKilled' || [...p.containers, ...p.initContainers].some((c) => c.reason === 'OOMKilled' || c.lastTermination?.reason === 'OOMKilled');
  if (status === 'ImagePullBackOff') return p.status === 'ImagePullBackOff' || p.status === 'ErrImagePull' || p.status === 'Init:ImagePullBackOff';
  if (status === 'NotReady') return p.status === 'NotReady' || (p.phase === 'Running' && p.containers.some((c) => !c.ready));
  return p.status === status;
}

export function filterAndSortPods(pods: PodSummary[], f: PodListFilter, usage?: PodUsage): PodSummary[] {
  const q = f.q?.trim().toLowerCase();
  const out = pods.filter((p) => (!f.status || matchesStatus(p, f.status)) && (!q || p.name.toLowerCase().includes(q)));
  const by = f.sort ?? 'namespace';
  const num = (p: PodSummary) => {
    if (by === 'restarts') return p.restarts;
    if (by === 'lastRestart') return p.lastRestartAt ? Date.parse(p.lastRestartAt) : -Infinity;
    if (by === 'age') return p.createdAt ? -Date.parse(p.createdAt) : -Infinity;
    const u = usage?.get(podKey(p));
    return (by === 'cpu' ? u?.cpu : u?.memory) ?? -Infinity;
  };
  const text = (p: PodSummary) => (by === 'name' ? p.name : by === 'status' ? p.status : by === 'node' ? (p.node ?? '') : '');
  // Code-unit order, not localeCompare: names are ASCII, and localeCompare costs ~60 ms per sort of 5,000 pods.
  const str = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const byName = (a: PodSummary, b: PodSummary) => str(a.namespace, b.namespace) || str(a.name, b.name);
  const primary = ['name', 'status', 'node'].includes(by)
    ? (a: PodSummary, b: PodSummary) => str(text(a), text(b))
    : by === 'namespace'
      ? byName
      : (a: PodSummary, b: PodSummary) => {
          const x = num(a);
          const y = num(b);
          return x === y ? 0 : x < y ? -1 : 1;
        };
  // Numbers read best largest first; text A→Z. `desc` flips either; ties stay in namespace/name order.
  const natural = ['restarts', 'lastRestart', 'cpu', 'memory'].includes(by) ? -1 : 1;
  const sign = f.desc ? -natural : natural;
  return out.sort((a, b) => sign * primary(a, b) || byName(a, b));
}
