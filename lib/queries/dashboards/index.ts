/** Browser side of dashboards: /api/dashboards client, keys, variable resolution and per-panel data hooks. */
export * from './client';
export { dashboardKeys } from './keys';
export { exploreTarget, planPanelQueries, runsQueries, type PlannedQuery } from './panel-queries';
export { DEFAULT_SERIES_LIMIT, isCapped, toPanelData, type QueryResult } from './to-panel-data';
export { useCreateDashboard, useDuplicateDashboard, useImportPreview } from './use-dashboard-mutations';
export {
  SaveConflictError,
  useDashboardVersion,
  useDashboardVersions,
  useDeleteDashboard,
  useRestoreVersion,
  useSaveDashboard,
  useStoredDashboard,
} from './use-dashboard-editing';
export { useDashboardVariables } from './use-dashboard-variables';
export { usePanelData, type PanelDataOptions } from './use-panel-data';
export { browserResolvers } from './variable-resolver';
