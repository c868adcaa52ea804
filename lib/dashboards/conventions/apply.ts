/** Applies detected label conventions to a dashboard: every Prometheus query, legend and query variable. Pure. */
import type { DashboardModel, Panel, Row, Target, Variable } from '../model';
import { rewriteLegend, rewritePromQL } from './rewrite';
import type { Conventions } from './types';

function target(t: Target, c: Conventions): Target {
  if (t.datasource !== 'prometheus') return t;
  const { expr, names } = rewritePromQL(t.expr, c);
  return { ...t, expr, ...(t.legendFormat !== undefined ? { legendFormat: rewriteLegend(t.legendFormat, names) } : {}) };
}

function panel(p: Panel, c: Conventions): Panel {
  return { ...p, targets: p.targets.map((t) => target(t, c)) };
}

const LABEL_VALUES = /^\s*label_values\(\s*([\s\S]+?)\s*,\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\)\s*$/;
const QUERY_RESULT = /^\s*query_result\(\s*([\s\S]+)\s*\)\s*$/;

/** `label_values(expr, label)` and `query_result(expr)`: the expression and the label it lists. */
function variable(v: Variable, c: Conventions): Variable {
  if (v.type !== 'query' || v.datasource !== 'prometheus') return v;
  const lv = LABEL_VALUES.exec(v.query);
  if (lv) {
    const { expr, names } = rewritePromQL(lv[1], c);
    const label = rewriteLegend(`{{${lv[2]}}}`, names).slice(2, -2);
    return { ...v, query: `label_values(${expr}, ${label})` };
  }
  const qr = QUERY_RESULT.exec(v.query);
  return qr ? { ...v, query: `query_result(${rewritePromQL(qr[1], c).expr})` } : v;
}

/** The dashboard with its queries speaking the cluster's label dialect; the input is not modified. */
export function applyConventions(model: DashboardModel, c: Conventions): DashboardModel {
  return {
    ...model,
    variables: model.variables.map((v) => variable(v, c)),
    panels: model.panels.map((p): Row | Panel => (p.type === 'row' ? { ...p, panels: p.panels.map((x) => panel(x, c)) } : panel(p, c))),
  };
}
