/** Prometheus request parameters: times, steps and label names as the API expects them. Pure. */

/** A point in time: a Date, epoch milliseconds, or a string passed verbatim (RFC 3339 or unix seconds). */
export type TimeInput = Date | number | string;

/** A step: seconds as a number, or a Prometheus duration string ("15s", "1m"). */
export type StepInput = number | string;

/** Unix seconds with up to millisecond precision, written without exponent or trailing zeros. */
export function promTime(t: TimeInput | undefined): string | undefined {
  if (t === undefined) return undefined;
  if (typeof t === 'string') return t;
  const ms = t instanceof Date ? t.getTime() : t;
  if (!Number.isFinite(ms)) throw new RangeError(`invalid time: ${String(t)}`);
  const whole = Math.trunc(ms / 1000);
  const frac = Math.abs(Math.round(ms - whole * 1000));
  return frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(3, '0').replace(/0+$/, '')}`;
}

export function promStep(step: StepInput): string {
  if (typeof step === 'string') return step;
  if (!Number.isFinite(step) || step <= 0) throw new RangeError(`invalid step: ${step}`);
  return String(step);
}

const LEGACY_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/**
 * A label name as a URL path segment. Prometheus 3 accepts UTF-8 names in `/label/<name>/values` only in
 * its `U__` value-encoding escape; legacy names go through unchanged (and work on 2.x).
 */
export function labelNamePathSegment(name: string): string {
  if (LEGACY_NAME.test(name)) return name;
  let out = 'U__';
  for (const ch of name) {
    if (ch === '_') out += '__';
    else if (/[a-zA-Z0-9]/.test(ch)) out += ch;
    else out += `_${ch.codePointAt(0)!.toString(16)}_`;
  }
  return encodeURIComponent(out);
}
