import { formatValue as formatChartValue, num, scaled } from '@/components/charts/units';
import { formatLocalTimestamp } from '@/lib/time/format';

const SI_BYTES = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
const IEC_BITS = ['b', 'Kib', 'Mib', 'Gib', 'Tib', 'Pib', 'Eib'];
const SI_BYTES_RATE = ['B/s', 'kB/s', 'MB/s', 'GB/s', 'TB/s', 'PB/s', 'EB/s'];
const SI_BITS_RATE = ['b/s', 'kb/s', 'Mb/s', 'Gb/s', 'Tb/s', 'Pb/s', 'Eb/s'];

/**
 * Formats a value in any of the dashboard model's unit ids (`UNITS` in lib/dashboards/model.ts), with optional fixed
 * decimals. The units the chart module knows are delegated to it; `suffix:X` / `prefix:X` (Grafana custom units) are
 * honoured; any other unit id prints the short number with the id as suffix, so an unknown Grafana unit stays
 * readable. Non-finite values print as Prometheus writes them.
 */
export function formatUnitValue(value: number, unit: string | undefined, decimals?: number): string {
  if (!Number.isFinite(value)) return formatChartValue(value);
  const short = (v: number) => formatChartValue(v, 'short', decimals);
  switch (unit ?? 'short') {
    case 'short':
    case '':
      return short(value);
    case 'none':
      return decimals === undefined ? String(Number(value.toPrecision(6))) : value.toFixed(decimals);
    case 'bytes':
      return formatChartValue(value, 'bytes', decimals);
    case 'decbytes':
      return scaled(value, 1000, SI_BYTES, ' ', decimals);
    case 'bits':
      return scaled(value, 1024, IEC_BITS, ' ', decimals);
    case 'Bps':
      return scaled(value, 1000, SI_BYTES_RATE, ' ', decimals);
    case 'bps':
      return scaled(value, 1000, SI_BITS_RATE, ' ', decimals);
    case 's':
      return formatChartValue(value, 'seconds', decimals);
    case 'ms':
      return formatChartValue(value / 1e3, 'seconds', decimals);
    case 'µs':
    case 'us':
      return formatChartValue(value / 1e6, 'seconds', decimals);
    case 'ns':
      return formatChartValue(value / 1e9, 'seconds', decimals);
    case 'percent':
      return formatChartValue(value, 'percent', decimals);
    case 'percentunit':
      return formatChartValue(value, 'percentunit', decimals);
    case 'reqps':
      return formatChartValue(value, 'reqps', decimals);
    case 'ops':
      return `${short(value)} ops/s`;
    case 'cores':
      return `${Math.abs(value) < 1000 ? num(value, decimals) : short(value)} cores`;
    case 'dateTimeAsIso':
      return formatLocalTimestamp(value).slice(0, 19); // to the second, like Grafana
  }
  const u = unit!;
  if (u.startsWith('suffix:')) return `${short(value)}${u.slice(7)}`;
  if (u.startsWith('prefix:')) return `${u.slice(7)}${short(value)}`;
  return `${short(value)} ${u}`;
}

/** A formatter bound to one unit and decimals, for axis ticks. */
export function unitFormatter(unit: string | undefined, decimals?: number): (value: number) => string {
  return (v) => formatUnitValue(v, unit, decimals);
}
