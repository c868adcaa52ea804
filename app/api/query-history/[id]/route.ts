import { historyIdParams, OWN_HISTORY, removeHistory } from '@/lib/api/dashboards/query-history';
import { mutation, noContent } from '@/lib/api/dashboards/request';

export const DELETE = mutation<{ id: string }>(
  '/api/query-history/[id]',
  async (_req, params, principal) => {
    await removeHistory(principal.user, historyIdParams.parse(params).id);
    return noContent();
  },
  OWN_HISTORY,
);
