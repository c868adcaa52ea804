/** Browser side of the query history: /api/query-history client, keys and hooks. */
export * from './client';
export { historyKeys } from './keys';
export { rankHistory } from './rank';
export { useDeleteQuery, useHistoryCompletions, useQueryHistory, useRecordQuery, useRecordRuns, useStarQuery } from './hooks';
