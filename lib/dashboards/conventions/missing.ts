/** Which panels need metrics Prometheus does not have, so a panel can name what is missing instead of showing nothing. Pure. */
import type { DashboardModel, Panel } from '../model';
import { metricNames } from './metric-names';
import { metricSource } from './rewrite';
import type { Conventions } from './types';

export interface PanelMissing {
  panelId: number;
  title: string;
  /** Absent metrics, in order of first use. */
  metrics: string[];
  /** Targets that use an absent metric. */
  refIds: string[];
  /** Every visible Prometheus target is affected: the panel cannot show anything. */
  allTargets: boolean;
  /** A sentence for the panel, e.g. "This panel needs container_cpu_cfs_throttled_periods_total (not found in Prometheus)." */
  reason: string;
}

/** Why a metric may be absent, where a likely cause is known. */
const HINTS: Record<string, string> = {
  container_cpu_cfs_throttled_periods_total: 'cAdvisor reports CFS throttling only for containers with a CPU limit, and only when its cpu metrics are enabled',
  container_cpu_cfs_periods_total: 'cAdvisor reports CFS periods only for containers with a CPU limit, and only when its cpu metrics are enabled',
  http_requests_total: 'no scraped application exposes http_requests_total',
};

function hint(metric: string): string | undefined {
  if (HINTS[metric]) return HINTS[metric];
  switch (metricSource(metric)) {
    case 'kube-state-metrics':
      return 'is kube-state-metrics installed and scraped?';
    case 'node-exporter':
      return 'is node-exporter installed and scraped?';
    case 'cadvisor':
      return "is the kubelet's /metrics/cadvisor endpoint scraped?";
    default:
      return undefined;
  }
}

export function missingReason(metrics: string[]): string {
  const list = metrics.join(', ');
  const hints = [...new Set(metrics.map(hint).filter((h): h is string => h !== undefined))];
  return `This panel needs ${list} (not found in Prometheus)${hints.length ? `: ${hints.join('; ')}` : ''}.`;
}

function check(p: Panel, absent: Set<string>): PanelMissing | null {
  const metrics = new Set<string>();
  const refIds: string[] = [];
  const targets = p.targets.filter((t) => t.datasource === 'prometheus' && !t.hide);
  for (const t of targets) {
    const gone = metricNames(t.expr).filter((m) => absent.has(m));
    if (gone.length === 0) continue;
    refIds.push(t.refId);
    gone.forEach((m) => metrics.add(m));
  }
  if (refIds.length === 0) return null;
  const list = [...metrics];
  return { panelId: p.id, title: p.title, metrics: list, refIds, allTargets: refIds.length === targets.length, reason: missingReason(list) };
}

/** Panels (rows' panels included) with at least one target using a metric listed in `conventions.missing`. */
export function missingMetrics(model: DashboardModel, conventions: Pick<Conventions, 'missing'>): PanelMissing[] {
  const absent = new Set(conventions.missing);
  if (absent.size === 0) return [];
  const panels = model.panels.flatMap((p) => (p.type === 'row' ? p.panels : [p]));
  return panels.map((p) => check(p, absent)).filter((m): m is PanelMissing => m !== null);
}

/**
 * The dashboard with each panel that cannot show anything replaced by a text panel giving the reason
 * (same id, title and place), e.g. CPU throttling on a cluster whose cAdvisor does not report it.
 */
export function replaceMissingPanels(model: DashboardModel, conventions: Pick<Conventions, 'missing'>): DashboardModel {
  const gone = new Map(missingMetrics(model, conventions).filter((m) => m.allTargets).map((m) => [m.panelId, m]));
  if (gone.size === 0) return model;
  const swap = (p: Panel): Panel => {
    const m = gone.get(p.id);
    if (!m) return p;
    const { id, title, gridPos, description, links } = p;
    return { id, title, gridPos, description, links, type: 'text', targets: [], fieldConfig: { defaults: {}, overrides: [] }, options: { mode: 'text', content: m.reason } };
  };
  return { ...model, panels: model.panels.map((p) => (p.type === 'row' ? { ...p, panels: p.panels.map(swap) } : swap(p))) };
}
