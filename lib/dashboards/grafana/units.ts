/**
 * Grafana unit ids to ours. Most ids are the same (ours were chosen from Grafana's list); these are the ones
 * Grafana spells differently or has retired. Unknown ids are kept: the renderer shows them as a suffix.
 */
const UNIT_ALIASES: Record<string, string> = {
  binBps: 'Bps', // bytes/s (IEC); we have one bytes-per-second unit
  binbps: 'bps', // bits/s (IEC)
  decbits: 'bits',
  us: 'µs',
  dateTimeAsSystem: 'dateTimeAsIso',
  dateTimeAsLocal: 'dateTimeAsIso',
  dateTimeAsIsoNoDateIfToday: 'dateTimeAsIso',
  dateTimeAsLocalNoDateIfToday: 'dateTimeAsIso',
  dateTimeAsUS: 'dateTimeAsIso',
  dateTimeAsUSNoDateIfToday: 'dateTimeAsIso',
};

/** Returns our unit id, or undefined for Grafana's "no unit" spellings. */
export function mapUnit(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  const trimmed = id.trim();
  if (trimmed === '') return undefined;
  return (UNIT_ALIASES[trimmed] ?? trimmed).slice(0, 64);
}
