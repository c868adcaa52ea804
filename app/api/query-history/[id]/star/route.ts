import { historyIdParams, OWN_HISTORY, starBody, starHistory } from '@/lib/api/dashboards/query-history';
import { mutation, readJson } from '@/lib/api/dashboards/request';

export const POST = mutation<{ id: string }>(
  '/api/query-history/[id]/star',
  async (req, params, principal) => {
    const { id } = historyIdParams.parse(params);
    const { starred } = starBody.parse(await readJson(req, 1024));
    return { data: await starHistory(principal.user, id, starred) };
  },
  OWN_HISTORY,
);
