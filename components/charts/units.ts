/** Y-axis units and their formatters: short numbers with SI or binary prefixes, like Grafana's common units. */
export const UNITS = ['short', 'bytes', 'seconds', 'percent', 'percentunit', 'reqps'] as const;
export type Unit = (typeof UNITS)[number];

export const UNIT_LABELS: Record<Unit, string> = {
  short: 'Short',
  bytes: 'Bytes (IEC)',
  seconds: 'Seconds',
  percent: 'Percent (0–100)',
  percentunit: 'Percent (0.0–1.0)',
  reqps: 'Requests/s',
};

export function isUnit(value: string | null | undefined): value is Unit {
  return (UNITS as readonly string[]).includes(value ?? '');
}

const SI = ['', 'k', 'M', 'G', 'T', 'P', 'E'];
const IEC = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/** Trims to about 3 significant digits without trailing zeros: 1.50 → "1.5", 123.4 → "123". Fixed `decimals` win. */
export function num(value: number, decimals?: number): string {
  if (decimals !== undefined) return value.toFixed(decimals);
  const abs = Math.abs(value);
  const d = abs === 0 || abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return String(Number(value.toFixed(d)));
}

/** Divides by `base` until below it and appends the matching prefix: scaled(1536, 1024, IEC, ' ') → "1.5 KiB". */
export function scaled(value: number, base: number, prefixes: readonly string[], sep: string, decimals?: number): string {
  let v = value;
  let i = 0;
  while (Math.abs(v) >= base && i < prefixes.length - 1) {
    v /= base;
    i++;
  }
  return `${num(v, decimals)}${sep}${prefixes[i]}`.trimEnd();
}

function small(value: number, decimals?: number): string {
  // Below 0.001 "short" would print 0; use scientific notation rather than lie (unless decimals were asked for).
  const abs = Math.abs(value);
  return abs !== 0 && abs < 0.001 && decimals === undefined ? value.toExponential(1) : num(value, decimals);
}

function duration(seconds: number, decimals?: number): string {
  const abs = Math.abs(seconds);
  if (abs === 0) return '0 s';
  if (abs < 1e-6) return `${num(seconds * 1e9, decimals)} ns`;
  if (abs < 1e-3) return `${num(seconds * 1e6, decimals)} µs`;
  if (abs < 1) return `${num(seconds * 1e3, decimals)} ms`;
  if (abs < 60) return `${num(seconds, decimals)} s`;
  if (abs < 3600) return `${num(seconds / 60, decimals)} min`;
  if (abs < 86400) return `${num(seconds / 3600, decimals)} hour`;
  return `${num(seconds / 86400, decimals)} day`;
}

/**
 * Formats one value for an axis tick or tooltip. Non-finite values print as Prometheus writes them. `decimals` fixes
 * the digits after the point (dashboard panels' "decimals"); without it about 3 significant digits are kept.
 */
export function formatValue(value: number, unit: Unit = 'short', decimals?: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf';
  switch (unit) {
    case 'bytes':
      return scaled(value, 1024, IEC, ' ', decimals);
    case 'seconds':
      return duration(value, decimals);
    case 'percent':
      return `${small(value, decimals)}%`;
    case 'percentunit':
      return `${small(value * 100, decimals)}%`;
    case 'reqps':
      return `${Math.abs(value) < 1000 ? small(value, decimals) : scaled(value, 1000, SI, '', decimals)} req/s`;
    case 'short':
      return Math.abs(value) < 1000 ? small(value, decimals) : scaled(value, 1000, SI, '', decimals);
  }
}
