/** Shapes shared by the demo log generator, the Loki-compatible server and the Kubernetes API's pods/log. */
import type { DemoPod } from '../cluster/pods';

export interface LogEntry {
  /** Nanoseconds since the Unix epoch, as a decimal string (Loki's wire form). */
  tsNs: string;
  line: string;
  stream: 'stdout' | 'stderr';
}

/**
 * The lines a container of a pod wrote in [fromMs, toMs), oldest first. Deterministic: the same
 * arguments give the same lines, so Loki and the Kubernetes API agree.
 */
export type ContainerLogs = (pod: DemoPod, container: string, fromMs: number, toMs: number) => LogEntry[];
