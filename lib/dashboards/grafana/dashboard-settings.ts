/** Dashboard-wide settings: tags, time range, auto-refresh and dashboard links. */
import type { DashboardModel } from '../model';
import { arr, cut, rec, str, text } from './read';
import type { Warn } from './warnings';

type Refresh = DashboardModel['refresh'];
const REFRESH_STEPS: [Refresh, number][] = [
  ['5s', 5],
  ['10s', 10],
  ['30s', 30],
  ['1m', 60],
  ['5m', 300],
];
const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86_400, w: 604_800, M: 2_592_000, y: 31_536_000 };

function durationSeconds(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w|M|y)$/.exec(s.trim());
  return m ? Number(m[1]) * UNIT_SECONDS[m[2]] : undefined;
}

/**
 * Grafana allows any interval; we offer 5s–5m. A faster one becomes the fastest we allow and anything
 * between two steps the next slower one, so an import never queries more often than its author asked.
 */
export function mapRefresh(raw: unknown, warn: Warn): Refresh {
  if (raw === undefined || raw === null || raw === false || raw === '' || raw === 'off') return 'off';
  const given = String(raw);
  const seconds = durationSeconds(given);
  let ours: Refresh;
  if (seconds === undefined || seconds <= 0) ours = 'off';
  else ours = REFRESH_STEPS.find(([, s]) => s >= seconds)?.[0] ?? '5m';
  if (ours !== given) {
    warn({ code: 'refresh-clamped', message: `Auto-refresh "${given}" is not offered; it is now ${ours === 'off' ? 'off' : `every ${ours}`}.` });
  }
  return ours;
}

export function mapTime(raw: unknown): DashboardModel['time'] {
  const t = rec(raw);
  const from = text(t?.from);
  const to = text(t?.to);
  return from && to ? { from: cut(from, 64), to: cut(to, 64) } : { from: 'now-1h', to: 'now' };
}

export function mapTags(raw: unknown): string[] {
  const tags = arr(raw)
    .map((t) => (typeof t === 'string' ? t.trim() : ''))
    .filter((t) => t !== '')
    .map((t) => cut(t, 64));
  return [...new Set(tags)].slice(0, 32);
}

export function dashboardLinks(raw: unknown, warn: Warn): DashboardModel['links'] {
  const out: DashboardModel['links'] = [];
  for (const item of arr(raw)) {
    const l = rec(item);
    if (!l) continue;
    const title = text(l.title);
    if (l.type === 'dashboards') {
      const tags = arr(l.tags).filter((t): t is string => typeof t === 'string');
      warn({ code: 'dashboard-link-dropped', message: `The link to dashboards tagged ${tags.length ? tags.map((t) => `"${t}"`).join(', ') : '(any)'} was dropped: links by tag are not supported.` });
      continue;
    }
    const url = text(l.url);
    if (!url) {
      warn({ code: 'dashboard-link-dropped', message: `The link "${title ?? str(l.type) ?? '?'}" was dropped: it has no URL.` });
      continue;
    }
    if (out.length >= 32) {
      warn({ code: 'limit-exceeded', message: `Only the first 32 dashboard links were kept; "${title ?? url}" was dropped.` });
      continue;
    }
    out.push({ title: cut(title ?? url, 256), url: cut(url, 2048), keepTime: l.keepTime === true, includeVars: l.includeVars === true });
  }
  return out;
}
