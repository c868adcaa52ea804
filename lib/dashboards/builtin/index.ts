/** The built-in, read-only Kubernetes dashboards, and the metrics they need. Pure. */
import { metricNames } from '../conventions/metric-names';
import type { DashboardModel } from '../model';
import { clusterDashboard } from './cluster';
import { namespaceDashboard } from './namespace';
import { nodeDashboard } from './node';
import { podDashboard } from './pod';
import type { BuiltinDashboard } from './shared';

export type { BuiltinDashboard } from './shared';
export { clusterDashboard, namespaceDashboard, nodeDashboard, podDashboard };
export { missingMetrics, replaceMissingPanels, type PanelMissing } from '../conventions/missing';

export const BUILTIN_DASHBOARDS: readonly BuiltinDashboard[] = [clusterDashboard, nodeDashboard, namespaceDashboard, podDashboard];

export function builtinDashboard(uid: string): BuiltinDashboard | undefined {
  return BUILTIN_DASHBOARDS.find((d) => d.uid === uid);
}

/** Every Prometheus metric a dashboard's panels and query variables select. */
export function dashboardMetrics(model: DashboardModel): string[] {
  const panels = model.panels.flatMap((p) => (p.type === 'row' ? p.panels : [p]));
  const exprs = panels.flatMap((p) => p.targets.filter((t) => t.datasource === 'prometheus').map((t) => t.expr));
  for (const v of model.variables) {
    if (v.type !== 'query' || v.datasource !== 'prometheus') continue;
    const inner = /^\s*(?:label_values|query_result)\(([\s\S]*)\)\s*$/.exec(v.query)?.[1];
    if (inner) exprs.push(inner.replace(/,\s*[a-zA-Z_][a-zA-Z0-9_]*\s*$/, ''));
  }
  return [...new Set(exprs.flatMap(metricNames))].sort();
}

/** What `detectConventions(probe, { metrics: BUILTIN_METRICS })` should probe so `missingMetrics` knows every gap. */
export const BUILTIN_METRICS: readonly string[] = [...new Set(BUILTIN_DASHBOARDS.flatMap((d) => dashboardMetrics(d.model)))].sort();
