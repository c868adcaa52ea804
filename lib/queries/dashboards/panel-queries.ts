/**
 * What a panel asks its datasources: each visible target interpolated (escaped for PromQL or LogQL), with the step
 * its measured width allows and the built-ins (`$__interval`, `$__rate_interval`, `$__range`...) that step implies.
 * Pure: `usePanelData` runs the plan, the Inspect dialog shows it.
 */
import type { Panel, Target } from '@/lib/dashboards/model';
import { panelStep } from '@/lib/dashboards/resolution';
import { builtinVariables, interpolate, type VariableScope } from '@/lib/dashboards/variables';
import type { ResolvedRange } from '@/lib/time/time-expr';
import type { LokiRangeParams, PromInstantParams, PromRangeParams } from '../types';

/** Log lines a Loki metric query is allowed to return; unused by metric queries but required by the route. */
const LOKI_METRIC_LIMIT = 1000;

interface Base {
  refId: string;
  /** The target as written in the dashboard. */
  rawExpr: string;
  /** After interpolation: what is sent. */
  expr: string;
  legendFormat?: string;
  /** Step of range queries (ms); for instant queries, the step `$__interval` was computed with. */
  stepMs: number;
}

export type PlannedQuery =
  | (Base & { kind: 'prom.range'; params: PromRangeParams })
  | (Base & { kind: 'prom.instant'; params: PromInstantParams })
  | (Base & { kind: 'loki.range'; params: LokiRangeParams; logs: boolean });

export interface PanelPlanInput {
  panel: Panel;
  scope: VariableScope;
  range: ResolvedRange;
  /** The panel's plot width in CSS pixels. */
  widthPx: number;
}

/** Panels that draw without querying. */
export function runsQueries(panel: Panel): boolean {
  return panel.type !== 'text' && panel.type !== 'unsupported';
}

/** The requests for a panel's visible, non-empty targets, in target order. */
export function planPanelQueries({ panel, scope, range, widthPx }: PanelPlanInput): PlannedQuery[] {
  if (!runsQueries(panel)) return [];
  const text = (s: string | undefined) => (s === undefined ? undefined : interpolate(s, scope, 'text'));
  return panel.targets
    .filter((t) => !t.hide && t.expr.trim() !== '')
    .map((t) => plan(t, panel, scope, range, widthPx, text(panel.interval), text(t.interval)));
}

function plan(t: Target, panel: Panel, scope: VariableScope, range: ResolvedRange, widthPx: number, panelInterval?: string, targetInterval?: string): PlannedQuery {
  const step = panelStep({ range, widthPx, panelInterval, targetInterval, maxDataPoints: panel.maxDataPoints });
  const full: VariableScope = { ...scope, ...builtinVariables({ range: step.range, intervalMs: step.stepMs }) };
  const base = { refId: t.refId, rawExpr: t.expr, legendFormat: t.legendFormat, stepMs: step.stepMs };
  if (t.datasource === 'loki') {
    const expr = interpolate(t.expr, full, 'logql');
    if (panel.type === 'logs') {
      const { limit, direction } = panel.options;
      return { ...base, kind: 'loki.range', expr, logs: true, params: { query: expr, start: Math.floor(range.startMs), end: Math.ceil(range.endMs), limit, direction } };
    }
    const params = { query: expr, start: step.range.startMs, end: step.range.endMs, limit: LOKI_METRIC_LIMIT, direction: 'backward' as const, step: step.stepMs / 1000 };
    return { ...base, kind: 'loki.range', expr, logs: false, params };
  }
  const expr = interpolate(t.expr, full, 'promql');
  if (t.instant) return { ...base, kind: 'prom.instant', expr, params: { query: expr, time: Math.floor(range.endMs) } };
  return { ...base, kind: 'prom.range', expr, params: { query: expr, start: step.range.startMs, end: step.range.endMs, step: step.stepMs / 1000 } };
}

/** The first Prometheus query (else the first Loki one) for "Explore": where it opens and with what. */
export function exploreTarget(plan: readonly PlannedQuery[]): { view: 'explore' | 'logs'; expr: string } | null {
  const prom = plan.find((q) => q.kind !== 'loki.range');
  if (prom) return { view: 'explore', expr: prom.expr };
  const loki = plan[0];
  return loki ? { view: 'logs', expr: loki.expr } : null;
}
