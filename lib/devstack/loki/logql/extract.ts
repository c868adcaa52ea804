/** Label extraction of LogQL's parsers: json, logfmt, regexp and pattern, with Loki's label naming. */

/** Loki's sanitizeLabelKey: invalid characters become '_', a leading digit gets a '_' prefix. */
export function sanitizeKey(key: string): string {
  const k = key.trim();
  if (!k) return k;
  return (/^[0-9]/.test(k) ? '_' + k : k).replace(/[^a-zA-Z0-9_]/g, '_');
}

export type Extracted = Record<string, string>;

function flattenJson(value: unknown, prefix: string, out: Extracted): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) return; // Loki's json parser skips arrays
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flattenJson(v, prefix ? `${prefix}_${sanitizeKey(k)}` : sanitizeKey(k), out);
    return;
  }
  out[prefix] = String(value);
}

/** Every scalar of a JSON object, nested keys joined with '_'. Throws on invalid JSON. */
export function parseJsonLine(line: string): Extracted {
  const v: unknown = JSON.parse(line);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new SyntaxError('Value looks like object, but can\'t find closing \'}\' symbol');
  const out: Extracted = {};
  flattenJson(v, '', out);
  return out;
}

/** A value at a path of a JSON line (json label="a.b" expressions); undefined when missing. */
export function jsonAt(obj: unknown, path: string[]): string | undefined {
  let cur = obj;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[p];
  }
  if (cur === undefined || cur === null) return undefined;
  return typeof cur === 'object' ? JSON.stringify(cur) : String(cur);
}

/** go-logfmt decoding of key=value pairs; throws on malformed input like Loki's LogfmtParserErr. */
export function parseLogfmt(line: string): Extracted {
  const out: Extracted = {};
  let i = 0;
  const n = line.length;
  while (i < n) {
    while (i < n && line.charCodeAt(i) <= 32) i++;
    if (i >= n) break;
    const ks = i;
    while (i < n && line.charCodeAt(i) > 32 && line[i] !== '=' && line[i] !== '"') i++;
    if (line[i] === '"') throw new SyntaxError(`logfmt syntax error at pos ${i + 1} on line 1: unexpected '"'`);
    const key = line.slice(ks, i);
    if (!key) throw new SyntaxError(`logfmt syntax error at pos ${i + 1} on line 1: unexpected '='`);
    let value = '';
    if (line[i] === '=') {
      i++;
      if (line[i] === '"') {
        let j = i + 1;
        let esc = false;
        for (; j < n; j++) {
          if (esc) esc = false;
          else if (line[j] === '\\') esc = true;
          else if (line[j] === '"') break;
        }
        if (j >= n) throw new SyntaxError(`logfmt syntax error at pos ${j + 1} on line 1: unterminated quoted value`);
        try {
          value = JSON.parse(line.slice(i, j + 1)) as string;
        } catch {
          value = line.slice(i + 1, j);
        }
        i = j + 1;
      } else {
        const vs = i;
        while (i < n && line.charCodeAt(i) > 32) {
          if (line[i] === '"' || line[i] === '=') throw new SyntaxError(`logfmt syntax error at pos ${i + 1} on line 1: unexpected '${line[i]}'`);
          i++;
        }
        value = line.slice(vs, i);
      }
    }
    const k = sanitizeKey(key);
    if (k && value !== '') out[k] = value;
  }
  return out;
}

/** Named capture groups of a regexp stage; no match gives no labels. */
export function parseRegexp(line: string, re: RegExp): Extracted {
  const m = re.exec(line);
  const out: Extracted = {};
  if (m?.groups) for (const [k, v] of Object.entries(m.groups)) if (v !== undefined) out[k] = v;
  return out;
}

type PatternPart = { literal: string } | { capture: string };

const patternCache = new Map<string, PatternPart[]>();

function compilePattern(p: string): PatternPart[] {
  let parts = patternCache.get(p);
  if (parts) return parts;
  parts = [];
  const re = /<(_|[a-zA-Z_][a-zA-Z0-9_]*)>/g;
  let last = 0;
  for (const m of p.matchAll(re)) {
    if (m.index! > last) parts.push({ literal: p.slice(last, m.index) });
    parts.push({ capture: m[1] });
    last = m.index! + m[0].length;
  }
  if (last < p.length) parts.push({ literal: p.slice(last) });
  patternCache.set(p, parts);
  return parts;
}

/** Loki's pattern parser: literals are found in order, captures take what lies between them. */
export function parsePattern(line: string, pattern: string): Extracted {
  const parts = compilePattern(pattern);
  const out: Extracted = {};
  let pos = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if ('literal' in part) {
      if (!line.startsWith(part.literal, pos)) return {};
      pos += part.literal.length;
      continue;
    }
    const next = parts[i + 1];
    let end = line.length;
    if (next && 'literal' in next) {
      end = line.indexOf(next.literal, pos);
      if (end < 0) return {};
    }
    if (part.capture !== '_') out[part.capture] = line.slice(pos, end);
    pos = end;
  }
  return out;
}
