/** kube-state-metrics v2: the cluster's objects at t as metrics, with KSM's own metric and label names. */
import { namespaceObject, nodeObject, workloadObjects, type KubeObject } from '../cluster/objects';
import { podStateAt, type DemoPod } from '../cluster/pods';
import { NAMESPACES, NODES } from '../cluster/topology';
import { FamilySet, type Labels } from './exposition';
import { containerId, type MetricsModel } from './model';

const POD_PHASES = ['Pending', 'Succeeded', 'Failed', 'Unknown', 'Running'];
const POD_REASONS = ['Evicted', 'NodeAffinity', 'NodeLost', 'Shutdown', 'UnexpectedAdmissionError'];
const BOOL = ['true', 'false', 'unknown'];

/** Kubernetes quantities as numbers ("7600m" → 7.6, "16Ki" → 16384). */
export function parseQuantity(q: string): number {
  const m = /^([0-9.]+)(m|Ki|Mi|Gi|Ti|k|M|G)?$/.exec(q);
  if (!m) return NaN;
  const mult: Record<string, number> = { m: 1e-3, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4, k: 1e3, M: 1e6, G: 1e9 };
  return Number(m[1]) * (m[2] ? mult[m[2]] : 1);
}

function createdBy(pod: DemoPod): { kind: string; name: string } {
  const w = pod.workload;
  if (w.kind === 'Static') return { kind: 'Node', name: pod.node?.name ?? '' };
  if (w.kind === 'Deployment') return { kind: 'ReplicaSet', name: pod.replicaSetName ?? '' };
  if (w.kind === 'Job') return { kind: 'Job', name: pod.jobName ?? w.name };
  return { kind: w.kind, name: w.name };
}

function status(o: KubeObject): Record<string, number | undefined> {
  return (o.status ?? {}) as Record<string, number | undefined>;
}

function collectPods(set: FamilySet, pods: DemoPod[], tMs: number): void {
  const g = (name: string, help: string, labels: Labels, value: number) => set.add(name, 'gauge', help, labels, value);
  for (const pod of pods) {
    const state = podStateAt(pod, tMs);
    const base = { namespace: pod.namespace, pod: pod.name, uid: pod.uid };
    const by = createdBy(pod);
    const node = pod.node?.name ?? '';
    g('kube_pod_info', 'Information about pod.', {
      ...base,
      host_ip: pod.node?.ip ?? '',
      pod_ip: pod.podIP ?? '',
      node,
      created_by_kind: by.kind,
      created_by_name: by.name,
      priority_class: pod.workload.kind === 'Static' ? 'system-node-critical' : '',
      host_network: String(pod.podIP !== null && pod.podIP === pod.node?.ip),
    }, 1);
    g('kube_pod_owner', 'Information about the Pod\'s owner.', { ...base, owner_kind: by.kind, owner_name: by.name, owner_is_controller: 'true' }, 1);
    for (const phase of POD_PHASES) g('kube_pod_status_phase', 'The pods current phase.', { ...base, phase }, state.phase === phase ? 1 : 0);
    if (pod.node) for (const c of BOOL) g('kube_pod_status_ready', 'Describes whether the pod is ready to serve requests.', { ...base, condition: c }, String(state.ready) === c ? 1 : 0);
    for (const c of BOOL) g('kube_pod_status_scheduled', 'Describes the status of the scheduling process for the pod.', { ...base, condition: c }, String(pod.node !== null) === c ? 1 : 0);
    for (const reason of POD_REASONS) g('kube_pod_status_reason', 'The pod status reasons', { ...base, reason }, 0);
    if (pod.podIP) g('kube_pod_ips', 'Pod IP addresses', { ...base, ip: pod.podIP, ip_family: '4' }, 1);
    g('kube_pod_created', 'Unix creation timestamp', base, Math.floor(pod.createdMs / 1000));
    if (pod.node) g('kube_pod_start_time', 'Start time in unix timestamp for a pod.', base, Math.floor(pod.createdMs / 1000));
    if (pod.deletedMs !== undefined && tMs >= pod.deletedMs - 30_000) g('kube_pod_deletion_timestamp', 'Unix deletion timestamp', base, Math.floor(pod.deletedMs / 1000));

    for (const c of pod.containers) {
      const cl = { ...base, container: c.name };
      const res = (resource: string, unit: string, v: number | undefined, kind: 'requests' | 'limits') => {
        if (v) g(`kube_pod_container_resource_${kind}`, `The number of requested ${kind === 'requests' ? 'request' : 'limit'} resource by a container.`, { ...cl, node, resource, unit }, v);
      };
      res('cpu', 'core', c.cpuRequestMillis / 1000, 'requests');
      res('memory', 'byte', c.memoryRequestBytes, 'requests');
      res('cpu', 'core', c.cpuLimitMillis && c.cpuLimitMillis / 1000, 'limits');
      res('memory', 'byte', c.memoryLimitBytes, 'limits');
      const s = state.containers.find((x) => x.name === c.name);
      if (!s || !pod.node) continue;
      const id = `containerd://${containerId(pod, c.name, s.restartCount)}`;
      const repo = c.image.split(':')[0];
      g('kube_pod_container_info', 'Information about a container in a pod.', { ...cl, image_spec: c.image, image: c.image, image_id: `${repo}@sha256:${pod.uid.replace(/-/g, '').padEnd(64, '0')}`, container_id: id }, 1);
      set.add('kube_pod_container_status_restarts_total', 'counter', 'The number of container restarts per container.', cl, s.restartCount);
      const running = s.startedMs !== null && !s.waiting && !s.terminated;
      g('kube_pod_container_status_ready', 'Describes whether the containers readiness check succeeded.', cl, s.ready ? 1 : 0);
      g('kube_pod_container_status_running', 'Describes whether the container is currently in running state.', cl, running ? 1 : 0);
      g('kube_pod_container_status_waiting', 'Describes whether the container is currently in waiting state.', cl, s.waiting ? 1 : 0);
      g('kube_pod_container_status_terminated', 'Describes whether the container is currently in terminated state.', cl, s.terminated ? 1 : 0);
      if (s.waiting) g('kube_pod_container_status_waiting_reason', 'Describes the reason the container is currently in waiting state.', { ...cl, reason: s.waiting.reason }, 1);
      if (s.terminated) g('kube_pod_container_status_terminated_reason', 'Describes the reason the container is currently in terminated state.', { ...cl, reason: s.terminated.reason }, 1);
      if (s.lastTerminated) {
        g('kube_pod_container_status_last_terminated_reason', 'Describes the last reason the container was in terminated state.', { ...cl, reason: s.lastTerminated.reason }, 1);
        g('kube_pod_container_status_last_terminated_exitcode', 'Describes the exit code for the last container in terminated state.', cl, s.lastTerminated.exitCode);
      }
    }
  }
}

