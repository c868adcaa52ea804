/** Tolerant readers for untrusted Grafana JSON: each returns `undefined` instead of throwing on a wrong shape. */

export type Json = Record<string, unknown>;

export function isRecord(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function rec(x: unknown): Json | undefined {
  return isRecord(x) ? x : undefined;
}

export function arr(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

export function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}

/** A non-empty string after trimming, or undefined. */
export function text(x: unknown): string | undefined {
  return typeof x === 'string' && x.trim() !== '' ? x : undefined;
}

/** Finite numbers, also numeric strings (legacy Grafana stores axis min/max as "0" or "100"). */
export function num(x: unknown): number | undefined {
  if (typeof x === 'number') return Number.isFinite(x) ? x : undefined;
  if (typeof x === 'string' && x.trim() !== '') {
    const n = Number(x);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

export function bool(x: unknown): boolean | undefined {
  return typeof x === 'boolean' ? x : undefined;
}

export function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/** Cuts a string to `max` characters (the model's limits). */
export function cut(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) : s;
}
