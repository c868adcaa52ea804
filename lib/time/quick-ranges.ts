import { formatDuration, parseDuration } from './duration';
import { isRelativeExpr, type RawTimeRange } from './time-expr';

export const QUICK_RANGES = ['5m', '15m', '1h', '3h', '6h', '12h', '24h', '2d', '7d'] as const;

const UNIT_WORDS: Record<string, string> = { s: 'second', m: 'minute', h: 'hour', d: 'day', w: 'week', y: 'year' };

export function quickRange(duration: string): RawTimeRange {
  return { from: `now-${duration}`, to: 'now' };
}

/** "Last 15 minutes" for `now-15m`..`now`; null when the range is not of that shape. */
export function describeRelativeRange(range: RawTimeRange): string | null {
  if (range.to.trim() !== 'now' || !isRelativeExpr(range.from)) return null;
  const match = /^now-(\d+)([smhdwy])$/.exec(range.from.trim());
  if (!match) {
    const ms = parseDuration(range.from.trim().replace(/^now-/, ''));
    return ms === null ? null : `Last ${formatDuration(ms)}`;
  }
  const n = Number(match[1]);
  const word = UNIT_WORDS[match[2]!]!;
  return `Last ${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Doubles a range around its centre; the end never passes `nowMs` (the future holds no data). */
export function zoomOutRange(range: { startMs: number; endMs: number }, nowMs: number): { startMs: number; endMs: number } {
  const span = range.endMs - range.startMs;
  const endMs = Math.min(nowMs, range.endMs + span / 2);
  return { startMs: Math.round(endMs - span * 2), endMs: Math.round(endMs) };
}
