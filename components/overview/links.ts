import { logQuery } from '@/lib/logql/escape';
import { ERROR_LINE_PATTERN } from '@/lib/overview/patterns';

/** Where each Overview number leads. Every href keeps the current time range (appended by the caller). */
export const hrefs = {
  node: (name: string) => `/nodes/${encodeURIComponent(name)}`,
  pods: (params: Record<string, string> = {}) => `/pods${Object.keys(params).length ? `?${new URLSearchParams(params)}` : ''}`,
  pod: (namespace: string, name: string) => `/pods/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`,
  namespaceErrorLogs: (namespace: string) =>
    `/logs?${new URLSearchParams({ q: logQuery([{ name: 'namespace', op: '=', value: namespace }], [{ op: '|~', value: ERROR_LINE_PATTERN }]) })}`,
  namespaceHttpErrors: (namespace: string) =>
    `/explore?${new URLSearchParams({ q: `sum by (app) (rate(http_requests_total{namespace=${JSON.stringify(namespace)}, status=~"5.."}[5m]))` })}`,
};

export function ago(iso: string | null, nowMs: number): string {
  if (!iso) return '—';
  const s = Math.max(0, Math.round((nowMs - Date.parse(iso)) / 1000));
  if (s < 90) return `${s}s ago`;
  if (s < 90 * 60) return `${Math.round(s / 60)}m ago`;
  if (s < 36 * 3600) return `${Math.round(s / 3600)}h ago`;
  return `${Math.round(s / 86400)}d ago`;
}
