/** Turns the demo model into Kubernetes JSON objects exactly as an API server serialises them. */
import { hostileText } from '../hostile';
import { stableUid } from './random';
import { type ContainerState, type DemoPod, podStateAt, templateHash } from './pods';
import { NODES, WORKLOADS, type ContainerSpec, type NodeSpec, type WorkloadSpec } from './topology';

export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid: string;
  resourceVersion?: string;
  creationTimestamp: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: { apiVersion: string; kind: string; name: string; uid: string; controller: boolean; blockOwnerDeletion: boolean }[];
  generation?: number;
  [key: string]: unknown;
}

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [key: string]: unknown;
}

/** Pods being deleted show a deletionTimestamp for this long before they disappear. */
export const TERMINATION_GRACE_MS = 30_000;

export const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

const cpu = (millis: number) => (millis % 1000 === 0 ? String(millis / 1000) : `${millis}m`);
const mem = (bytes: number) => {
  const mi = bytes / (1024 * 1024);
  return mi % 1024 === 0 ? `${mi / 1024}Gi` : `${Math.round(mi)}Mi`;
};

function owner(apiVersion: string, kind: string, name: string, namespace: string) {
  return { apiVersion, kind, name, uid: stableUid(`${kind}/${namespace}/${name}`), controller: true, blockOwnerDeletion: true };
}

function containerSpec(c: ContainerSpec) {
  const requests: Record<string, string> = {};
  const limits: Record<string, string> = {};
  if (c.cpuRequestMillis) requests.cpu = cpu(c.cpuRequestMillis);
  if (c.memoryRequestBytes) requests.memory = mem(c.memoryRequestBytes);
  if (c.cpuLimitMillis) limits.cpu = cpu(c.cpuLimitMillis);
  if (c.memoryLimitBytes) limits.memory = mem(c.memoryLimitBytes);
  const spec: Record<string, unknown> = {
    name: c.name,
    image: c.image,
    imagePullPolicy: 'IfNotPresent',
    resources: { ...(Object.keys(requests).length ? { requests } : {}), ...(Object.keys(limits).length ? { limits } : {}) },
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
  };
  if (c.port) spec.ports = [{ name: 'http', containerPort: c.port, protocol: 'TCP' }];
  if (c.probes && c.port) {
    const probe = (path: string, period: number) => ({
      httpGet: { path, port: c.port, scheme: 'HTTP' },
      initialDelaySeconds: 5,
      timeoutSeconds: 1,
      periodSeconds: period,
      successThreshold: 1,
      failureThreshold: 3,
    });
    spec.livenessProbe = probe('/healthz', 10);
    spec.readinessProbe = probe('/ready', 5);
  }
  return spec;
}

function containerStatus(pod: DemoPod, c: ContainerSpec, s: ContainerState | undefined) {
  const imageID = `${c.image.split(':')[0]}@sha256:${stableUid(c.image).replace(/-/g, '')}${stableUid(c.image + '2').replace(/-/g, '')}`.slice(0, 120);
  const status: Record<string, unknown> = {
    name: c.name,
    image: c.image,
    imageID: s ? imageID : '',
    ready: s?.ready ?? false,
    restartCount: s?.restartCount ?? 0,
    started: s ? s.startedMs !== null : false,
    containerID: s ? `containerd://${stableUid(`${pod.uid}/${c.name}/${s.restartCount}`).replace(/-/g, '')}` : undefined,
  };
  if (!s) {
    status.state = { waiting: { reason: 'ContainerCreating' } };
    status.lastState = {};
    return status;
  }
  if (s.terminated) {
    status.state = {
      terminated: {
        exitCode: s.terminated.exitCode,
        reason: s.terminated.reason,
        startedAt: iso(s.terminated.startedMs),
        finishedAt: iso(s.terminated.finishedMs),
        containerID: status.containerID,
      },
    };
  } else if (s.waiting) {
    status.state = { waiting: s.waiting };
  } else {
    status.state = { running: { startedAt: iso(s.startedMs ?? pod.createdMs) } };
  }
  status.lastState = s.lastTerminated
    ? {
        terminated: {
          exitCode: s.lastTerminated.exitCode,
          reason: s.lastTerminated.reason,
          startedAt: iso(s.lastTerminated.startedMs),
          finishedAt: iso(s.lastTerminated.finishedMs),
          containerID: `containerd://${stableUid(`${pod.uid}/${c.name}/${s.restartCount - 1}`).replace(/-/g, '')}`,
        },
      }
    : {};
  return status;
}

