import { queryKeys } from '../keys';
import type { PromRangeParams } from '../types';

const root = queryKeys.all[0].root;

/**
 * Keys of the dashboard queries, built like `queryKeys` (one object per key, `root` first, `scope` naming the family)
 * so `queryKeys.all` still matches them for a global refresh. Panel data reuses `queryKeys.promRange` and friends:
 * two panels asking the same thing share one request.
 */
export const dashboardKeys = {
  list: (p: { search?: string; tag?: string }) => [{ root, scope: 'dashboards.list', ...p }] as const,
  detail: (uid: string) => [{ root, scope: 'dashboards.detail', uid }] as const,
  versions: (uid: string) => [{ root, scope: 'dashboards.versions', uid }] as const,
  version: (uid: string, version: number) => [{ root, scope: 'dashboards.version', uid, version }] as const,
  /** Resolved variables of one dashboard for one selection and range. */
  variables: (p: { uid: string; modelKey: string; selected: Readonly<Record<string, readonly string[]>>; startMs: number; endMs: number }) =>
    [{ root, scope: 'dashboards.variables', ...p }] as const,
  promSeries: (p: { match: string; start: number; end: number }) => [{ root, scope: 'prom.series', ...p }] as const,
  promLabelValues: (p: { name: string; match?: string; start: number; end: number }) => [{ root, scope: 'prom.labelValues', ...p }] as const,
  promLabelNames: (p: { match?: string; start: number; end: number }) => queryKeys.promLabelNames(p),
  promRange: (p: PromRangeParams) => queryKeys.promRange(p),
};
