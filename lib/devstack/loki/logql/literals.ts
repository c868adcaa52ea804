/** Go-flavoured literals of LogQL: quoted strings, durations, byte sizes and RE2 regular expressions. */

export class LiteralError extends Error {}

/** Unquote a Go string literal: "..." with escapes, or `raw`. */
export function unquote(s: string): string {
  if (s.startsWith('`')) return s.slice(1, -1);
  const body = s.slice(1, -1);
  return body.replace(/\\(u\{?[0-9a-fA-F]{4}\}?|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|[0-7]{3}|.)/g, (_, e: string) => {
    switch (e[0]) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case 'a': return '\x07';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'v': return '\v';
      case 'u':
      case 'U':
        return String.fromCodePoint(parseInt(e.slice(1).replace(/[{}]/g, ''), 16));
      case 'x':
        return String.fromCharCode(parseInt(e.slice(1), 16));
      default:
        if (/^[0-7]{3}$/.test(e)) return String.fromCharCode(parseInt(e, 8));
        if (e === '\\' || e === '"' || e === "'") return e;
        throw new LiteralError(`invalid syntax`);
    }
  });
}

const PROM_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_536_000_000 };

/** Prometheus duration (range selectors, offsets, step): 5m, 1h30m, 100ms. Milliseconds. */
export function parsePromDuration(s: string): number {
  const re = /(\d+)(ms|s|m|h|d|w|y)/g;
  let total = 0;
  let consumed = 0;
  for (const m of s.matchAll(re)) {
    if (m.index !== consumed) throw new LiteralError(`not a valid duration string: "${s}"`);
    total += Number(m[1]) * PROM_UNITS[m[2]];
    consumed += m[0].length;
  }
  if (!s || consumed !== s.length) throw new LiteralError(`not a valid duration string: "${s}"`);
  return total;
}

const GO_UNITS: Record<string, number> = { ns: 1e-9, us: 1e-6, 'µs': 1e-6, 'μs': 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/** Go time.ParseDuration, in seconds (label filters compare durations as seconds). */
export function parseGoDuration(s: string): number | null {
  let rest = s;
  let sign = 1;
  if (rest[0] === '-' || rest[0] === '+') {
    sign = rest[0] === '-' ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  const re = /^(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/;
  let total = 0;
  if (!rest) return null;
  while (rest) {
    const m = re.exec(rest);
    if (!m) return null;
    total += Number(m[1]) * GO_UNITS[m[2]];
    rest = rest.slice(m[0].length);
  }
  return sign * total;
}

const BYTE_UNITS: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, pb: 1e15, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, tib: 1024 ** 4, pib: 1024 ** 5, k: 1e3, m: 1e6, g: 1e9, t: 1e12, ki: 1024, mi: 1024 ** 2, gi: 1024 ** 3 };

/** humanize.ParseBytes: 20MB, 1.5KiB, 100B. */
export function parseBytes(s: string): number | null {
  const m = /^\s*([0-9.]+)\s*([a-zA-Z]*)\s*$/.exec(s.replace(/,/g, ''));
  if (!m) return null;
  const unit = m[2].toLowerCase();
  const mult = unit === '' ? 1 : BYTE_UNITS[unit];
  return mult === undefined ? null : Number(m[1]) * mult;
}

const POSIX: Record<string, string> = {
  alnum: 'a-zA-Z0-9', alpha: 'a-zA-Z', ascii: '\\x00-\\x7F', blank: ' \\t', cntrl: '\\x00-\\x1F\\x7F', digit: '0-9',
  graph: '!-~', lower: 'a-z', print: ' -~', punct: '!-\\/:-@\\[-`{-~', space: '\\s', upper: 'A-Z', word: '\\w', xdigit: '0-9A-Fa-f',
};

/**
 * Compile an RE2 pattern for JavaScript: named groups (?P<n>), leading inline flags, POSIX classes,
 * \A and \z. Anchored patterns match the whole string, as Prometheus and Loki matchers do.
 */
export function compileRe2(pattern: string, anchored: boolean): RegExp {
  let src = pattern;
  let flags = '';
  const lead = /^\(\?([imsU]+)\)/.exec(src);
  if (lead) {
    if (lead[1].includes('i')) flags += 'i';
    if (lead[1].includes('s')) flags += 's';
    if (lead[1].includes('m')) flags += 'm';
    src = src.slice(lead[0].length);
  }
  src = src
    .replace(/\(\?P</g, '(?<')
    .replace(/\[:(\^?)(\w+):\]/g, (m, neg: string, name: string) => (POSIX[name] && !neg ? POSIX[name] : m))
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$');
  const full = anchored ? `^(?:${src})$` : src;
  try {
    return new RegExp(full, flags + 'u');
  } catch {
    try {
      return new RegExp(full, flags);
    } catch (e) {
      throw new LiteralError(`error parsing regexp: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`);
    }
  }
}