export function podObject(pod: DemoPod, tMs: number): KubeObject {
  const w = pod.workload;
  const state = podStateAt(pod, tMs);
  const ownerReferences =
    w.kind === 'Static'
      ? [{ apiVersion: 'v1', kind: 'Node', name: pod.node!.name, uid: stableUid(`Node//${pod.node!.name}`), controller: true, blockOwnerDeletion: false }]
      : w.kind === 'Deployment'
        ? [owner('apps/v1', 'ReplicaSet', pod.replicaSetName!, pod.namespace)]
        : w.kind === 'Job'
          ? [owner('batch/v1', 'Job', pod.jobName!, pod.namespace)]
          : [owner('apps/v1', w.kind, w.name, pod.namespace)];
  const started = pod.createdMs + 2_000;
  const ready = state.ready;
  const conditions =
    state.phase === 'Pending' && !pod.node
      ? [
          {
            type: 'PodScheduled',
            status: 'False',
            lastProbeTime: null,
            lastTransitionTime: iso(pod.createdMs),
            reason: 'Unschedulable',
            message: pod.behaviour.kind === 'pending' ? pod.behaviour.reason : '',
          },
        ]
      : [
          { type: 'PodReadyToStartContainers', status: 'True', lastProbeTime: null, lastTransitionTime: iso(started) },
          { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: iso(started) },
          {
            type: 'Ready',
            status: ready ? 'True' : 'False',
            lastProbeTime: null,
            lastTransitionTime: iso(started + 5_000),
            ...(ready ? {} : { reason: state.phase === 'Succeeded' ? 'PodCompleted' : 'ContainersNotReady', message: `containers with unready status: [${pod.containers.map((c) => c.name).join(' ')}]` }),
          },
          {
            type: 'ContainersReady',
            status: ready ? 'True' : 'False',
            lastProbeTime: null,
            lastTransitionTime: iso(started + 5_000),
            ...(ready ? {} : { reason: state.phase === 'Succeeded' ? 'PodCompleted' : 'ContainersNotReady', message: `containers with unready status: [${pod.containers.map((c) => c.name).join(' ')}]` }),
          },
          { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: iso(pod.createdMs) },
        ];
  const qos = pod.containers.every((c) => c.cpuLimitMillis && c.memoryLimitBytes && c.cpuLimitMillis === c.cpuRequestMillis && c.memoryLimitBytes === c.memoryRequestBytes)
    ? 'Guaranteed'
    : pod.containers.some((c) => c.cpuRequestMillis || c.memoryRequestBytes || c.cpuLimitMillis || c.memoryLimitBytes)
      ? 'Burstable'
      : 'BestEffort';
  const hostNetwork = w.kind === 'Static' || w.name === 'kube-proxy' || w.name === 'node-exporter';
  const annotations: Record<string, string> = {};
  if (pod.containers[0]?.port && w.kind !== 'Static') {
    annotations['prometheus.io/scrape'] = 'true';
    annotations['prometheus.io/port'] = String(pod.containers[0].port);
  }
  if (w.kind === 'Static') annotations['kubernetes.io/config.source'] = 'file';
  // Annotations are free text anyone with edit rights writes: the demo's XSS corpus lives in one.
  if (w.name === 'fraud-scorer') annotations['demo.lantern.dev/last-rejected-input'] = hostileText();
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: pod.name,
      ...(w.kind === 'Deployment' || w.kind === 'DaemonSet' ? { generateName: pod.name.slice(0, pod.name.lastIndexOf('-') + 1) } : {}),
      namespace: pod.namespace,
      uid: pod.uid,
      creationTimestamp: iso(pod.createdMs),
      ...(pod.deletedMs !== undefined && tMs >= pod.deletedMs - TERMINATION_GRACE_MS
        ? { deletionTimestamp: iso(pod.deletedMs), deletionGracePeriodSeconds: TERMINATION_GRACE_MS / 1000 }
        : {}),
      labels: pod.labels,
      ...(Object.keys(annotations).length ? { annotations } : {}),
      ownerReferences,
    },
    spec: {
      ...(pod.initContainers.length ? { initContainers: pod.initContainers.map(containerSpec) } : {}),
      containers: pod.containers.map(containerSpec),
      restartPolicy: w.kind === 'Job' ? 'Never' : 'Always',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: hostNetwork ? 'ClusterFirstWithHostNet' : 'ClusterFirst',
      serviceAccountName: w.kind === 'Static' ? undefined : w.name,
      ...(pod.node ? { nodeName: pod.node.name } : {}),
      ...(hostNetwork ? { hostNetwork: true } : {}),
      securityContext: {},
      schedulerName: 'default-scheduler',
      tolerations: [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
      priority: w.kind === 'Static' ? 2000001000 : 0,
      enableServiceLinks: true,
      preemptionPolicy: 'PreemptLowerPriority',
    },
    status: {
      phase: state.phase,
      conditions,
      ...(pod.node ? { hostIP: pod.node.ip, hostIPs: [{ ip: pod.node.ip }] } : {}),
      ...(pod.podIP ? { podIP: pod.podIP, podIPs: [{ ip: pod.podIP }] } : {}),
      ...(pod.node ? { startTime: iso(pod.createdMs) } : {}),
      ...(pod.node && pod.initContainers.length
        ? {
            initContainerStatuses: pod.initContainers.map((c) => ({
              name: c.name,
              image: c.image,
              imageID: '',
              ready: true,
              restartCount: 0,
              started: false,
              state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: iso(pod.createdMs + 1000), finishedAt: iso(pod.createdMs + 3000) } },
              lastState: {},
            })),
          }
        : {}),
      ...(pod.node ? { containerStatuses: pod.containers.map((c) => containerStatus(pod, c, state.containers.find((s) => s.name === c.name))) } : {}),
      qosClass: qos,
    },
  };
}

