/** Building blocks of the built-in dashboards: targets, thresholds and a row-by-row grid layout. Pure. */
import { dashboardModel, type DashboardModel, type DashboardModelInput } from '../model';

type PanelInput = Exclude<NonNullable<DashboardModelInput['panels']>[number], { type: 'row' }>;
type TargetInput = NonNullable<PanelInput['targets']>[number];
type VariableInput = NonNullable<DashboardModelInput['variables']>[number];

/** A panel before layout: its size; `id` and position come from `layout`. */
export type PanelSpec = Omit<PanelInput, 'id' | 'gridPos'> & { w: number; h: number };

export const TAGS = ['kubernetes', 'built-in'];

const REF_IDS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Prometheus targets A, B, C... from [expr, legend] pairs. */
export function prom(...queries: [expr: string, legend?: string][]): TargetInput[] {
  return queries.map(([expr, legendFormat], i) => ({ refId: REF_IDS[i], datasource: 'prometheus', expr, ...(legendFormat !== undefined ? { legendFormat } : {}) }));
}

/** The same, evaluated once at the end of the range (stat, bar gauge and table panels). */
export function promInstant(...queries: [expr: string, legend?: string][]): TargetInput[] {
  return prom(...queries).map((t) => ({ ...t, instant: true }));
}

/** Green below the first step's value, then each colour from its value on. */
export function steps(...from: [value: number, color: string][]) {
  return { mode: 'absolute' as const, steps: [{ value: null, color: 'green' }, ...from.map(([value, color]) => ({ value, color }))] };
}

/** 80% orange, 90% red: for "used of limit / allocatable" ratios. */
export const USAGE_THRESHOLDS = steps([0.8, 'orange'], [0.9, 'red']);

/** Places rows of panels left to right on the 24-column grid, each row below the tallest panel of the last. */
export function layout(rows: PanelSpec[][]): PanelInput[] {
  const out: PanelInput[] = [];
  let y = 0;
  let id = 1;
  for (const row of rows) {
    let x = 0;
    for (const { w, h, ...p } of row) {
      if (x + w > 24) throw new Error(`panel "${p.title}" does not fit in its row`);
      out.push({ ...p, id: id++, gridPos: { x, y, w, h } } as PanelInput);
      x += w;
    }
    y += Math.max(...row.map((p) => p.h));
  }
  return out;
}

export interface BuiltinDashboard {
  /** Stable id, used in URLs (`/dashboards/k8s-pod`). */
  uid: 'k8s-cluster' | 'k8s-node' | 'k8s-namespace' | 'k8s-pod';
  readOnly: true;
  model: DashboardModel;
}

export function builtin(uid: BuiltinDashboard['uid'], input: DashboardModelInput): BuiltinDashboard {
  return { uid, readOnly: true, model: dashboardModel.parse({ ...input, tags: TAGS }) };
}

export function namespaceVariable(): VariableInput {
  return { type: 'query', name: 'namespace', label: 'Namespace', query: 'label_values(kube_pod_info, namespace)', sort: 'alpha', refresh: 'load' };
}

/** A variable that selects any number of values and starts at All, which matches every value (`.+`). */
export function multiAll(): { multi: true; includeAll: true; allValue: string; current: string[] } {
  return { multi: true, includeAll: true, allValue: '.+', current: ['$__all'] };
}
