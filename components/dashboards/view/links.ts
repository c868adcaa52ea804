/** The URLs a dashboard hands out: share links, panel links, Explore and Logs links. Pure. */
import { updateSearch } from '@/lib/time/url-params';
import type { ResolvedRange } from '@/lib/time/time-expr';

export const VIEW_PANEL_PARAM = 'viewPanel';

interface ParamsLike {
  toString(): string;
}

function href(pathname: string, search: string): string {
  return search ? `${pathname}?${search}` : pathname;
}

/** The view as it is: relative ranges stay relative, so the link keeps showing "the last hour". */
export function shareHref(pathname: string, params: ParamsLike): string {
  return href(pathname, params.toString());
}

/** The same view frozen to the resolved range, in epoch milliseconds: it shows the same data forever. */
export function absoluteShareHref(pathname: string, params: ParamsLike, range: ResolvedRange): string {
  return href(pathname, updateSearch(params.toString(), { from: String(Math.floor(range.startMs)), to: String(Math.ceil(range.endMs)), refresh: null }));
}

/** The dashboard with one panel full screen (`null` leaves full screen). */
export function viewPanelSearch(params: ParamsLike, panelId: number | null): string {
  return updateSearch(params.toString(), { [VIEW_PANEL_PARAM]: panelId === null ? null : String(panelId) });
}

/** The panel id in `viewPanel`, or null when absent or not a number. */
export function readViewPanel(params: { get(name: string): string | null }): number | null {
  const raw = params.get(VIEW_PANEL_PARAM);
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
}

/** Explore (PromQL) or Logs (LogQL) with the query and the dashboard's time range as written. */
export function exploreHref(target: { view: 'explore' | 'logs'; expr: string }, time: { from: string; to: string }): string {
  const p = new URLSearchParams({ q: target.expr });
  const rest = updateSearch('', { from: time.from, to: time.to });
  return `/${target.view}?${p.toString()}${rest ? `&${rest}` : ''}`;
}

/** An absolute URL for the clipboard. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).toString();
}
