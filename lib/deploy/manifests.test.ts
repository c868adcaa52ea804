import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '../env';
import { NEXT_SERVER_VARIABLES, variablesReadByEnv } from './env-vars';
import { podSpecs, readManifests, renderKustomization, type KubeObject } from './kustomize';
import { envProblems, podPolicyProblems, podSpecOf } from './pod-policy';
import { validationProblems } from './validate';

const DIR = path.resolve(__dirname, '../../deploy/kubernetes');
const objects = renderKustomization(DIR);
const find = (kind: string) => objects.filter((o) => o.kind === kind);
const deployment = find('Deployment')[0];
const container = podSpecOf(deployment).containers[0];
const configMap = find('ConfigMap')[0];
const readByEnv = variablesReadByEnv();
const readByServer = new Set(Object.keys(NEXT_SERVER_VARIABLES));

describe('deploy/kubernetes', () => {
  it('parses every YAML file in the folder, and the kustomization lists each of them', () => {
    const files = fs.readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f) && f !== 'kustomization.yaml');
    for (const f of files) expect(readManifests(path.join(DIR, f)).length, f).toBeGreaterThan(0);
    const listed = (fs.readFileSync(path.join(DIR, 'kustomization.yaml'), 'utf8').match(/^ {2}- (\S+\.yaml)$/gm) ?? []).map((l) => l.trim().slice(2));
    expect(listed.sort()).toEqual(files.sort());
  });

  it('renders the objects `kubectl apply -k` creates, namespaced into lantern', () => {
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual(
      [
        'ClusterRole/lantern-read', 'ClusterRoleBinding/lantern-read', 'ConfigMap/lantern-config', 'Deployment/lantern',
        'Namespace/lantern', 'PersistentVolumeClaim/lantern-data', 'Service/lantern', 'ServiceAccount/lantern',
      ].sort(),
    );
    for (const o of objects) {
      const clusterScoped = ['Namespace', 'ClusterRole', 'ClusterRoleBinding'].includes(o.kind);
      expect(o.metadata.namespace, `${o.kind} ${o.metadata.name}`).toBe(clusterScoped ? undefined : 'lantern');
    }
    expect(container.image).toBe('lantern:0.1.0');
  });

  it('validates every object against the Kubernetes schemas, with no unknown field', () => {
    expect(objects.flatMap(validationProblems)).toEqual([]);
  });

  it('runs the pod restricted: non-root, read-only root, no capabilities, resources, probes, writable volumes', () => {
    expect(podPolicyProblems(deployment, { serviceAccount: 'lantern' })).toEqual([]);
    const ns = find('Namespace')[0];
    expect(ns.metadata.labels?.['pod-security.kubernetes.io/enforce']).toBe('restricted');
  });

  it('sets only variables the image reads, with values lib/env.ts accepts', () => {
    expect(envProblems(deployment, objects, readByEnv, readByServer)).toEqual([]);
    const explicit = Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value]));
    const merged = { ...(configMap.data as Record<string, string>), ...explicit };
    const parsed = parseEnv(merged);
    expect(parsed.host).toBe('0.0.0.0');
    expect(parsed.port).toBe(container.ports![0].containerPort);
    expect(parsed.databaseUrl).toBe('file:/app/data/lantern.db');
    // port-forward reaches 127.0.0.1 inside the pod: server.js must not bind to the pod IP (HOSTNAME = pod name).
    expect(explicit.HOSTNAME).toBe('0.0.0.0');
    // The Secret (tokens, PostgreSQL URL) is created by the operator and overrides the ConfigMap: it comes last.
    expect(container.envFrom!.map((f) => (f.configMapRef ? 'configMap' : `secret optional=${f.secretRef?.optional}`))).toEqual([
      'configMap',
      'secret optional=true',
    ]);
  });

  it('documents only Secret keys that lib/env.ts reads (README, Run in your cluster)', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Run in your cluster'), readme.indexOf('## Configuration'));
    const keys = [...section.matchAll(/--from-literal=(\w+)=|`([A-Z_]+)`/g)].map((m) => m[1] ?? m[2]);
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.filter((k) => !readByEnv.has(k))).toEqual([]);
  });

  it('keeps one replica, recreated, on the SQLite volume', () => {
    const spec = deployment.spec as { replicas: number; strategy: { type: string } };
    expect(spec.replicas).toBe(1);
    expect(spec.strategy.type).toBe('Recreate');
    const claim = podSpecOf(deployment).volumes!.find((v) => v.persistentVolumeClaim)!.persistentVolumeClaim!.claimName;
    expect(find('PersistentVolumeClaim').map((p) => p.metadata.name)).toEqual([claim]);
  });

  it('exposes the pod through a ClusterIP Service named http, selecting the pod’s labels', () => {
    const svc = find('Service')[0].spec as { type: string; selector: Record<string, string>; ports: { name: string; port: number; targetPort: string }[] };
    expect(svc.type).toBe('ClusterIP');
    expect(svc.ports).toEqual([{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }]);
    expect(container.ports!.map((p) => p.name)).toContain(svc.ports[0].targetPort);
    const labels = (deployment.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
    for (const [k, v] of Object.entries(svc.selector)) expect(labels[k]).toBe(v);
    expect(podSpecs(objects)).toHaveLength(1);
  });
});

