import { isUnit, type Unit } from '@/components/charts/units';
import { parseDuration } from '@/lib/time/duration';

export type ExploreTab = 'graph' | 'table';

/** Everything the Explore view shows, as it lives in the URL, so a copied link reopens the same view. */
export interface ExploreParams {
  q: string;
  tab: ExploreTab;
  /** Prometheus duration overriding the automatic step (e.g. `1m`), or '' for automatic. */
  step: string;
  unit: Unit;
  /** Legend template such as `{{pod}}`, or '' for all labels. */
  legend: string;
  /** Split view: metrics left, logs right, one time range. */
  split: boolean;
  /** The LogQL query of the logs side. */
  lq: string;
}

interface ParamsLike {
  get(name: string): string | null;
}

export function readExploreParams(params: ParamsLike): ExploreParams {
  const tab = params.get('tab');
  const unit = params.get('unit');
  const step = params.get('step') ?? '';
  return {
    q: params.get('q') ?? '',
    tab: tab === 'table' ? 'table' : 'graph',
    step: parseDuration(step) !== null ? step : '',
    unit: isUnit(unit) ? unit : 'short',
    legend: params.get('legend') ?? '',
    split: params.get('split') === '1',
    lq: params.get('lq') ?? '',
  };
}

/** URL changes for new Explore params; defaults are removed so links stay short. */
export function exploreParamChanges(p: Partial<ExploreParams>): Record<string, string | null | undefined> {
  const out: Record<string, string | null | undefined> = {};
  if (p.q !== undefined) out.q = p.q.trim() === '' ? null : p.q;
  if (p.tab !== undefined) out.tab = p.tab === 'graph' ? null : p.tab;
  if (p.step !== undefined) out.step = p.step === '' ? null : p.step;
  if (p.unit !== undefined) out.unit = p.unit === 'short' ? null : p.unit;
  if (p.legend !== undefined) out.legend = p.legend === '' ? null : p.legend;
  if (p.split !== undefined) out.split = p.split ? '1' : null;
  if (p.lq !== undefined) out.lq = p.lq.trim() === '' ? null : p.lq;
  return out;
}
