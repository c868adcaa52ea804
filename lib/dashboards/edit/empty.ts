/**
 * An empty dashboard, written out rather than parsed with the zod schema: the list page that creates it would
 * otherwise ship zod (~30 KiB gzip) to every visitor. The server validates it on the way in anyway. Pure.
 */
// Type-only: importing a value from ../model would bring zod along. A schema version bump fails the type check here.
import type { DashboardModel } from '../model';

export function emptyDashboard(title = 'New dashboard'): DashboardModel {
  return { schemaVersion: 1, title, tags: [], time: { from: 'now-1h', to: 'now' }, refresh: 'off', variables: [], panels: [], links: [] };
}