function collectWorkloads(set: FamilySet, model: MetricsModel, pods: DemoPod[], tMs: number): void {
  const g = (name: string, help: string, labels: Labels, value: number) => set.add(name, 'gauge', help, labels, value);
  for (const o of workloadObjects(pods, model.cluster.startMs, tMs)) {
    const ns = o.metadata.namespace ?? '';
    const st = status(o);
    const spec = (o.spec ?? {}) as Record<string, number | undefined>;
    if (o.kind === 'Deployment') {
      const l = { namespace: ns, deployment: o.metadata.name };
      const replicas = st.replicas ?? 0;
      const available = st.availableReplicas ?? 0;
      g('kube_deployment_spec_replicas', 'Number of desired pods for a deployment.', l, spec.replicas ?? 0);
      g('kube_deployment_status_replicas', 'The number of replicas per deployment.', l, replicas);
      g('kube_deployment_status_replicas_ready', 'The number of ready replicas per deployment.', l, st.readyReplicas ?? 0);
      g('kube_deployment_status_replicas_available', 'The number of available replicas per deployment.', l, available);
      g('kube_deployment_status_replicas_unavailable', 'The number of unavailable replicas per deployment.', l, st.unavailableReplicas ?? 0);
      g('kube_deployment_status_replicas_updated', 'The number of updated replicas per deployment.', l, st.updatedReplicas ?? 0);
    } else if (o.kind === 'ReplicaSet') {
      const l = { namespace: ns, replicaset: o.metadata.name };
      const owner = o.metadata.ownerReferences?.[0];
      g('kube_replicaset_owner', 'Information about the ReplicaSet\'s owner.', { ...l, owner_kind: owner?.kind ?? '<none>', owner_name: owner?.name ?? '<none>', owner_is_controller: owner ? 'true' : '<none>' }, 1);
      g('kube_replicaset_spec_replicas', 'Number of desired pods for a ReplicaSet.', l, spec.replicas ?? 0);
      g('kube_replicaset_status_replicas', 'The number of replicas per ReplicaSet.', l, st.replicas ?? 0);
      g('kube_replicaset_status_ready_replicas', 'The number of ready replicas per ReplicaSet.', l, st.readyReplicas ?? 0);
    } else if (o.kind === 'StatefulSet') {
      const l = { namespace: ns, statefulset: o.metadata.name };
      g('kube_statefulset_replicas', 'Number of desired pods for a StatefulSet.', l, spec.replicas ?? 0);
      g('kube_statefulset_status_replicas', 'The number of replicas per StatefulSet.', l, st.replicas ?? 0);
      g('kube_statefulset_status_replicas_ready', 'The number of ready replicas per StatefulSet.', l, st.readyReplicas ?? 0);
    } else if (o.kind === 'DaemonSet') {
      const l = { namespace: ns, daemonset: o.metadata.name };
      g('kube_daemonset_status_desired_number_scheduled', 'The number of nodes that should be running the daemon pod.', l, st.desiredNumberScheduled ?? 0);
      g('kube_daemonset_status_current_number_scheduled', 'The number of nodes running at least one daemon pod and are supposed to.', l, st.currentNumberScheduled ?? 0);
      g('kube_daemonset_status_number_ready', 'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and ready.', l, st.numberReady ?? 0);
      g('kube_daemonset_status_number_available', 'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available', l, st.numberAvailable ?? 0);
      g('kube_daemonset_status_number_unavailable', 'The number of nodes that should be running the daemon pod and have none of the daemon pod running and available', l, (st.desiredNumberScheduled ?? 0) - (st.numberAvailable ?? 0));
    }
  }
  // Jobs, the CronJob's included, straight from their pods (one pod per Job in the demo)
  for (const pod of pods.filter((p) => p.jobName && (p.deletedMs === undefined || p.deletedMs > tMs))) {
    const s = podStateAt(pod, tMs);
    const l = { namespace: pod.namespace, job_name: pod.jobName! };
    const done = s.phase === 'Succeeded';
    g('kube_job_status_active', 'The number of actively running pods.', l, done ? 0 : 1);
    g('kube_job_status_succeeded', 'The number of pods which reached Phase Succeeded.', l, done ? 1 : 0);
    g('kube_job_status_failed', 'The number of pods which reached Phase Failed.', l, 0);
    const cron = pod.app === 'cache-warmer';
    g('kube_job_owner', 'Information about the Job\'s owner.', { ...l, owner_kind: cron ? 'CronJob' : '<none>', owner_name: cron ? 'cache-warmer' : '<none>', owner_is_controller: cron ? 'true' : '<none>' }, 1);
  }
}

