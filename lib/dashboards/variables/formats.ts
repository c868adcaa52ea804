/**
 * Turning a variable's value into text: Grafana's named formats (`${var:regex}`, ...) and Lantern's defaults for
 * where a reference sits. The result is the *content* a query receives; quoting it for a string literal is the
 * caller's job (see interpolate.ts), so no format can break a query's syntax. Pure.
 */
import { regexEscape } from '@/lib/promql/escape';
import type { VariableValue } from './types';

/** Where a reference without an explicit format sits. */
export type ValueContext = 'regex' | 'string' | 'bare';

export const FORMATS = ['raw', 'regex', 'pipe', 'csv', 'text', 'glob', 'queryparam', 'doublequote', 'singlequote'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

/**
 * Formats `value` as Grafana's format of that name would. With "All" and a custom all value, that value is
 * inserted as written (it is usually a regex such as `.*`), as in Grafana.
 */
export function formatValue(value: VariableValue, format: Format, name = ''): string {
  if (value.isAll && value.allValue !== undefined) return format === 'text' ? 'All' : value.allValue;
  const vals = value.values;
  switch (format) {
    case 'raw':
    case 'csv':
      return vals.join(',');
    case 'regex':
      return vals.length === 1 ? regexEscape(vals[0]!) : `(${vals.map(regexEscape).join('|')})`;
    case 'pipe':
      return vals.join('|');
    case 'text':
      return value.isAll ? 'All' : (value.texts ?? vals).join(' + ');
    case 'glob':
      return vals.length === 1 ? vals[0]! : `{${vals.join(',')}}`;
    case 'queryparam':
      return vals.map((v) => `var-${encodeURIComponent(name)}=${encodeURIComponent(v)}`).join('&');
    case 'doublequote':
      return vals.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',');
    case 'singlequote':
      return vals.map((v) => `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`).join(',');
  }
}

/**
 * The default expansion of a reference without a format. In a regex matcher each value is regex-escaped and the
 * values joined with `|`; when the reference shares its literal with other text (`"$pod-.*"`), a multi-value
 * alternation is grouped `(?:a|b)` so the surrounding text applies to every value (Grafana does not group, and
 * `"a|b-.*"` would match `a` alone). Elsewhere values are inserted raw, joined with `,`.
 */
export function defaultFormat(value: VariableValue, context: ValueContext, aloneInLiteral: boolean): string {
  if (value.isAll && value.allValue !== undefined) return value.allValue;
  if (context !== 'regex') return value.values.join(',');
  const alternation = value.values.map(regexEscape).join('|');
  return value.values.length > 1 && !aloneInLiteral ? `(?:${alternation})` : alternation;
}
