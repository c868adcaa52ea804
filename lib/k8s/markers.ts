/**
 * Moments to mark on the pod page's charts and log list: container restarts, OOM kills and Warning events, each at its
 * own time. Pure: built from the pod, its events and the restart counter series the page already has.
 */
import type { EventSummary, PodSummary } from './types';

export type MarkerKind = 'oom' | 'restart' | 'warning';

export interface Marker {
  atMs: number;
  kind: MarkerKind;
  /** Short text: "OOMKilled (fraud-scorer, exit 137)", "BackOff: Back-off restarting ..." */
  label: string;
  container?: string;
}

/** Points of a counter series `[tsMs, value]`. */
type Points = [number, number][];

const SAME_MOMENT_MS = 20_000;

export function buildMarkers(input: { pod?: PodSummary | null; events?: EventSummary[]; restarts?: { container?: string; points: Points }[]; ooms?: { container?: string; points: Points }[] }): Marker[] {
  const out: Marker[] = [];
  for (const c of [...(input.pod?.initContainers ?? []), ...(input.pod?.containers ?? [])]) {
    const t = c.lastTermination;
    if (!t?.finishedAt) continue;
    const kind = t.reason === 'OOMKilled' ? 'oom' : 'restart';
    out.push({ atMs: Date.parse(t.finishedAt), kind, label: `${t.reason ?? 'Terminated'} (${c.name}, exit ${t.exitCode ?? '?'})`, container: c.name });
  }
  for (const e of input.events ?? []) {
    if (e.type !== 'Warning' || !e.lastTimestamp) continue;
    const kind: MarkerKind = e.reason === 'OOMKilling' ? 'oom' : 'warning';
    const container = /spec\.(?:initC|c)ontainers\{(.+)\}/.exec(e.involvedObject.fieldPath ?? '')?.[1];
    out.push({ atMs: Date.parse(e.lastTimestamp), kind, label: `${e.reason}: ${e.message}`, container });
  }
  const increases = (series: { container?: string; points: Points }[] | undefined, kind: MarkerKind, what: string) => {
    for (const s of series ?? []) {
      for (let i = 1; i < s.points.length; i++) {
        const [t, v] = s.points[i];
        if (v > s.points[i - 1][1]) out.push({ atMs: t, kind, label: `${what}${s.container ? ` (${s.container})` : ''}`, container: s.container });
      }
    }
  };
  increases(input.restarts, 'restart', 'Restart');
  increases(input.ooms, 'oom', 'OOM kill');
  return dedupe(out.filter((m) => Number.isFinite(m.atMs)));
}

/**
 * One marker per moment: a restart seen by Prometheus within a scrape or two of a termination the API reported is the
 * same restart; an OOM kill wins over a plain restart at the same moment.
 */
function dedupe(markers: Marker[]): Marker[] {
  const rank: Record<MarkerKind, number> = { oom: 0, warning: 1, restart: 2 };
  const sorted = [...markers].sort((a, b) => rank[a.kind] - rank[b.kind] || a.atMs - b.atMs);
  const kept: Marker[] = [];
  for (const m of sorted) {
    const dup = kept.find((k) => Math.abs(k.atMs - m.atMs) <= SAME_MOMENT_MS && (k.kind === m.kind || m.kind === 'restart') && (!k.container || !m.container || k.container === m.container));
    if (!dup) kept.push(m);
  }
  return kept.sort((a, b) => a.atMs - b.atMs);
}

/** Markers inside [startMs, endMs]. */
export const inRange = (markers: Marker[], startMs: number, endMs: number) => markers.filter((m) => m.atMs >= startMs && m.atMs <= endMs);