export function nodeObject(node: NodeSpec, startMs: number, tMs: number): KubeObject {
  const created = startMs - 3 * 24 * 3600_000 - 600_000;
  const beat = iso(tMs - ((tMs - created) % 40_000));
  const condition = (type: string, status: string, reason: string, message: string) => ({
    type,
    status,
    lastHeartbeatTime: beat,
    lastTransitionTime: iso(created + 30_000),
    reason,
    message,
  });
  const reserved = node.role === 'control-plane' ? 0.1 : 0.05;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: node.name,
      uid: stableUid(`Node//${node.name}`),
      creationTimestamp: iso(created),
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': node.name,
        'kubernetes.io/os': 'linux',
        'topology.kubernetes.io/zone': node.zone,
        ...(node.role === 'control-plane' ? { 'node-role.kubernetes.io/control-plane': '' } : {}),
      },
      annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
    },
    spec: {
      podCIDR: `10.244.${NODES.indexOf(node)}.0/24`,
      podCIDRs: [`10.244.${NODES.indexOf(node)}.0/24`],
      providerID: `demo://${node.name}`,
      ...(node.role === 'control-plane' ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } : {}),
    },
    status: {
      capacity: { cpu: String(node.cpuCores), 'ephemeral-storage': '102626232Ki', memory: `${node.memoryBytes / 1024}Ki`, pods: '110' },
      allocatable: {
        cpu: `${Math.round(node.cpuCores * 1000 * (1 - reserved))}m`,
        'ephemeral-storage': '102626232Ki',
        memory: `${Math.round((node.memoryBytes * (1 - reserved)) / 1024)}Ki`,
        pods: '110',
      },
      conditions: [
        condition('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      addresses: [
        { type: 'InternalIP', address: node.ip },
        { type: 'Hostname', address: node.name },
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        machineID: stableUid(`machine/${node.name}`).replace(/-/g, ''),
        systemUUID: stableUid(`system/${node.name}`),
        bootID: stableUid(`boot/${node.name}`),
        kernelVersion: '6.1.0-27-amd64',
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        containerRuntimeVersion: 'containerd://1.7.22',
        kubeletVersion: 'v1.31.2',
        kubeProxyVersion: '',
        operatingSystem: 'linux',
        architecture: 'amd64',
      },
    },
  };
}

