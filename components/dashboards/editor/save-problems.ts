import { allPanels } from '@/components/dashboards/view/grid-layout';
import { dashboardModel, type DashboardModel } from '@/lib/dashboards/model';
import { queryProblems } from './query-problems';

/**
 * Why the draft cannot be saved: schema errors (named by path) and query syntax errors (named by panel). Only
 * panels changed in this session are checked for syntax: an imported dashboard whose untouched panels hold queries
 * our parser dislikes (Prometheus answers for those, in the panel) stays savable.
 */
export function saveProblems(draft: DashboardModel, initial: DashboardModel): string[] {
  const parsed = dashboardModel.safeParse(draft);
  const schema = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || 'dashboard'}: ${i.message}`);
  const before = new Map(allPanels(initial).map((p) => [p.id, JSON.stringify(p)]));
  const changed = allPanels(draft).filter((p) => before.get(p.id) !== JSON.stringify(p));
  const queries = changed.flatMap((p) =>
    p.type === 'text' || p.type === 'unsupported'
      ? []
      : queryProblems(p.targets).map((q) => `${p.title || `Panel ${p.id}`}, query ${q.refId}, line ${q.line}, column ${q.column}: ${q.message}`),
  );
  return [...schema, ...queries];
}
