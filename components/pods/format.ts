/** Compact figures for tables: millicores and binary bytes, as kubectl top prints them. */
export function formatCores(cores: number | undefined): string {
  if (cores === undefined || !Number.isFinite(cores)) return '—';
  return cores >= 10 ? `${cores.toFixed(1)}` : `${Math.round(cores * 1000)}m`;
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '—';
  const units = ['B', 'Ki', 'Mi', 'Gi', 'Ti'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v >= 100 || i === 0 ? Math.round(v) : v.toFixed(1)}${units[i]}`;
}

/** "120m / 200m (60%)" — usage against the request, when both are known. */
export function versus(used: number | undefined, request: number | undefined, fmt: (n: number | undefined) => string): string {
  if (used === undefined) return '—';
  if (!request) return fmt(used);
  return `${fmt(used)} / ${fmt(request)} (${Math.round((used / request) * 100)}%)`;
}
