/** Request parameters as Loki 2.7 reads them (loghttp): timestamps, steps, limits and directions. */

export class BadRequest extends Error {}

const DEFAULT_SINCE_NS = 3_600_000_000_000n;

/** Loki's parseTimestamp: float seconds (with a dot), integer seconds (<= 10 digits) or nanoseconds, or RFC 3339. */
export function parseTimestamp(value: string | null, def: bigint): bigint {
  if (!value) return def;
  if (value.includes('.') && /^[+-]?\d*\.\d*(e[+-]?\d+)?$/i.test(value)) {
    const f = Number(value);
    const s = Math.trunc(f);
    const ns = Math.round((f - s) * 1000) / 1000;
    return BigInt(s) * 1_000_000_000n + BigInt(Math.round(ns * 1e9));
  }
  if (/^[+-]?\d+$/.test(value)) {
    const n = BigInt(value);
    return value.replace(/^[+-]/, '').length <= 10 ? n * 1_000_000_000n : n;
  }
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/.exec(value);
  if (m) {
    const ms = Date.parse(`${m[1]}${m[3]}`);
    if (!Number.isNaN(ms)) return BigInt(ms) * 1_000_000n + BigInt((m[2] ?? '.').slice(1).padEnd(9, '0') || '0');
  }
  throw new BadRequest(`cannot parse "${value}" to a valid timestamp`);
}

/** Loki's parseSecondsOrDuration, in milliseconds. */
export function parseStep(value: string): number {
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)) return Number(value) * 1000;
  const re = /(\d+)(ms|s|m|h|d|w|y)/g;
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_536_000_000 };
  let total = 0;
  let len = 0;
  for (const m of value.matchAll(re)) {
    if (m.index !== len) break;
    total += Number(m[1]) * units[m[2]];
    len += m[0].length;
  }
  if (value && len === value.length) return total;
  throw new BadRequest(`cannot parse "${value}" to a valid duration`);
}

export interface RangeParams {
  query: string;
  startNs: bigint;
  endNs: bigint;
  limit: number;
  direction: 'backward' | 'forward';
  stepMs: number;
}

function limitOf(v: string | null): number {
  if (!v) return 100;
  if (!/^-?\d+$/.test(v)) throw new BadRequest(`strconv.ParseUint: parsing ${JSON.stringify(v)}: invalid syntax`);
  const n = Number(v);
  if (n <= 0) throw new BadRequest('limit must be a positive value');
  return n;
}

function directionOf(v: string | null): 'backward' | 'forward' {
  if (!v) return 'backward';
  const d = v.toLowerCase();
  if (d !== 'backward' && d !== 'forward') throw new BadRequest(`invalid direction '${v}'`);
  return d;
}

/** Loki's default step: (end - start) / 250, at least one second. */
export function defaultStepMs(startNs: bigint, endNs: bigint): number {
  return Math.max(Math.floor(Number(endNs - startNs) / 1e9 / 250), 1) * 1000;
}

export function rangeParams(q: URLSearchParams, nowNs: bigint): RangeParams {
  const endNs = parseTimestamp(q.get('end'), nowNs);
  const startNs = parseTimestamp(q.get('start'), endNs - DEFAULT_SINCE_NS);
  if (endNs < startNs) throw new BadRequest('end timestamp must not be before or equal to start time');
  const step = q.get('step');
  const stepMs = step ? parseStep(step) : defaultStepMs(startNs, endNs);
  if (stepMs <= 0) throw new BadRequest('zero or negative query resolution step widths are not accepted. Try a positive integer');
  if (Number(endNs - startNs) / 1e6 / stepMs > 11_000) {
    throw new BadRequest('exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)');
  }
  return { query: q.get('query') ?? '', startNs, endNs, limit: limitOf(q.get('limit')), direction: directionOf(q.get('direction')), stepMs };
}

export function instantParams(q: URLSearchParams, nowNs: bigint) {
  return { query: q.get('query') ?? '', timeNs: parseTimestamp(q.get('time'), nowNs), limit: limitOf(q.get('limit')), direction: directionOf(q.get('direction')) };
}

/** start/end of the label and series endpoints (default: the last hour). */
export function boundsParams(q: URLSearchParams, nowNs: bigint) {
  const endNs = parseTimestamp(q.get('end'), nowNs);
  const startNs = parseTimestamp(q.get('start'), endNs - DEFAULT_SINCE_NS);
  return { startNs, endNs };
}
