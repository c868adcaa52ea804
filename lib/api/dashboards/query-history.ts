import 'server-only';
/**
 * Explore's query history as /api/query-history serves it: request shapes and a bounded history per user. `owner`
 * is always the principal's user name, never a request field: nobody reads or changes another user's history.
 */
import { z } from 'zod';
import { queryText } from '@/lib/api/params';
import type { RouteOptions } from '@/lib/api/route';
import { NotFoundError } from '@/lib/db/errors';
import { QUERY_DATASOURCES, type QueryHistoryEntry } from '@/lib/db/query-history';
import { queryHistory } from '@/lib/server/db';

/** Each user's unstarred entries beyond the most recent this many are pruned on add; starred ones are always kept. */
export const HISTORY_KEEP = 1000;

/**
 * Writes to one's own history need only the viewer role: a viewer runs queries in Explore too, and recording them
 * changes nothing anyone else sees. They stay same-origin (`mutation()`), like every write.
 */
export const OWN_HISTORY: RouteOptions = { role: 'viewer' };

const datasource = z.enum(QUERY_DATASOURCES, { error: `expected one of ${QUERY_DATASOURCES.join(', ')}` });
const bool = z.enum(['true', 'false'], { error: 'expected true or false' }).transform((v) => v === 'true');

export const historyListQuery = z.object({
  search: z.string().max(1024).optional(),
  datasource: datasource.optional(),
  starred: bool.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const historyIdParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a query history id') });
export const addHistoryBody = z.object({ datasource, query: queryText });
export const starBody = z.object({ starred: z.boolean({ error: 'expected true or false' }) });

export async function listHistory(owner: string, q: z.infer<typeof historyListQuery>): Promise<QueryHistoryEntry[]> {
  return (await queryHistory()).list(owner, q);
}

/** Records a run (a repeat bumps `runCount`), then trims the owner's old unstarred entries. */
export async function addHistory(owner: string, input: z.infer<typeof addHistoryBody>): Promise<QueryHistoryEntry> {
  const repo = await queryHistory();
  const entry = await repo.add({ ...input, owner });
  await repo.prune(owner, HISTORY_KEEP);
  return entry;
}

/** @throws NotFoundError also for another owner's entry */
export async function starHistory(owner: string, id: string, starred: boolean): Promise<QueryHistoryEntry> {
  return (await queryHistory()).star(owner, id, starred);
}

/** @throws NotFoundError also for another owner's entry */
export async function removeHistory(owner: string, id: string): Promise<void> {
  if (!(await (await queryHistory()).remove(owner, id))) throw new NotFoundError('queryHistory', id);
}
