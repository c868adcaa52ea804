import type { Labels } from '@/lib/queries/types';

/**
 * Legend text for a series: a `legendFormat` like `{{pod}} on {{node}}` when given (unknown labels render empty),
 * else Prometheus' own notation `name{a="1", b="2"}`.
 */
export function formatLegend(labels: Labels, legendFormat?: string): string {
  if (legendFormat && legendFormat.trim() !== '') {
    return legendFormat.replace(/\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g, (_, name: string) => labels[name] ?? '');
  }
  const { __name__: name = '', ...rest } = labels;
  const pairs = Object.keys(rest)
    .sort()
    .map((k) => `${k}=${JSON.stringify(rest[k])}`);
  if (pairs.length === 0) return name || '{}';
  return `${name}{${pairs.join(', ')}}`;
}

/** Next hidden set for a legend click: solo the series, or show all again when it already was the only one. */
export function nextHidden(all: readonly { id: string }[], hidden: ReadonlySet<string>, id: string, additive: boolean): Set<string> {
  const next = new Set(hidden);
  if (additive) {
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  }
  const soloed = !hidden.has(id) && all.every((s) => s.id === id || hidden.has(s.id));
  return soloed ? new Set() : new Set(all.filter((s) => s.id !== id).map((s) => s.id));
}
