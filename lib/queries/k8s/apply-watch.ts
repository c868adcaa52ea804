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
  if (!data || data.pages.length === 0) return data;
  const uid = change.object.uid;
  let found = false;
  const pages = data.pages.map((page) => {
    const i = page.items.findIndex((p) => p.uid === uid);
    if (i < 0) return page;
    found = true;
    // An event older than what we hold (a replay after reconnecting) must not roll the row back.
    if (Number(page.items[i].resourceVersion) > Number(change.resourceVersion)) return page;
    const items = change.type === 'DELETED' ? [...page.items.slice(0, i), ...page.items.slice(i + 1)] : page.items.map((p, j) => (j === i ? change.object : p));
    return { ...page, items };
  });
  if (found) return { ...data, pages };
  if (change.type === 'DELETED') return data;
  const last = pages.length - 1;
  pages[last] = { ...pages[last], items: [...pages[last].items, change.object] };
  return { ...data, pages };
}

/** After a 410 the watch re-listed: the list is replaced as one page. */
export function replacePods(items: PodSummary[], resourceVersion: string): PodPages {
  return { pages: [{ items, resourceVersion }], pageParams: [undefined] };
}

export function allPods(data: PodPages | undefined): PodSummary[] {
  return data ? data.pages.flatMap((p) => p.items) : [];
}
