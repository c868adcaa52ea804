import { queryKeys } from '../keys';
import type { HistoryListParams } from './client';

const root = queryKeys.all[0].root;
const scope = 'queryHistory';

/**
 * Keys of the query-history lists, shaped like `queryKeys` (one object, `root` first, `scope` naming the family) so
 * `queryKeys.all` still matches them. `historyKeys.all` matches every history list: any change invalidates them all,
 * since a star or a run moves an entry between filtered lists.
 */
export const historyKeys = {
  all: [{ root, scope }] as const,
  list: (p: HistoryListParams) =>
    [{ root, scope, datasource: p.datasource, search: p.search || undefined, starred: p.starred, limit: p.limit, offset: p.offset }] as const,
};
