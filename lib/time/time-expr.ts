import { parseDuration } from './duration';

/** A time expression as it appears in the URL: `now`, `now-15m`, `now+1h`, an ISO-8601 date, or epoch milliseconds. */
export type TimeExpr = string;

export interface RawTimeRange {
  from: TimeExpr;
  to: TimeExpr;
}

export interface ResolvedRange {
  startMs: number;
  endMs: number;
}

export type ParseResult = { ok: true; ms: number } | { ok: false; error: string };

const RELATIVE = /^now(?:\s*([+-])\s*(\S+))?$/;
// Epoch milliseconds only from 1973 on (11+ digits), so that "2024" is never read as a millisecond timestamp.
const EPOCH_MS = /^\d{11,14}$/;
// Require at least a full date so Date.parse's lenient fallbacks ("1", "March") are not accepted.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function isRelativeExpr(expr: TimeExpr): boolean {
  return RELATIVE.test(expr.trim());
}

/** Parses one time expression against `nowMs`, with a message naming what was wrong. */
export function parseTimeExpr(expr: TimeExpr, nowMs: number): ParseResult {
  const text = expr.trim();
  if (text === '') return { ok: false, error: 'Time is empty: use e.g. now-1h, 2026-11-21T23:00:00Z or epoch milliseconds' };
  const rel = RELATIVE.exec(text);
  if (rel) {
    if (!rel[1]) return { ok: true, ms: nowMs };
    const offset = parseDuration(rel[2] ?? '');
    if (offset === null) return { ok: false, error: `"${rel[2]}" is not a duration: use e.g. 15m, 1h30m, 7d` };
    return { ok: true, ms: rel[1] === '-' ? nowMs - offset : nowMs + offset };
  }
  if (EPOCH_MS.test(text)) return { ok: true, ms: Number(text) };
  if (ISO_DATE.test(text)) {
    const ms = Date.parse(text.replace(' ', 'T'));
    if (Number.isFinite(ms)) return { ok: true, ms };
    return { ok: false, error: `"${text}" is not a valid date` };
  }
  return {
    ok: false,
    error: `"${text}" is not a time: use now, now-15m, an ISO-8601 date (2026-11-21T23:00:00Z) or epoch milliseconds`,
  };
}

export type RangeResult = ({ ok: true } & ResolvedRange) | { ok: false; error: string; field: 'from' | 'to' | 'range' };

/** Resolves and validates a from/to pair; `from` must be strictly before `to`. */
export function validateRange(range: RawTimeRange, nowMs: number): RangeResult {
  const from = parseTimeExpr(range.from, nowMs);
  if (!from.ok) return { ok: false, field: 'from', error: `From: ${from.error}` };
  const to = parseTimeExpr(range.to, nowMs);
  if (!to.ok) return { ok: false, field: 'to', error: `To: ${to.error}` };
  if (from.ms >= to.ms) return { ok: false, field: 'range', error: '"From" must be before "To"' };
  return { ok: true, startMs: from.ms, endMs: to.ms };
}

/** Resolves a range, throwing on invalid input; callers holding URL input should prefer `validateRange`. */
export function resolveRange(range: RawTimeRange, nowMs: number): ResolvedRange {
  const result = validateRange(range, nowMs);
  if (!result.ok) throw new Error(result.error);
  return { startMs: result.startMs, endMs: result.endMs };
}
