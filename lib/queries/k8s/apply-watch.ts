/**
 * Applying pod watch events to the cached pages of the pods list (Headlamp's approach): a change touches one row,
 * never refetches the list. Pure, so the reducer is tested without a browser.
 */
import type { PodSummary } from '@/lib/k8s/types';

export interface PodPages {
  pages: { items: PodSummary[]; resourceVersion: string; continue?: string }[];
  pageParams: (string | undefined)[];
}

export type PodChange = { type: 'ADDED' | 'MODIFIED' | 'DELETED'; object: PodSummary; resourceVersion: string };

/** Replaces (MODIFIED, or ADDED of a known pod), removes (DELETED) or appends (ADDED) one pod; same object when nothing changed. */
export function applyPodChange(data: PodPages | undefined, change: PodChange): PodPages | undefined {
  return applyPodChanges(data, [change]);
}

/**
 * A batch of watch events in one pass: one uid index over the pages, only the touched pages copied (each at most once),
 * so a burst of events costs one update of the list instead of one per event. Same object when nothing changed.
 */
export function applyPodChanges(data: PodPages | undefined, changes: readonly PodChange[]): PodPages | undefined {
  if (!data || data.pages.length === 0 || changes.length === 0) return data;
  const where = new Map<string, number>();
  data.pages.forEach((page, i) => {
    for (const p of page.items) where.set(p.uid, i);
  });
  const items = data.pages.map((page) => page.items);
  const copied = new Set<number>();
  const writable = (i: number) => {
    if (!copied.has(i)) {
      items[i] = [...items[i]];
      copied.add(i);
    }
    return items[i];
  };
  const last = items.length - 1;
  for (const change of changes) {
    const uid = change.object.uid;
    const pageIndex = where.get(uid);
    if (pageIndex === undefined) {
      if (change.type === 'DELETED') continue;
      writable(last).push(change.object);
      where.set(uid, last);
      continue;
    }
    const list = writable(pageIndex);
    const i = list.findIndex((p) => p.uid === uid);
    // An event older than what we hold (a replay after reconnecting) must not roll the row back.
    if (Number(list[i].resourceVersion) > Number(change.resourceVersion)) continue;
    if (change.type === 'DELETED') {
      list.splice(i, 1);
      where.delete(uid);
    } else list[i] = change.object;
  }
  if (copied.size === 0) return data;
  return { ...data, pages: data.pages.map((page, i) => (copied.has(i) ? { ...page, items: items[i] } : page)) };
}

/** After a 410 the watch re-listed: the list is replaced as one page. */
export function replacePods(items: PodSummary[], resourceVersion: string): PodPages {
  return { pages: [{ items, resourceVersion }], pageParams: [undefined] };
}

export function allPods(data: PodPages | undefined): PodSummary[] {
  return data ? data.pages.flatMap((p) => p.items) : [];
}
