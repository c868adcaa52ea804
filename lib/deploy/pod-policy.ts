/**
 * The rules Lantern's Deployment must keep: the restricted Pod Security profile and more (read-only root
 * filesystem, resources), probes on the console's health endpoints, writable volumes where the server writes,
 * and only environment variables something in the image reads.
 */
import type { KubeObject } from './kustomize';

interface Probe {
  httpGet?: { path?: string; port?: number | string };
}
interface Container {
  name: string;
  image?: string;
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: unknown }[];
  envFrom?: { configMapRef?: { name: string; optional?: boolean }; secretRef?: { name: string; optional?: boolean } }[];
  securityContext?: {
    allowPrivilegeEscalation?: boolean;
    readOnlyRootFilesystem?: boolean;
    privileged?: boolean;
    runAsUser?: number;
    runAsNonRoot?: boolean;
    capabilities?: { add?: string[]; drop?: string[] };
  };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}
interface PodSpec {
  serviceAccountName?: string;
  automountServiceAccountToken?: boolean;
  hostNetwork?: boolean;
  hostPID?: boolean;
  hostIPC?: boolean;
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number; runAsGroup?: number; fsGroup?: number; seccompProfile?: { type?: string } };
  containers: Container[];
  volumes?: { name: string; hostPath?: unknown; emptyDir?: unknown; persistentVolumeClaim?: { claimName: string } }[];
}

export function podSpecOf(deployment: KubeObject): PodSpec {
  return (deployment.spec as { template: { spec: PodSpec } }).template.spec;
}

/** Paths the standalone server writes at run time, relative to nothing: the image's WORKDIR is /app. */
export const WRITABLE_PATHS = ['/app/data', '/app/.next/cache', '/tmp'];

/** Security, resources, probes and volumes; empty when the Deployment keeps every rule. */
export function podPolicyProblems(deployment: KubeObject, expect: { serviceAccount: string; basePath?: string }): string[] {
  const p: string[] = [];
  const pod = podSpecOf(deployment);
  const psc = pod.securityContext ?? {};
  if (psc.runAsNonRoot !== true) p.push('pod: securityContext.runAsNonRoot must be true');
  if (!(typeof psc.runAsUser === 'number' && psc.runAsUser > 0)) p.push('pod: securityContext.runAsUser must be a non-zero uid');
  if (!(typeof psc.fsGroup === 'number' && psc.fsGroup > 0)) p.push('pod: securityContext.fsGroup must be set so volumes are writable');
  if (psc.seccompProfile?.type !== 'RuntimeDefault') p.push('pod: seccompProfile must be RuntimeDefault');
  if (pod.hostNetwork || pod.hostPID || pod.hostIPC) p.push('pod: host namespaces are not allowed');
  if (pod.serviceAccountName !== expect.serviceAccount) p.push(`pod: serviceAccountName must be ${expect.serviceAccount}`);
  if (pod.automountServiceAccountToken !== true) p.push('pod: automountServiceAccountToken must be true (the Kubernetes views use the token)');
  for (const v of pod.volumes ?? []) if (v.hostPath) p.push(`volume ${v.name}: hostPath is not allowed`);
  const base = expect.basePath ?? '';
  for (const c of pod.containers) {
    const at = `container ${c.name}`;
    const sc = c.securityContext ?? {};
    if (sc.allowPrivilegeEscalation !== false) p.push(`${at}: allowPrivilegeEscalation must be false`);
    if (sc.readOnlyRootFilesystem !== true) p.push(`${at}: readOnlyRootFilesystem must be true`);
    if (sc.privileged) p.push(`${at}: privileged is not allowed`);
    if (sc.runAsUser === 0) p.push(`${at}: runAsUser 0 is not allowed`);
    if (!sc.capabilities?.drop?.includes('ALL')) p.push(`${at}: capabilities must drop ALL`);
    if (sc.capabilities?.add?.length) p.push(`${at}: capabilities.add (${sc.capabilities.add.join(', ')}) is not allowed`);
    for (const kind of ['requests', 'limits'] as const) {
      for (const r of ['cpu', 'memory']) if (!c.resources?.[kind]?.[r]) p.push(`${at}: resources.${kind}.${r} must be set`);
    }
    const portNames = new Map((c.ports ?? []).map((port) => [port.name, port.containerPort]));
    const probe = (name: 'livenessProbe' | 'readinessProbe', path: string) => {
      const g = c[name]?.httpGet;
      if (g?.path !== `${base}${path}`) p.push(`${at}: ${name} must GET ${base}${path}, got ${g?.path ?? 'none'}`);
      const port = typeof g?.port === 'string' ? portNames.get(g.port) : g?.port;
      if (g && !(c.ports ?? []).some((cp) => cp.containerPort === port)) p.push(`${at}: ${name} port ${String(g.port)} is not a container port`);
    };
    probe('livenessProbe', '/api/healthz');
    probe('readinessProbe', '/api/readyz');
    const volumes = new Set((pod.volumes ?? []).map((v) => v.name));
    for (const m of c.volumeMounts ?? []) if (!volumes.has(m.name)) p.push(`${at}: volumeMount ${m.name} has no volume`);
    for (const w of WRITABLE_PATHS) {
      if (!(c.volumeMounts ?? []).some((m) => m.mountPath === w && !m.readOnly)) p.push(`${at}: ${w} must be a writable volume (the root filesystem is read-only)`);
    }
  }
  return p;
}

/**
 * Every variable the Deployment sets (explicitly or through a ConfigMap it loads) must be one the image reads:
 * lib/env.ts (`readByEnv`) or Next's server.js (`readByServer`). A typo would otherwise be silently ignored.
 */
export function envProblems(deployment: KubeObject, objects: KubeObject[], readByEnv: Set<string>, readByServer: Set<string>): string[] {
  const p: string[] = [];
  for (const c of podSpecOf(deployment).containers) {
    const names: [string, string][] = (c.env ?? []).map((e) => [e.name, 'env']);
    for (const from of c.envFrom ?? []) {
      if (from.configMapRef) {
        const cm = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === from.configMapRef!.name);
        if (!cm) {
          if (!from.configMapRef.optional) p.push(`container ${c.name}: ConfigMap ${from.configMapRef.name} is not in the manifests`);
          continue;
        }
        for (const k of Object.keys((cm.data as Record<string, string>) ?? {})) names.push([k, `ConfigMap ${cm.metadata.name}`]);
      }
      if (from.secretRef && !from.secretRef.optional && !objects.some((o) => o.kind === 'Secret' && o.metadata.name === from.secretRef!.name)) {
        p.push(`container ${c.name}: Secret ${from.secretRef.name} is required but not in the manifests (make it optional or document creating it)`);
      }
    }
    for (const [name, where] of names) {
      if (!readByEnv.has(name) && !readByServer.has(name)) p.push(`container ${c.name}: ${name} (${where}) is read by nothing in the image`);
    }
  }
  return p;
}
