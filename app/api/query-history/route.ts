import { addHistory, addHistoryBody, historyListQuery, listHistory, OWN_HISTORY } from '@/lib/api/dashboards/query-history';
import { mutation, readJson } from '@/lib/api/dashboards/request';
import { route, searchParams } from '@/lib/api/route';

export const GET = route('/api/query-history', async (req, _params, principal) => ({
  data: await listHistory(principal.user, historyListQuery.parse(searchParams(req))),
}));

/** Records a run: a query already in the caller's history for that datasource is bumped, not duplicated. */
export const POST = mutation(
  '/api/query-history',
  async (req, _params, principal) => {
    const body = addHistoryBody.parse(await readJson(req, 512 * 1024));
    return { data: await addHistory(principal.user, body) };
  },
  OWN_HISTORY,
);
