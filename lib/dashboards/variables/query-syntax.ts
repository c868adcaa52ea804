/**
 * Grafana's Prometheus (and Loki) variable query syntax, parsed into a typed request:
 * `label_values(label)`, `label_values(selector, label)`, `label_names()`, `label_names(selector)`,
 * `metrics(regex)`, `query_result(expr)`; a bare selector lists series (Grafana's fallback). Pure.
 */
import { isLabelName } from '@/lib/promql/escape';

export type VariableRequest =
  | { kind: 'labelValues'; label: string; match?: string }
  | { kind: 'labelNames'; match?: string }
  | { kind: 'metrics'; regex: string }
  | { kind: 'queryResult'; expr: string }
  | { kind: 'series'; match: string };

export type ParsedVariableQuery = { ok: true; request: VariableRequest } | { ok: false; error: string };

const SUPPORTED = 'label_values(label), label_values(selector, label), label_names(), metrics(regex), query_result(expr)';
const CALL = /^([a-zA-Z_]\w*)\s*\(([\s\S]*)\)$/;
// A label argument may itself be a variable reference, resolved before the request is sent.
const LABEL_REF = /^(?:\$\w+|\$\{\w+\}|\[\[\w+\]\])$/;

/** Parses one variable query; errors name what was wrong and what is accepted. */
export function parseVariableQuery(query: string): ParsedVariableQuery {
  const text = query.trim();
  if (text === '') return fail(`the query is empty: use ${SUPPORTED}`);
  const call = CALL.exec(text);
  if (!call) {
    if (/^[a-zA-Z_]\w*\s*\(/.test(text)) return fail(`unbalanced parentheses in ${JSON.stringify(text)}`);
    return { ok: true, request: { kind: 'series', match: text } };
  }
  const [, fn, rawArgs] = call as unknown as [string, string, string];
  const args = rawArgs.trim();
  switch (fn) {
    case 'label_values':
      return labelValues(args);
    case 'label_names':
      return { ok: true, request: args ? { kind: 'labelNames', match: args } : { kind: 'labelNames' } };
    case 'metrics':
      return args ? { ok: true, request: { kind: 'metrics', regex: args } } : fail('metrics() needs a regex, e.g. metrics(^node_)');
    case 'query_result':
      return args ? { ok: true, request: { kind: 'queryResult', expr: args } } : fail('query_result() needs a PromQL expression');
    default:
      return fail(`unknown variable function ${fn}(): use ${SUPPORTED}`);
  }
}

/** Whether a label argument is acceptable as written: a label name or a reference to a variable. */
export function isLabelArgument(label: string): boolean {
  return isLabelName(label) || LABEL_REF.test(label);
}

function labelValues(args: string): ParsedVariableQuery {
  if (!args) return fail('label_values() needs a label, e.g. label_values(namespace) or label_values(up, job)');
  const comma = lastTopLevelComma(args);
  const label = (comma < 0 ? args : args.slice(comma + 1)).trim();
  const match = comma < 0 ? undefined : args.slice(0, comma).trim();
  if (!isLabelArgument(label)) return fail(`${JSON.stringify(label)} is not a label name (letters, digits and _)`);
  if (match === '') return fail('label_values(selector, label): the selector is empty');
  return { ok: true, request: match === undefined ? { kind: 'labelValues', label } : { kind: 'labelValues', label, match } };
}

/** Index of the last comma outside brackets and string literals, -1 if none. */
function lastTopLevelComma(text: string): number {
  let depth = 0;
  let quote: string | null = null;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote !== '`') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 0) last = i;
  }
  return last;
}

function fail(error: string): ParsedVariableQuery {
  return { ok: false, error };
}