function collectNodes(set: FamilySet, model: MetricsModel, tMs: number): void {
  const g = (name: string, help: string, labels: Labels, value: number) => set.add(name, 'gauge', help, labels, value);
  for (const spec of NODES) {
    const o = nodeObject(spec, model.cluster.startMs, tMs);
    const node = spec.name;
    const st = o.status as { capacity: Record<string, string>; allocatable: Record<string, string>; conditions: { type: string; status: string }[]; nodeInfo: Record<string, string> };
    const info = st.nodeInfo;
    const nodeSpec = o.spec as { podCIDR: string; providerID: string; taints?: { key: string; value?: string; effect: string }[] };
    g('kube_node_info', 'Information about a cluster node.', {
      node,
      kernel_version: info.kernelVersion,
      os_image: info.osImage,
      container_runtime_version: info.containerRuntimeVersion,
      kubelet_version: info.kubeletVersion,
      kubeproxy_version: info.kubeProxyVersion || 'deprecated',
      provider_id: nodeSpec.providerID,
      pod_cidr: nodeSpec.podCIDR,
      internal_ip: spec.ip,
      system_uuid: info.systemUUID,
    }, 1);
    g('kube_node_role', 'The role of a cluster node.', { node, role: spec.role }, 1);
    g('kube_node_spec_unschedulable', 'Whether a node can schedule new pods.', { node }, 0);
    for (const c of st.conditions) for (const b of BOOL) g('kube_node_status_condition', 'The condition of a cluster node.', { node, condition: c.type, status: b }, c.status.toLowerCase() === b ? 1 : 0);
    for (const [kind, values] of [['capacity', st.capacity], ['allocatable', st.allocatable]] as const) {
      for (const [resource, q] of Object.entries(values)) {
        const unit = resource === 'cpu' ? 'core' : resource === 'pods' ? 'integer' : 'byte';
        g(`kube_node_status_${kind}`, `The ${kind} for different resources of a node.`, { node, resource: resource.replace(/-/g, '_'), unit }, parseQuantity(q));
      }
    }
    for (const t of nodeSpec.taints ?? []) g('kube_node_spec_taint', 'The taint of a cluster node.', { node, key: t.key, value: t.value ?? '', effect: t.effect }, 1);
  }
  for (const ns of NAMESPACES) {
    const o = namespaceObject(ns, model.cluster.startMs);
    for (const phase of ['Active', 'Terminating']) g('kube_namespace_status_phase', 'kubernetes namespace status phase.', { namespace: ns, phase }, phase === 'Active' ? 1 : 0);
    g('kube_namespace_created', 'Unix creation timestamp', { namespace: ns }, Math.floor(Date.parse(o.metadata.creationTimestamp) / 1000));
  }
}

export function collectKubeState(model: MetricsModel, tMs: number): FamilySet {
  const set = new FamilySet();
  const all = model.cluster.allPods(tMs);
  const live = all.filter((p) => p.deletedMs === undefined || p.deletedMs > tMs);
  collectPods(set, live, tMs);
  collectWorkloads(set, model, all, tMs);
  collectNodes(set, model, tMs);
  return set;
}
