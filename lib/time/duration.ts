/** Prometheus-style durations: `1h30m`, `15s`, `500ms`, `7d`, `1w`, `1y`. Units must appear largest first. */
const UNIT_MS = {
  y: 365 * 24 * 3600_000,
  w: 7 * 24 * 3600_000,
  d: 24 * 3600_000,
  h: 3600_000,
  m: 60_000,
  s: 1000,
  ms: 1,
} as const;

type Unit = keyof typeof UNIT_MS;
const UNIT_ORDER: Unit[] = ['y', 'w', 'd', 'h', 'm', 's', 'ms'];
const PART = /(\d+)(ms|y|w|d|h|m|s)/y;

/** Parses a Prometheus duration into milliseconds; returns null for anything malformed (empty, `1.5h`, `30m1h`). */
export function parseDuration(text: string): number | null {
  const input = text.trim();
  if (input === '') return null;
  let total = 0;
  let lastRank = -1;
  PART.lastIndex = 0;
  while (PART.lastIndex < input.length) {
    const start = PART.lastIndex;
    const match = PART.exec(input);
    if (!match || match.index !== start) return null;
    const unit = match[2] as Unit;
    const rank = UNIT_ORDER.indexOf(unit);
    if (rank <= lastRank) return null;
    lastRank = rank;
    total += Number(match[1]) * UNIT_MS[unit];
  }
  return Number.isSafeInteger(total) ? total : null;
}

/** Formats milliseconds as the shortest Prometheus duration (`5400000` → `1h30m`); `0` → `0s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return '0s';
  let rest = Math.round(ms);
  let out = '';
  for (const unit of UNIT_ORDER) {
    // Years and weeks read badly in ranges like "14d"; only use them when exact.
    if ((unit === 'y' || unit === 'w') && rest % UNIT_MS[unit] !== 0) continue;
    const n = Math.floor(rest / UNIT_MS[unit]);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * UNIT_MS[unit];
    }
  }
  return out;
}
