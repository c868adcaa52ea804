import type { FieldConfig, Thresholds } from '@/lib/dashboards/model';

/** What a field (a series, a table column) is shown with once defaults and matching overrides are applied. */
export interface FieldDisplay {
  unit?: string;
  color?: string;
  displayName?: string;
  min?: number;
  max?: number;
  decimals?: number;
  thresholds?: Thresholds;
}

const regexCache = new Map<string, RegExp | null>();

/** Grafana accepts `/pattern/flags` as well as a bare pattern; a pattern that does not compile matches nothing. */
function compile(pattern: string): RegExp | null {
  let re = regexCache.get(pattern);
  if (re !== undefined) return re;
  const slashed = /^\/(.*)\/([gimsuy]*)$/s.exec(pattern);
  try {
    re = slashed ? new RegExp(slashed[1]!, slashed[2]!.replace('g', '')) : new RegExp(pattern);
  } catch {
    re = null;
  }
  if (regexCache.size > 500) regexCache.clear();
  regexCache.set(pattern, re);
  return re;
}

/** Whether an override's matcher selects the field named `name` (its legend name, before any display name). */
export function matches(matcher: FieldConfig['overrides'][number]['matcher'], name: string): boolean {
  if (matcher.id === 'byName') return matcher.options === name;
  return compile(matcher.options)?.test(name) ?? false;
}

/**
 * The effective display settings of the field named `seriesName`: the panel's defaults, then every matching
 * override in order (a later one wins, as in Grafana). byName matches exactly; byRegexp anywhere in the name.
 */
export function applyOverrides(seriesName: string, fieldConfig: FieldConfig | undefined): FieldDisplay {
  const { thresholds, unit, color, displayName, min, max, decimals } = fieldConfig?.defaults ?? {};
  const out: FieldDisplay = { thresholds, unit, color, displayName, min, max, decimals };
  for (const o of fieldConfig?.overrides ?? []) {
    if (!matches(o.matcher, seriesName)) continue;
    for (const p of o.properties) {
      switch (p.id) {
        case 'unit':
          out.unit = p.value;
          break;
        case 'color':
          out.color = p.value;
          break;
        case 'displayName':
          out.displayName = p.value;
          break;
        case 'min':
          out.min = p.value;
          break;
        case 'max':
          out.max = p.value;
          break;
        case 'decimals':
          out.decimals = p.value;
          break;
      }
    }
  }
  return out;
}

/**
 * Expands Grafana's display-name templates: `${__field.labels.pod}`, `${__field.labels}` (all labels),
 * `${__field.name}` and `${__series.name}` (the legend name). Unknown references render empty.
 */
export function interpolateDisplayName(template: string, labels: Record<string, string>, name: string): string {
  return template.replace(/\$\{__(field|series)\.(labels(?:\.([a-zA-Z_][a-zA-Z0-9_]*))?|name|displayName)\}/g, (_, _scope, what: string, label?: string) => {
    if (what === 'name' || what === 'displayName') return name;
    if (label !== undefined) return labels[label] ?? '';
    return Object.entries(labels)
      .filter(([k]) => k !== '__name__')
      .map(([k, v]) => `${k}="${v}"`)
      .join(', ');
  });
}
