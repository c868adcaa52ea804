/**
 * Decoding PromQL / LogQL string literals (Go syntax: `"..."` and `'...'` with escapes, `` `...` `` raw), so that a
 * literal holding variable references can be rebuilt with every value escaped. Pure.
 */

const SIMPLE: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, "'": 39, '"': 34 };
const encoder = new TextEncoder();

/** The value of a literal as written in a query (quotes included), or null if it is not a well-formed literal. */
export function unquoteLiteral(literal: string): string | null {
  const q = literal[0];
  if (literal.length < 2 || literal[literal.length - 1] !== q) return null;
  const body = literal.slice(1, -1);
  if (q === '`') return body.includes('`') ? null : body;
  if (q !== '"' && q !== "'") return null;
  // \x and octal escapes are bytes (UTF-8 may be spelled byte by byte), so decode through a byte buffer.
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === q || c === '\n') return null;
    if (c !== '\\') {
      const cp = body.codePointAt(i)!;
      if (cp > 0xffff) i++;
      bytes.push(...encoder.encode(String.fromCodePoint(cp)));
      continue;
    }
    const e = body[++i];
    if (e === undefined) return null;
    if (e in SIMPLE) bytes.push(SIMPLE[e]!);
    else if (e === 'x' || e === 'u' || e === 'U') {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) return null;
      const n = parseInt(hex, 16);
      if (e === 'x') bytes.push(n);
      else if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
      else bytes.push(...encoder.encode(String.fromCodePoint(n)));
      i += len;
    } else if (/[0-7]/.test(e)) {
      const oct = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) return null;
      bytes.push(parseInt(oct, 8));
      i += 2;
    } else return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}
