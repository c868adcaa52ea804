import { addHistory, addHistoryBody, historyListQuery, listHistory } from '@/lib/api/dashboards/query-history';
import { mutation, readJson } from '@/lib/api/dashboards/request';
import { route, searchParams } from '@/lib/api/route';

export const GET = route('/api/query-history', async (req) => ({ data: await listHistory(historyListQuery.parse(searchParams(req))) }));

/** Records a run: a query already in the history for that datasource is bumped, not duplicated. */
export const POST = mutation('/api/query-history', async (req) => {
  const body = addHistoryBody.parse(await readJson(req, 512 * 1024));
  return { data: await addHistory(body) };
});