export function namespaceObject(name: string, startMs: number): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name,
      uid: stableUid(`Namespace//${name}`),
      creationTimestamp: iso(startMs - 3 * 24 * 3600_000 - 300_000),
      labels: { 'kubernetes.io/metadata.name': name },
    },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}

function selectorLabels(w: WorkloadSpec) {
  return { app: w.name };
}

function podTemplate(w: WorkloadSpec, extra: Record<string, string> = {}) {
  return {
    metadata: { labels: { app: w.name, 'app.kubernetes.io/name': w.name, ...extra } },
    spec: { containers: w.containers.map(containerSpec), restartPolicy: w.kind === 'Job' ? 'Never' : 'Always' },
  };
}

/** Workload objects (Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs) from the pods that exist at t. */
export function workloadObjects(pods: DemoPod[], startMs: number, tMs: number): KubeObject[] {
  const out: KubeObject[] = [];
  const created = startMs - 3 * 24 * 3600_000;
  const live = pods.filter((p) => p.createdMs <= tMs && (p.deletedMs === undefined || p.deletedMs > tMs));
  for (const w of WORKLOADS) {
    const mine = live.filter((p) => p.workload === w);
    const states = mine.map((p) => podStateAt(p, tMs));
    const ready = states.filter((s) => s.ready).length;
    const meta = (kind: string, name: string, generation = 1) => ({
      name,
      namespace: w.namespace,
      uid: stableUid(`${kind}/${w.namespace}/${name}`),
      creationTimestamp: iso(created),
      generation,
      labels: selectorLabels(w),
    });
    if (w.kind === 'Deployment') {
      const revision = w.name === 'cart' ? 2 : 1;
      out.push({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { ...meta('Deployment', w.name, revision), annotations: { 'deployment.kubernetes.io/revision': String(revision) } },
        spec: {
          replicas: w.replicas,
          selector: { matchLabels: selectorLabels(w) },
          template: podTemplate(w),
          strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
          revisionHistoryLimit: 10,
          progressDeadlineSeconds: 600,
        },
        status: {
          observedGeneration: revision,
          replicas: mine.length,
          updatedReplicas: mine.length,
          readyReplicas: ready,
          availableReplicas: ready,
          ...(mine.length - ready > 0 ? { unavailableReplicas: mine.length - ready } : {}),
          conditions: [
            {
              type: 'Available',
              status: ready >= Math.max(1, w.replicas - Math.floor(w.replicas / 4)) ? 'True' : 'False',
              lastUpdateTime: iso(created),
              lastTransitionTime: iso(created),
              reason: ready >= w.replicas ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
              message: ready >= w.replicas ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.',
            },
            {
              type: 'Progressing',
              status: 'True',
              lastUpdateTime: iso(created),
              lastTransitionTime: iso(created),
              reason: 'NewReplicaSetAvailable',
              message: `ReplicaSet "${w.name}-${templateHash(w, revision)}" has successfully progressed.`,
            },
          ],
        },
      });
      for (let rev = 1; rev <= revision; rev++) {
        const hash = templateHash(w, rev);
        const rsName = `${w.name}-${hash}`;
        const rsPods = mine.filter((p) => p.replicaSetName === rsName);
        const current = rev === revision;
        out.push({
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          metadata: {
            ...meta('ReplicaSet', rsName),
            labels: { ...selectorLabels(w), 'pod-template-hash': hash },
            annotations: { 'deployment.kubernetes.io/desired-replicas': String(w.replicas), 'deployment.kubernetes.io/revision': String(rev) },
            ownerReferences: [owner('apps/v1', 'Deployment', w.name, w.namespace)],
          },
          spec: {
            replicas: current ? w.replicas : 0,
            selector: { matchLabels: { ...selectorLabels(w), 'pod-template-hash': hash } },
            template: podTemplate(w, { 'pod-template-hash': hash }),
          },
          status: {
            replicas: rsPods.length,
            fullyLabeledReplicas: rsPods.length,
            readyReplicas: rsPods.filter((p) => podStateAt(p, tMs).ready).length,
            availableReplicas: rsPods.filter((p) => podStateAt(p, tMs).ready).length,
            observedGeneration: 1,
          },
        });
      }
    } else if (w.kind === 'StatefulSet') {
      out.push({
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: meta('StatefulSet', w.name),
        spec: { replicas: w.replicas, selector: { matchLabels: selectorLabels(w) }, serviceName: w.name, template: podTemplate(w), podManagementPolicy: 'OrderedReady', updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } } },
        status: { observedGeneration: 1, replicas: mine.length, readyReplicas: ready, currentReplicas: mine.length, updatedReplicas: mine.length, availableReplicas: ready, currentRevision: `${w.name}-${templateHash(w, 1)}`, updateRevision: `${w.name}-${templateHash(w, 1)}`, collisionCount: 0 },
      });
    } else if (w.kind === 'DaemonSet') {
      out.push({
        apiVersion: 'apps/v1',
        kind: 'DaemonSet',
        metadata: { ...meta('DaemonSet', w.name), annotations: { 'deprecated.daemonset.template.generation': '1' } },
        spec: { selector: { matchLabels: selectorLabels(w) }, template: podTemplate(w), updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } }, revisionHistoryLimit: 10 },
        status: { currentNumberScheduled: mine.length, numberMisscheduled: 0, desiredNumberScheduled: w.replicas, numberReady: ready, observedGeneration: 1, updatedNumberScheduled: mine.length, numberAvailable: ready },
      });
    } else if (w.kind === 'Job') {
      for (const p of mine) {
        const s = podStateAt(p, tMs);
        const done = s.phase === 'Succeeded';
        const finished = s.containers[0]?.terminated?.finishedMs;
        out.push(jobObject(w.namespace, p.jobName!, w, p.createdMs, done ? finished ?? null : null, done ? 0 : 1));
      }
    }
  }
  return out;
}

