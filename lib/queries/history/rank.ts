import type { QueryHistoryEntry } from './client';

/**
 * The entries an editor offers: starred ones first, then the rest, each group in the order given (most recent run
 * first, as the API lists them); an entry present in both lists appears once, at most `limit` in all.
 */
export function rankHistory(
  starred: readonly QueryHistoryEntry[],
  recent: readonly QueryHistoryEntry[],
  limit = Infinity,
): QueryHistoryEntry[] {
  const seen = new Set<string>();
  const out: QueryHistoryEntry[] = [];
  // By the flag, not by list: an entry unstarred a moment ago may still sit in the cached starred list.
  const ordered = [...starred, ...recent].filter((x) => x.starred).concat([...recent, ...starred].filter((x) => !x.starred));
  for (const e of ordered) {
    if (out.length >= limit) break;
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    out.push(e);
  }
  return out;
}
