/**
 * A saved dashboard's own default time range and refresh (set in its settings) apply when the link opening it
 * names none, as in Grafana: the URL is completed, so a copied link still says exactly what was shown. Pure.
 */
import type { DashboardModel } from '@/lib/dashboards/model';

const APP_DEFAULT = { from: 'now-1h', to: 'now' };

/** The search string with the dashboard's defaults filled in, or null when nothing is missing. */
export function withDashboardDefaults(search: string, d: Pick<DashboardModel, 'time' | 'refresh'>): string | null {
  const sp = new URLSearchParams(search);
  let changed = false;
  if (!sp.has('from') && !sp.has('to') && (d.time.from !== APP_DEFAULT.from || d.time.to !== APP_DEFAULT.to)) {
    sp.set('from', d.time.from);
    sp.set('to', d.time.to);
    changed = true;
  }
  if (!sp.has('refresh') && d.refresh !== 'off') {
    sp.set('refresh', d.refresh);
    changed = true;
  }
  return changed ? sp.toString() : null;
}