describe('the checks can fail', () => {
  const mutated = (change: (d: KubeObject) => void) => {
    const d = structuredClone(deployment);
    change(d);
    return d;
  };

  it('schema: a wrong type, a missing field, a misspelt field, an unknown kind', () => {
    const replicas = mutated((d) => ((d.spec as Record<string, unknown>).replicas = 'one'));
    expect(validationProblems(replicas).join('\n')).toMatch(/replicas must be integer/);
    const noSelector = mutated((d) => delete (d.spec as Record<string, unknown>).selector);
    expect(validationProblems(noSelector).join('\n')).toMatch(/required property selector/);
    const typo = mutated((d) => {
      const sc = podSpecOf(d).containers[0].securityContext as Record<string, unknown>;
      sc.readOnlyRootFileSystem = sc.readOnlyRootFilesystem;
    });
    expect(validationProblems(typo)).toEqual([
      'Deployment lantern: unknown field spec.template.spec.containers[0].securityContext.readOnlyRootFileSystem',
    ]);
    expect(validationProblems({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } })[0]).toMatch(/no schema known for v1 Pod/);
  });

  it('pod policy: root, writable root filesystem, added capabilities, missing limits, wrong probe, missing volume', () => {
    const problems = podPolicyProblems(
      mutated((d) => {
        const pod = podSpecOf(d);
        pod.securityContext!.runAsUser = 0;
        const c = pod.containers[0];
        c.securityContext!.readOnlyRootFilesystem = false;
        c.securityContext!.capabilities = { add: ['NET_ADMIN'], drop: [] };
        delete c.resources!.limits;
        c.livenessProbe!.httpGet!.path = '/';
        c.volumeMounts = c.volumeMounts!.filter((m) => m.mountPath !== '/tmp');
      }),
      { serviceAccount: 'lantern' },
    );
    expect(problems).toEqual([
      'pod: securityContext.runAsUser must be a non-zero uid',
      'container lantern: readOnlyRootFilesystem must be true',
      'container lantern: capabilities must drop ALL',
      'container lantern: capabilities.add (NET_ADMIN) is not allowed',
      'container lantern: resources.limits.cpu must be set',
      'container lantern: resources.limits.memory must be set',
      'container lantern: livenessProbe must GET /api/healthz, got /',
      'container lantern: /tmp must be a writable volume (the root filesystem is read-only)',
    ]);
    expect(podPolicyProblems(deployment, { serviceAccount: 'lantern', basePath: '/lantern' })[0]).toMatch(/must GET \/lantern\/api\/healthz/);
  });

  it('environment: a variable nothing reads, and a required Secret nobody ships', () => {
    const d = mutated((x) => {
      const c = podSpecOf(x).containers[0];
      c.env!.push({ name: 'PROMETHEUS_ULR', value: 'http://p:9090' });
      c.envFrom![1].secretRef!.optional = false;
    });
    expect(envProblems(d, objects, readByEnv, readByServer)).toEqual([
      'container lantern: Secret lantern-secrets is required but not in the manifests (make it optional or document creating it)',
      'container lantern: PROMETHEUS_ULR (env) is read by nothing in the image',
    ]);
  });

  it('kustomize: a field the renderer does not implement is refused, not ignored', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-kustomize-'));
    fs.writeFileSync(
      path.join(dir, 'kustomization.yaml'),
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\nconfigMapGenerator:\n  - name: x\n',
    );
    expect(() => renderKustomization(dir)).toThrow(/fields not rendered by lib\/deploy\/kustomize.ts: configMapGenerator/);
    fs.rmSync(dir, { recursive: true });
  });
});
