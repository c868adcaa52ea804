/**
 * Kubernetes log text (with `timestamps=true`) to log entries: each line starts with an RFC 3339 timestamp with up to
 * nanosecond precision and a space. Pure; the nanoseconds are kept as a decimal string like Loki's.
 */

export interface KubeLogEntry {
  tsNs: string;
  line: string;
}

const STAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2}) /;

/** Nanoseconds since the epoch of an RFC 3339 timestamp, or null. */
export function rfc3339ToNs(stamp: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(stamp);
  if (!m) return null;
  const seconds = Date.parse(`${m[1]}${m[3]}`);
  if (Number.isNaN(seconds)) return null;
  const frac = (m[2] ?? '').padEnd(9, '0');
  return (BigInt(seconds) * 1_000_000n + BigInt(frac)).toString();
}

/** Parses complete lines; a line without a timestamp (should not happen) keeps the previous line's time. */
export function parseKubeLog(text: string): KubeLogEntry[] {
  const out: KubeLogEntry[] = [];
  let last = '0';
  for (const raw of text.split('\n')) {
    if (raw === '') continue;
    const m = STAMP.exec(raw);
    const ns = m ? rfc3339ToNs(`${m[1]}${m[2] ? `.${m[2]}` : ''}${m[3]}`) : null;
    if (m && ns) {
      last = ns;
      out.push({ tsNs: ns, line: raw.slice(m[0].length) });
    } else out.push({ tsNs: last, line: raw });
  }
  return out;
}

/** Splits a growing text buffer into complete lines and the unfinished rest (for followed logs). */
export function takeLines(buffer: string): { lines: string; rest: string } {
  const nl = buffer.lastIndexOf('\n');
  return nl < 0 ? { lines: '', rest: buffer } : { lines: buffer.slice(0, nl + 1), rest: buffer.slice(nl + 1) };
}