export function jobObject(namespace: string, name: string, w: WorkloadSpec, createdMs: number, completedMs: number | null, active: number, cronJob?: string): KubeObject {
  const uid = stableUid(`Job/${namespace}/${name}`);
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name,
      namespace,
      uid,
      creationTimestamp: iso(createdMs),
      generation: 1,
      labels: { 'job-name': name, 'batch.kubernetes.io/job-name': name, 'controller-uid': uid },
      ...(cronJob ? { ownerReferences: [owner('batch/v1', 'CronJob', cronJob, namespace)] } : {}),
    },
    spec: {
      parallelism: 1,
      completions: 1,
      backoffLimit: 6,
      completionMode: 'NonIndexed',
      suspend: false,
      selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } },
      template: podTemplate(w, { 'job-name': name }),
    },
    status: {
      startTime: iso(createdMs),
      ...(completedMs !== null
        ? {
            completionTime: iso(completedMs),
            succeeded: 1,
            conditions: [
              { type: 'SuccessCriteriaMet', status: 'True', lastProbeTime: iso(completedMs), lastTransitionTime: iso(completedMs), reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' },
              { type: 'Complete', status: 'True', lastProbeTime: iso(completedMs), lastTransitionTime: iso(completedMs), reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' },
            ],
          }
        : { active }),
      ready: active ? 1 : 0,
      terminating: 0,
      uncountedTerminatedPods: {},
    },
  };
}
