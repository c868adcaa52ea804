/**
 * From raw results to a variable's options and selection, as Grafana does it: regex filter (capture group or named
 * groups `text` / `value`), de-duplication, sort, "All" first, and a selection kept when still valid. Pure.
 */
import type { Variable } from '../model';
import { ALL_VALUE, type VariableOption, type VariableValue } from './types';

export type SortMode = Extract<Variable, { type: 'query' }>['sort'];

/**
 * Grafana's regex syntax for variable filters: `/pattern/flags`, or a bare pattern that must match the whole text.
 * Throws with a readable message when the pattern is not a valid regex.
 */
export function variableRegex(text: string): RegExp {
  try {
    if (!text.startsWith('/')) return new RegExp(`^${text}$`);
    const m = /^\/(.*)\/([gimsuy]*)$/s.exec(text);
    if (!m) throw new Error('expected /pattern/flags');
    return new RegExp(m[1]!, m[2]);
  } catch (e) {
    throw new Error(`the variable regex ${JSON.stringify(text)} is invalid: ${(e as Error).message}`);
  }
}

/**
 * Keeps the texts `regex` matches. Named groups `value` / `text` pick value and text; otherwise the first capture
 * group is the value; with the `g` flag every match of the first group becomes an option; without groups the whole
 * text is kept.
 */
export function filterByRegex(texts: readonly string[], regex: RegExp): VariableOption[] {
  const out: VariableOption[] = [];
  for (const text of texts) {
    const matches = regex.global ? [...text.matchAll(regex)] : [regex.exec(text)].filter((m) => m !== null);
    if (!matches.length) continue;
    const value = matches.find((m) => m.groups?.value)?.groups?.value;
    const label = matches.find((m) => m.groups?.text)?.groups?.text;
    if (value !== undefined || label !== undefined) {
      out.push({ value: (value ?? label)!, text: (label ?? value)! });
      continue;
    }
    const grouped = matches.filter((m) => m.length > 1 && m[1] !== undefined);
    if (!grouped.length) out.push({ text, value: text });
    else for (const m of regex.global ? grouped : grouped.slice(0, 1)) out.push({ text: m[1]!, value: m[1]! });
  }
  return out;
}

/** Drops options whose value was seen before (first wins). */
export function uniqueOptions(options: readonly VariableOption[]): VariableOption[] {
  const seen = new Set<string>();
  return options.filter((o) => !seen.has(o.value) && seen.add(o.value));
}

/**
 * Grafana's sorts: alphabetical by text in code-unit order; numerical by the first integer in the text (texts
 * without one count as -1). Stable.
 */
export function sortOptions(options: readonly VariableOption[], sort: SortMode): VariableOption[] {
  const out = [...options];
  if (sort === 'alpha' || sort === 'alpha-desc') out.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  if (sort === 'numeric' || sort === 'numeric-desc') out.sort((a, b) => firstInt(a.text) - firstInt(b.text));
  return sort.endsWith('-desc') ? out.reverse() : out;
}

function firstInt(text: string): number {
  const m = /(\d+)/.exec(text);
  return m ? parseInt(m[1]!, 10) : -1;
}

export interface SelectionRules {
  multi: boolean;
  includeAll: boolean;
}

/** The options with "All" first when the variable includes it. */
export function withAllOption(options: readonly VariableOption[], includeAll: boolean): VariableOption[] {
  return includeAll ? [{ text: 'All', value: ALL_VALUE }, ...options] : [...options];
}

/**
 * Keeps the selection when still valid (for multi, the values still offered), else the first option: All when the
 * variable includes it, as in Grafana where All is listed first.
 */
export function selectCurrent(options: readonly VariableOption[], current: readonly string[], rules: SelectionRules): string[] {
  if (rules.includeAll && current.includes(ALL_VALUE)) return [ALL_VALUE];
  const offered = new Set(options.map((o) => o.value).filter((v) => v !== ALL_VALUE));
  const valid = current.filter((v) => offered.has(v));
  if (valid.length) return rules.multi ? [...new Set(valid)] : valid.slice(0, 1);
  if (rules.includeAll) return [ALL_VALUE];
  return options.length ? [options[0]!.value] : [];
}

/** What a selection expands to: All becomes every option's value (or the custom all value at interpolation). */
export function selectionValue(options: readonly VariableOption[], current: readonly string[], allValue?: string): VariableValue {
  if (current.includes(ALL_VALUE)) {
    const all = options.filter((o) => o.value !== ALL_VALUE);
    const value: VariableValue = { values: all.map((o) => o.value), texts: all.map((o) => o.text), isAll: true };
    if (allValue !== undefined && allValue !== '') value.allValue = allValue;
    return value;
  }
  const text = new Map(options.map((o) => [o.value, o.text]));
  return { values: [...current], texts: current.map((v) => text.get(v) ?? v) };
}
