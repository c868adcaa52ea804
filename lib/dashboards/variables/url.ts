/**
 * Variables in the URL, as Grafana writes them: `var-<name>=<value>`, repeated for multi-value selections,
 * `var-<name>=$__all` for All. Shared links carry them, so opening one shows the same selection. Pure.
 */
import type { Variable } from '../model';

export const VARIABLE_PARAM_PREFIX = 'var-';

interface ParamsLike {
  forEach(callback: (value: string, key: string) => void): void;
}

/** Every `var-*` param, by variable name, values in URL order. An empty value (`var-x=`) is a value. */
export function readVariableParams(params: ParamsLike): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  params.forEach((value, key) => {
    if (!key.startsWith(VARIABLE_PARAM_PREFIX) || key.length === VARIABLE_PARAM_PREFIX.length) return;
    const name = key.slice(VARIABLE_PARAM_PREFIX.length);
    (out[name] ??= []).push(value);
  });
  return out;
}

/**
 * A new query string with `changes` applied: each named variable's params are replaced by its values (in order);
 * `null` removes them. Every other param (time range, panel, other variables) is kept.
 */
export function variableParamChanges(
  current: string | URLSearchParams,
  changes: Readonly<Record<string, readonly string[] | null>>,
): string {
  const next = new URLSearchParams(current);
  for (const [name, values] of Object.entries(changes)) {
    const key = VARIABLE_PARAM_PREFIX + name;
    next.delete(key);
    for (const v of values ?? []) next.append(key, v);
  }
  return next.toString();
}

/**
 * The selections worth putting in a URL: every variable except constants (Grafana does not sync them either; they
 * are part of the dashboard, not of the view).
 */
export function urlVariableValues(
  variables: readonly Variable[],
  resolved: readonly { name: string; current: readonly string[] }[],
): Record<string, string[]> {
  const synced = new Set(variables.filter((v) => v.type !== 'constant').map((v) => v.name));
  return Object.fromEntries(resolved.filter((r) => synced.has(r.name)).map((r) => [r.name, [...r.current]]));
}
