/**
 * Resolving a dashboard's variables: options and selection for each, in dependency order (namespace before pod),
 * independent ones concurrently. One variable failing (upstream error, bad query, cycle) gives it an `error` and
 * keeps its selection; the others still resolve. Pure: the data side is the resolvers passed in.
 */
import type { ResolvedRange } from '@/lib/time/time-expr';
import type { DatasourceKind, Variable } from '../model';
import { fetchVariableTexts, interpolateRequest } from './fetch-texts';
import { intervalOptions, intervalValue } from './interval';
import { interpolate } from './interpolate';
import { filterByRegex, selectCurrent, selectionValue, sortOptions, uniqueOptions, variableRegex, withAllOption } from './options';
import { dependentsOf, variableOrder } from './order';
import { parseVariableQuery } from './query-syntax';
import type { ResolvedVariable, VariableOption, VariableResolver, VariableScope } from './types';

export interface ResolveOptions {
  range: ResolvedRange;
  resolvers: Partial<Record<DatasourceKind, VariableResolver>>;
  /** Selections to apply by name, e.g. from the URL (`readVariableParams`); otherwise previous, then `current`. */
  selected?: Readonly<Record<string, readonly string[]>>;
  /** Visible to every variable's query: built-ins such as `$__range` (see `builtinVariables`). */
  builtins?: VariableScope;
  /** A previous resolution: its options are reused for variables that need no recomputation. */
  previous?: readonly ResolvedVariable[];
  /** Variables whose selection changed: what depends on them is recomputed. */
  changed?: Iterable<string>;
  /** Variables whose options must be fetched again (e.g. `refresh: 'time'` ones after a range change), and dependents. */
  refetch?: Iterable<string>;
}

/** Resolves every variable; results come back in dashboard order. Never rejects. */
export async function resolveVariables(variables: readonly Variable[], opts: ResolveOptions): Promise<ResolvedVariable[]> {
  const { order, cycles, dependencies } = variableOrder(variables);
  const byName = new Map(variables.map((v) => [v.name, v]));
  const previous = new Map((opts.previous ?? []).map((r) => [r.name, r]));
  const refetch = new Set(opts.refetch ?? []);
  const recompute = new Set([...refetch, ...dependentsOf(variables, [...(opts.changed ?? []), ...refetch])]);
  const results = new Map<string, ResolvedVariable>();
  for (const group of cycles) {
    for (const name of group) {
      const error = `variables ${group.join(', ')} refer to each other: break the cycle`;
      results.set(name, failed(byName.get(name)!, selectionFor(name), error));
    }
  }
  const pending = new Map<string, Promise<void>>();
  for (const name of order) {
    const deps = dependencies.get(name)!.map((d) => pending.get(d)).filter((p) => p !== undefined);
    const run = async () => {
      await Promise.all(deps);
      const v = byName.get(name)!;
      const prev = previous.get(name);
      const reused = prev && !prev.error && !recompute.has(name) ? prev.options : undefined;
      try {
        const options = reused ?? (await computeOptions(v, opts, scopeOf(results, opts.builtins)));
        results.set(name, select(v, options, selectionFor(name), opts.range));
      } catch (e) {
        results.set(name, failed(v, selectionFor(name), e instanceof Error ? e.message : String(e)));
      }
    };
    pending.set(name, run());
  }
  await Promise.all(pending.values());
  return variables.map((v) => results.get(v.name)!);

  function selectionFor(name: string): readonly string[] {
    return opts.selected?.[name] ?? previous.get(name)?.current ?? byName.get(name)!.current;
  }
}

/** The scope for interpolating panel queries: resolved variables by name, plus built-ins. */
export function scopeOf(resolved: Iterable<ResolvedVariable> | Map<string, ResolvedVariable>, builtins: VariableScope = {}): VariableScope {
  const scope: Record<string, ResolvedVariable['value']> = { ...builtins };
  for (const r of resolved instanceof Map ? resolved.values() : resolved) scope[r.name] = r.value;
  return scope;
}

async function computeOptions(v: Variable, opts: ResolveOptions, scope: VariableScope): Promise<VariableOption[]> {
  switch (v.type) {
    case 'query': {
      const parsed = parseVariableQuery(v.query);
      if (!parsed.ok) throw new Error(parsed.error);
      const resolver = opts.resolvers[v.datasource];
      if (!resolver) throw new Error(`no ${v.datasource} datasource is configured`);
      const request = interpolateRequest(parsed.request, scope, v.datasource === 'loki' ? 'logql' : 'promql');
      const texts = await fetchVariableTexts(request, resolver, opts.range);
      const options = v.regex ? filterByRegex(texts, variableRegex(interpolate(v.regex, scope, 'regex'))) : texts.map((t) => ({ text: t, value: t }));
      return withAllOption(sortOptions(uniqueOptions(options), v.sort), v.includeAll);
    }
    case 'custom':
      return withAllOption(uniqueOptions(v.options), v.includeAll);
    case 'interval':
      return intervalOptions(v);
    case 'constant':
      return [{ text: v.value, value: v.value }];
    case 'datasource':
      return [{ text: v.datasource, value: v.datasource }];
    case 'textbox':
      return [];
  }
}

function select(v: Variable, options: VariableOption[], wanted: readonly string[], range: ResolvedRange): ResolvedVariable {
  const base = { name: v.name, options };
  switch (v.type) {
    case 'query':
    case 'custom': {
      const current = selectCurrent(options, wanted, v);
      return { ...base, current, value: selectionValue(options, current, v.allValue) };
    }
    case 'interval': {
      const current = selectCurrent(options, wanted, { multi: false, includeAll: false });
      return { ...base, current, value: { values: current.map((c) => intervalValue(v, c, range)) } };
    }
    case 'textbox': {
      // Free text: whatever was typed (or in the URL) is the value.
      const text = wanted[0] ?? v.default;
      return { name: v.name, options: [{ text, value: text }], current: [text], value: { values: [text] } };
    }
    case 'constant':
    case 'datasource':
      return { ...base, current: [options[0]!.value], value: { values: [options[0]!.value] } };
  }
}

function failed(v: Variable, wanted: readonly string[], error: string): ResolvedVariable {
  const current = [...wanted];
  const values = current.filter((c) => !c.startsWith('$__'));
  return { name: v.name, options: [], current, value: { values }, error };
}
