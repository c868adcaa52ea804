/**
 * Decides which of our datasources a Grafana datasource reference means. Grafana writes references as names,
 * uids, `{ type, uid }` objects, `${DS_PROMETHEUS}` export placeholders (declared in `__inputs`) or `$datasource`
 * variables (a `datasource` variable whose `query` is the plugin id). Prometheus is the default.
 */
import type { DatasourceKind } from '../model';
import { arr, rec, str } from './read';

export type ResolvedDatasource =
  | { kind: 'prometheus' | 'loki'; assumed?: string }
  | { kind: 'mixed' }
  | { kind: 'unsupported'; name: string };

/** Plugin ids that speak PromQL through Grafana's Prometheus datasource or a compatible one. */
const PROMETHEUS_TYPES = new Set(['prometheus', 'grafana-amazonprometheus-datasource', 'grafana-azureprometheus-datasource']);
const MIXED = new Set(['-- mixed --', 'mixed']);
const GRAFANA_BUILTIN = new Set(['-- grafana --', 'grafana', '-- dashboard --', 'dashboard', 'datasource']);

export interface DatasourceResolver {
  resolve(ref: unknown): ResolvedDatasource | undefined;
  /** Which of ours a datasource variable's `query` names; undefined when it is another plugin. */
  kindOfPlugin(pluginId: string): DatasourceKind | undefined;
}

export function kindOfPlugin(pluginId: string): DatasourceKind | undefined {
  const id = pluginId.toLowerCase();
  if (PROMETHEUS_TYPES.has(id)) return 'prometheus';
  if (id === 'loki') return 'loki';
  return undefined;
}

/** Names users give datasources often say what they are; anything else is assumed to be Prometheus. */
function guessFromName(name: string): ResolvedDatasource {
  const n = name.toLowerCase();
  if (n.includes('loki')) return { kind: 'loki' };
  if (/prom|thanos|mimir|cortex|victoria/.test(n)) return { kind: 'prometheus' };
  if (MIXED.has(n)) return { kind: 'mixed' };
  if (GRAFANA_BUILTIN.has(n)) return { kind: 'unsupported', name };
  if (/elastic|opensearch|influx|graphite|mysql|postgres|mssql|cloudwatch|stackdriver|azure|tempo|jaeger|zipkin|testdata|opentsdb|clickhouse/.test(n)) {
    return { kind: 'unsupported', name };
  }
  return { kind: 'prometheus', assumed: name };
}

/** `${NAME}`, `${NAME:opt}`, `$NAME` and `[[NAME]]` all refer to a variable or an `__inputs` entry. */
function placeholderName(s: string): string | undefined {
  const m = /^\$\{([A-Za-z0-9_]+)(?::[^}]*)?\}$|^\$([A-Za-z0-9_]+)$|^\[\[([A-Za-z0-9_]+)\]\]$/.exec(s.trim());
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

export function createDatasourceResolver(dashboard: Record<string, unknown>): DatasourceResolver {
  const placeholders = new Map<string, string>(); // placeholder name -> plugin id
  for (const input of arr(dashboard.__inputs)) {
    const i = rec(input);
    const name = str(i?.name);
    const plugin = str(i?.pluginId);
    if (name && plugin && i?.type === 'datasource') placeholders.set(name, plugin);
  }
  for (const v of arr(rec(dashboard.templating)?.list)) {
    const variable = rec(v);
    const name = str(variable?.name);
    const plugin = str(variable?.query);
    if (variable?.type === 'datasource' && name && plugin) placeholders.set(name, plugin);
  }

  const fromString = (s: string): ResolvedDatasource => {
    const ph = placeholderName(s);
    if (ph !== undefined) {
      const plugin = placeholders.get(ph);
      if (plugin === undefined) return { kind: 'prometheus', assumed: s };
      const kind = kindOfPlugin(plugin);
      return kind ? { kind } : { kind: 'unsupported', name: plugin };
    }
    return guessFromName(s);
  };

  return {
    kindOfPlugin,
    resolve(ref) {
      if (ref === null || ref === undefined || ref === '' || ref === 'default') return undefined;
      if (typeof ref === 'string') return fromString(ref);
      const o = rec(ref);
      if (!o) return undefined;
      const type = str(o.type);
      const uid = str(o.uid);
      if (uid && MIXED.has(uid.toLowerCase())) return { kind: 'mixed' };
      if (type) {
        const kind = kindOfPlugin(type);
        if (kind) return { kind };
        // An exported type can itself be a placeholder, e.g. `{ type: '${DS_TYPE}' }`; then the uid decides.
        if (placeholderName(type) === undefined) return { kind: 'unsupported', name: type === 'datasource' && uid ? uid : type };
      }
      return uid ? fromString(uid) : undefined;
    },
  };
}
