/**
 * Variable interpolation in PromQL, LogQL and plain text (titles, legends, links). In queries each value is escaped
 * for where it lands, decided on the grammar: in a regex literal (`=~`, `!~`, `|~`) values are regex-escaped and
 * joined with `|`; any literal holding a reference is rebuilt as one double-quoted string, so quotes, backslashes,
 * newlines and unicode never break it; outside literals values are inserted raw. Unknown names stay as written
 * (as in Grafana), so a typo shows up as a query error naming it. Pure.
 */
import { quote } from '@/lib/promql/escape';
import { defaultFormat, formatValue, isFormat, type ValueContext } from './formats';
import { type QueryLanguage, stringLiterals } from './literals';
import { findReferences, type VariableReference } from './references';
import { unquoteLiteral } from './string-literal';
import type { VariableScope } from './types';

/** `text`: titles, legends, links (values raw); `regex`: a whole regex such as a variable's filter (values regex-escaped). */
export type InterpolationMode = QueryLanguage | 'text' | 'regex';

/** Replaces `$var`, `${var}`, `${var:format}`, `[[var]]` and `[[var:format]]` with values from `scope`. */
export function interpolate(text: string, scope: VariableScope, mode: InterpolationMode = 'text'): string {
  const refs = findReferences(text).filter((r) => Object.hasOwn(scope, r.name) && (r.format === undefined || isFormat(r.format)));
  if (!refs.length) return text;
  if (mode === 'text') return splice(text, refs, (r) => expand(r, scope, 'bare', true));
  if (mode === 'regex') return splice(text, refs, (r) => expand(r, scope, 'regex', false));

  // Swap references for identifier-like placeholders so the grammar sees the query's real literal structure.
  let prefix = 'LanternVarRef';
  while (text.includes(prefix)) prefix += 'X';
  const token = new RegExp(`${prefix}(\\d+)_`, 'g');
  const masked = splice(text, refs, (_, i) => `${prefix}${i}_`);
  const literals = stringLiterals(masked, mode).filter((l) => masked.slice(l.from, l.to).includes(prefix));

  let out = '';
  let at = 0;
  for (const lit of literals) {
    out += bare(masked.slice(at, lit.from));
    out += literal(masked.slice(lit.from, lit.to), lit.regex ? 'regex' : 'string');
    at = lit.to;
  }
  return out + bare(masked.slice(at));

  function bare(segment: string): string {
    return segment.replace(token, (_, i: string) => expand(refs[Number(i)]!, scope, 'bare', true));
  }

  function literal(raw: string, context: ValueContext): string {
    const content = unquoteLiteral(raw);
    if (content === null) {
      // Not a literal we can decode: escape each value for a double-quoted string and leave the rest alone.
      return raw.replace(token, (_, i: string) => quote(expand(refs[Number(i)]!, scope, context, false)).slice(1, -1));
    }
    const alone = new RegExp(`^${prefix}\\d+_$`).test(content);
    return quote(content.replace(token, (_, i: string) => expand(refs[Number(i)]!, scope, context, alone)));
  }
}

function expand(ref: VariableReference, scope: VariableScope, context: ValueContext, alone: boolean): string {
  const value = scope[ref.name]!;
  return ref.format !== undefined && isFormat(ref.format) ? formatValue(value, ref.format, ref.name) : defaultFormat(value, context, alone);
}

function splice(text: string, refs: VariableReference[], replace: (r: VariableReference, i: number) => string): string {
  let out = '';
  let at = 0;
  refs.forEach((r, i) => {
    out += text.slice(at, r.from) + replace(r, i);
    at = r.to;
  });
  return out + text.slice(at);
}
