/** Grafana `templating.list` to our variables. Variables we cannot represent are dropped with a warning. */
import type { Variable } from '../model';
import type { DatasourceResolver } from './datasource';
import { customOptions, intervalOptions, lokiVariableQuery, prometheusVariableQuery, savedOptions } from './variable-queries';
import { arr, bool, cut, rec, str, text, type Json } from './read';
import type { Warn } from './warnings';

const HIDE = ['none', 'label', 'variable'] as const;
/** Grafana sort ids 0–8; the case-insensitive and natural orders have no exact twin here. */
const SORT = ['none', 'alpha', 'alpha-desc', 'numeric', 'numeric-desc', 'alpha', 'alpha-desc', 'alpha', 'alpha-desc'] as const;

/** Selected values: `current.value` may be a string or an array; "All" is `$__all`. */
function currentOf(v: Json): string[] {
  const value = rec(v.current)?.value;
  const list = Array.isArray(value) ? value : [value];
  return list.filter((x): x is string => typeof x === 'string' && x !== '');
}

function sanitizeName(name: string): string {
  const cleaned = name.replace(/[^a-zA-Z0-9_]/g, '_');
  return /^[a-zA-Z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

export function mapVariables(list: unknown, resolver: DatasourceResolver, warn: Warn): Variable[] {
  const out: Variable[] = [];
  const names = new Set<string>();
  for (const item of arr(list)) {
    const v = rec(item);
    const original = str(v?.name);
    if (!v || !original) continue;
    const drop = (why: string) => warn({ code: 'variable-dropped', message: `Variable $${original} was dropped: ${why}.`, variable: original });
    let name = original;
    if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name)) {
      name = sanitizeName(name);
      warn({ code: 'variable-renamed', message: `Variable $${original} was renamed $${name} (names are letters, digits and _); queries still say $${original}.`, variable: original });
    }
    if (names.has(name)) {
      drop('another variable has the same name');
      continue;
    }
    if (out.length >= 64) {
      drop('a dashboard holds at most 64 variables');
      continue;
    }
    const mapped = mapVariable(v, name, resolver, (code, message) => warn({ code, message, variable: original }), drop);
    if (mapped) {
      names.add(name);
      out.push(mapped);
    }
  }
  return out;
}

function mapVariable(
  v: Json,
  name: string,
  resolver: DatasourceResolver,
  warn: (code: 'variable-query-unrecognised' | 'option-approximated', message: string) => void,
  drop: (why: string) => void,
): Variable | undefined {
  const label = text(v.label);
  const hideIndex = typeof v.hide === 'number' ? v.hide : 0;
  const base = { name, ...(label ? { label: cut(label, 256) } : {}), hide: HIDE[hideIndex] ?? 'none', current: currentOf(v) };
  const allValue = text(v.allValue);
  const multiAll = { multi: bool(v.multi) ?? false, includeAll: bool(v.includeAll) ?? false, ...(allValue ? { allValue: cut(allValue, 1024) } : {}) };
  const type = str(v.type) ?? '(none)';

  switch (type) {
    case 'query': {
      const ds = resolver.resolve(v.datasource);
      if (ds?.kind === 'unsupported') {
        const options = savedOptions(v);
        warn('option-approximated', `Queries the ${ds.name} datasource, which is not supported; kept as a custom variable with its ${options.length} saved option(s).`);
        return { ...base, type: 'custom', options, ...multiAll };
      }
      const datasource = ds?.kind === 'loki' ? 'loki' : 'prometheus';
      const query = datasource === 'loki' ? lokiVariableQuery(v.query) : prometheusVariableQuery(v.query, v.definition);
      if (query.unrecognised) warn('variable-query-unrecognised', `Query "${query.text}" is not label_values(), query_result(), metrics() or label_names(); kept as written.`);
      const sortIndex = typeof v.sort === 'number' ? v.sort : 0;
      if (sortIndex >= 5 && sortIndex <= 8) warn('option-approximated', 'Case-insensitive and natural sort orders are approximated by alphabetical order.');
      const regex = text(v.regex);
      return {
        ...base,
        type: 'query',
        datasource,
        query: cut(query.text, 64 * 1024),
        ...(regex ? { regex: cut(regex, 1024) } : {}),
        sort: SORT[sortIndex] ?? 'none',
        ...multiAll,
        refresh: v.refresh === 2 ? 'time' : 'load',
      };
    }
    case 'custom':
      return { ...base, type: 'custom', options: customOptions(v), ...multiAll };
    case 'constant':
      return { ...base, type: 'constant', value: cut(str(v.query) ?? '', 64 * 1024) };
    case 'textbox':
      return { ...base, type: 'textbox', default: cut(str(v.query) ?? '', 4096) };
    case 'interval': {
      const options = intervalOptions(v);
      if (options.length === 0) {
        drop('it lists no intervals');
        return undefined;
      }
      const autoCount = typeof v.auto_count === 'number' ? Math.min(10_000, Math.max(1, Math.round(v.auto_count))) : 30;
      return { ...base, type: 'interval', options, auto: bool(v.auto) ?? false, autoCount, autoMin: cut(text(v.auto_min) ?? '10s', 32) };
    }
    case 'datasource': {
      const plugin = str(v.query) ?? '';
      const datasource = resolver.kindOfPlugin(plugin);
      if (!datasource) {
        drop(`it selects ${plugin || 'an unnamed'} datasources, and only Prometheus and Loki are supported`);
        return undefined;
      }
      return { ...base, type: 'datasource', datasource };
    }
    default:
      drop(`the "${type}" variable type is not supported`);
      return undefined;
  }
}
