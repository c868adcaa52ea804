/**
 * Dashboard variables (`$ns`, `${pod:regex}`, `[[node]]`, `$__rate_interval`) are not PromQL, so the grammar
 * would turn them into error nodes. Outside string literals they are masked with PromQL of the same length
 * (a duration inside `[...]` and after `offset`, an identifier elsewhere) so every offset into the masked
 * text is an offset into the original. Pure.
 */

const VARIABLE = /\$\{[^}]*\}|\$[a-zA-Z_][a-zA-Z0-9_]*|\[\[[^\]]*\]\]/y;

/** Returns text of the same length with variables outside strings replaced by parseable tokens. */
export function maskVariables(expr: string): string {
  let out = '';
  let i = 0;
  while (i < expr.length) {
    const ch = expr[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      const end = stringEnd(expr, i);
      out += expr.slice(i, end);
      i = end;
      continue;
    }
    VARIABLE.lastIndex = i;
    const m = VARIABLE.exec(expr);
    if (m) {
      out += inDurationContext(expr, i) ? '1s'.padEnd(m[0].length, ' ') : m[0].replace(/[^a-zA-Z0-9_]/g, '_');
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function stringEnd(s: string, start: number): number {
  const q = s[start];
  for (let i = start + 1; i < s.length; i++) {
    if (q !== '`' && s[i] === '\\') i++;
    else if (s[i] === q) return i + 1;
  }
  return s.length;
}

/** After `[`, `:` (subquery step) or the keyword `offset`: a duration is expected. */
function inDurationContext(s: string, i: number): boolean {
  const before = s.slice(0, i).trimEnd();
  return before.endsWith('[') || before.endsWith(':') || /\boffset$/i.test(before);
}
