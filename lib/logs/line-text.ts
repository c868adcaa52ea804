/** Showing very long or JSON lines: byte-accurate truncation and a JSON prettifier that keeps numbers exact. Pure. */

/** Lines longer than this many UTF-8 bytes are shown truncated, with an expand control. */
export const MAX_LINE_BYTES = 16 * 1024;

function utf8Size(line: string, i: number): [bytes: number, units: number] {
  const c = line.charCodeAt(i);
  if (c < 0x80) return [1, 1];
  if (c < 0x800) return [2, 1];
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = line.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return [4, 2];
  }
  return [3, 1]; // BMP, or a lone surrogate (encoded as U+FFFD)
}

const NON_ASCII = /[^\x00-\x7f]/g;

/** UTF-8 length of `line` from `from`, as TextEncoder would write it. */
export function utf8Length(line: string, from = 0): number {
  NON_ASCII.lastIndex = from;
  const first = NON_ASCII.exec(line);
  if (!first) return line.length - from; // ASCII: one byte per unit, found by the native regex engine
  let bytes = first.index - from;
  for (let i = first.index; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The longest prefix of `line` within `maxBytes` UTF-8 bytes, cut between code points (never inside a surrogate
 * pair), and how many bytes were left out (0 if none).
 */
export function truncateLine(line: string, maxBytes = MAX_LINE_BYTES): { text: string; truncatedBytes: number } {
  if (line.length * 3 <= maxBytes) return { text: line, truncatedBytes: 0 };
  let bytes = 0;
  let i = 0;
  while (i < line.length) {
    const [b, u] = utf8Size(line, i);
    if (bytes + b > maxBytes) break;
    bytes += b;
    i += u;
  }
  if (i === line.length) return { text: line, truncatedBytes: 0 };
  return { text: line.slice(0, i), truncatedBytes: utf8Length(line, i) };
}

/**
 * `line` indented two spaces per level if it is a JSON object or array, else `line` unchanged. Works on the text
 * (numbers, key order and escapes kept as written); lines over `maxLength` are returned as they are.
 */
export function prettifyJson(line: string, maxLength = 2_000_000): string {
  const text = line.trim();
  if (text.length > maxLength || !/^[[{]/.test(text)) return line;
  try {
    JSON.parse(text);
  } catch {
    return line;
  }
  const out: string[] = [];
  let indent = 0;
  let start = 0;
  const newline = () => '\n' + '  '.repeat(indent);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const from = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      out.push(text.slice(from, i + 1));
    } else if (c === '{' || c === '[') {
      let j = i + 1;
      while (/\s/.test(text[j] ?? '')) j++;
      if (text[j] === (c === '{' ? '}' : ']')) {
        out.push(c === '{' ? '{}' : '[]');
        i = j;
      } else {
        indent++;
        out.push(c + newline());
      }
    } else if (c === '}' || c === ']') {
      indent--;
      out.push(newline() + c);
    } else if (c === ',') out.push(',' + newline());
    else if (c === ':') out.push(': ');
    else if (!/\s/.test(c!)) {
      start = i;
      while (i + 1 < text.length && /[^\s,:{}[\]"]/.test(text[i + 1]!)) i++;
      out.push(text.slice(start, i + 1));
    }
  }
  return out.join('');
}
