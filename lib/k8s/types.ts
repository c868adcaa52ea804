/** Lantern's own shapes for Kubernetes objects: what the UI needs, with ISO timestamps, never raw V1Pod. */

export interface OwnerRef {
  kind: string;
  name: string;
}

export interface ContainerSummary {
  name: string;
  image: string;
  state: 'running' | 'waiting' | 'terminated' | 'unknown';
  /** Waiting or terminated reason (CrashLoopBackOff, Completed, OOMKilled...). */
  reason: string | null;
  exitCode: number | null;
  ready: boolean;
  restarts: number;
  startedAt: string | null;
  lastTermination: { reason: string | null; exitCode: number | null; finishedAt: string | null } | null;
  requests: Record<string, string>;
  limits: Record<string, string>;
  /** Probes in kubectl describe's words, e.g. `http-get :8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3`. */
  probes: { liveness: string | null; readiness: string | null; startup: string | null };
}

export interface Condition {
  type: string;
  status: string;
  reason: string | null;
  message: string | null;
  lastTransitionTime: string | null;
}

export interface PodSummary {
  namespace: string;
  name: string;
  uid: string;
  resourceVersion: string;
  phase: string;
  /** kubectl's STATUS column. */
  status: string;
  /** "1/2" */
  ready: string;
  restarts: number;
  lastRestartAt: string | null;
  node: string | null;
  podIP: string | null;
  hostIP: string | null;
  serviceAccount: string | null;
  /** Status reason and message (Evicted, NodeLost...). */
  reason: string | null;
  message: string | null;
  startedAt: string | null;
  createdAt: string | null;
  deletedAt: string | null;
  owner: OwnerRef | null;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  conditions: Condition[];
  qosClass: string | null;
  containers: ContainerSummary[];
  initContainers: ContainerSummary[];
}

export interface NodeSummary {
  name: string;
  uid: string;
  /** kubectl's STATUS: Ready, NotReady, Unknown, with ",SchedulingDisabled" when cordoned. */
  status: string;
  ready: boolean;
  roles: string[];
  createdAt: string | null;
  kubeletVersion: string | null;
  internalIP: string | null;
  osImage: string | null;
  kernelVersion: string | null;
  containerRuntime: string | null;
  capacity: Record<string, string>;
  allocatable: Record<string, string>;
  conditions: { type: string; status: string; reason: string | null; message: string | null }[];
  taints: { key: string; value: string | null; effect: string }[];
  labels: Record<string, string>;
}

export interface NamespaceSummary {
  name: string;
  uid: string;
  phase: string;
  createdAt: string | null;
  labels: Record<string, string>;
}

export interface EventSummary {
  namespace: string;
  name: string;
  uid: string;
  type: string;
  reason: string;
  message: string;
  involvedObject: { kind: string; namespace: string | null; name: string; uid: string | null; fieldPath: string | null };
  count: number;
  firstTimestamp: string | null;
  lastTimestamp: string | null;
  source: string | null;
}

export type WorkloadKind = 'Deployment' | 'ReplicaSet' | 'StatefulSet' | 'DaemonSet' | 'Job';

export interface WorkloadSummary {
  kind: WorkloadKind;
  namespace: string;
  name: string;
  uid: string;
  createdAt: string | null;
  labels: Record<string, string>;
  selector: Record<string, string>;
  owner: OwnerRef | null;
  /** Desired pods (replicas, desiredNumberScheduled, or completions for Jobs). */
  desired: number;
  ready: number;
  available: number;
  updated: number;
  images: string[];
  conditions: { type: string; status: string; reason: string | null; message: string | null }[];
  /** Jobs only. */
  job?: { active: number; succeeded: number; failed: number; startTime: string | null; completionTime: string | null; status: 'Complete' | 'Failed' | 'Running' | 'Suspended' };
}

export interface Page<T> {
  items: T[];
  resourceVersion: string;
  /** Token for the next page, when more remain. */
  continue?: string;
}
