/** Loki request parameters. Loki reads bare integers as nanoseconds, so times are written in ns. Pure. */

/**
 * A point in time: a Date or epoch milliseconds (number), epoch nanoseconds (bigint), or a string passed
 * verbatim (ns digits such as a LogEntry's tsNs, or RFC 3339).
 */
export type LokiTime = Date | number | bigint | string;

/** Seconds as a number, or a duration string ("1m"). */
export type LokiStep = number | string;

export function lokiTime(t: LokiTime | undefined): string | undefined {
  if (t === undefined) return undefined;
  if (typeof t === 'string') return t;
  if (typeof t === 'bigint') return t.toString();
  const ms = t instanceof Date ? t.getTime() : t;
  if (!Number.isFinite(ms)) throw new RangeError(`invalid time: ${String(t)}`);
  const whole = Math.trunc(ms);
  return (BigInt(whole) * 1_000_000n + BigInt(Math.round((ms - whole) * 1e6))).toString();
}

export function lokiStep(step: LokiStep | undefined): string | undefined {
  if (step === undefined || typeof step === 'string') return step;
  if (!Number.isFinite(step) || step <= 0) throw new RangeError(`invalid step: ${step}`);
  return String(step);
}

/** A timestamp Loki wrote as ns digits or RFC 3339 (nanosecond fraction kept) → ns digits. */
export function toNs(ts: string): string {
  if (/^\d+$/.test(ts)) return ts;
  const m = /^(.*?:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(ts);
  const ms = m ? Date.parse(`${m[1]}${m[3]}`) : NaN;
  if (!m || Number.isNaN(ms)) return ts;
  return (BigInt(ms) * 1_000_000n + BigInt((m[2] ?? '').padEnd(9, '0'))).toString();
}
