/** Naming series for the pod charts: one legend entry per container and role ("cart usage", "cart limit"). Pure. */
import type { Series } from '../types';

export function named(series: Series[] | undefined, label: string, role: string): Series[] {
  return (series ?? []).map((s) => ({ labels: { name: `${s.labels[label] ?? 'pod'} ${role}`.trim() }, points: s.points }));
}

/** Restart counters keyed by container, for markers. */
export function restartSeries(series: Series[] | undefined): { container?: string; points: [number, number][] }[] {
  return (series ?? []).map((s) => ({ container: s.labels.container, points: s.points }));
}
