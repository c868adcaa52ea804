/**
 * A small renderer for deploy/kubernetes/kustomization.yaml, so tests check the objects `kubectl apply -k` would
 * send without kubectl or kustomize installed. It implements only the fields the kustomization uses (`resources`
 * as files, `namespace`, `images`) and refuses any other field, so the kustomization cannot grow a feature that
 * the tests silently ignore.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadAll, load } from 'js-yaml';

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; [k: string]: unknown };
  [k: string]: unknown;
}

interface ImageOverride {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  resources?: string[];
  images?: ImageOverride[];
}

const SUPPORTED_FIELDS = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'images']);

/** Kinds without a namespace. A kind in neither list is refused: decide where it belongs before using it. */
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding']);
const NAMESPACED = new Set([
  'ServiceAccount',
  'ConfigMap',
  'Secret',
  'Service',
  'Deployment',
  'PersistentVolumeClaim',
  'Role',
  'RoleBinding',
  'NetworkPolicy',
  'PodDisruptionBudget',
]);

/** Parses a multi-document YAML file into objects, refusing documents that are not Kubernetes objects. */
export function readManifests(file: string): KubeObject[] {
  const docs = loadAll(fs.readFileSync(file, 'utf8')).filter((d) => d !== null && d !== undefined);
  return docs.map((d, i) => {
    const o = d as Partial<KubeObject>;
    if (typeof o !== 'object' || !o.apiVersion || !o.kind || !o.metadata?.name) {
      throw new Error(`${file}: document ${i + 1} is not a Kubernetes object (apiVersion, kind, metadata.name)`);
    }
    return o as KubeObject;
  });
}

export function readKustomization(dir: string): Kustomization {
  const k = load(fs.readFileSync(path.join(dir, 'kustomization.yaml'), 'utf8')) as Kustomization;
  if (k.apiVersion !== 'kustomize.config.k8s.io/v1beta1' || k.kind !== 'Kustomization') {
    throw new Error('kustomization.yaml: expected apiVersion kustomize.config.k8s.io/v1beta1, kind Kustomization');
  }
  const unknown = Object.keys(k).filter((f) => !SUPPORTED_FIELDS.has(f));
  if (unknown.length) throw new Error(`kustomization.yaml: fields not rendered by lib/deploy/kustomize.ts: ${unknown.join(', ')}`);
  return k;
}

/** The objects `kubectl apply -k dir` applies, in resource order. */
export function renderKustomization(dir: string): KubeObject[] {
  const k = readKustomization(dir);
  const objects: KubeObject[] = [];
  for (const r of k.resources ?? []) {
    const file = path.resolve(dir, r);
    if (!file.startsWith(path.resolve(dir) + path.sep)) throw new Error(`resource ${r} is outside ${dir}`);
    if (!fs.statSync(file).isFile()) throw new Error(`resource ${r}: only files are rendered here, not directories or URLs`);
    objects.push(...readManifests(file));
  }
  const seen = new Set<string>();
  for (const o of objects) {
    const id = `${o.apiVersion}/${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
    if (seen.has(id)) throw new Error(`duplicate object ${id}`);
    seen.add(id);
  }
  if (k.namespace) applyNamespace(objects, k.namespace);
  for (const image of k.images ?? []) applyImage(objects, image);
  return objects;
}

function applyNamespace(objects: KubeObject[], namespace: string) {
  const serviceAccounts = new Set(objects.filter((o) => o.kind === 'ServiceAccount').map((o) => o.metadata.name));
  for (const o of objects) {
    if (CLUSTER_SCOPED.has(o.kind)) {
      if (o.metadata.namespace !== undefined) throw new Error(`${o.kind} ${o.metadata.name} is cluster-scoped but sets a namespace`);
      // kustomize renames a Namespace object to the kustomization's namespace; ours must already match.
      if (o.kind === 'Namespace' && o.metadata.name !== namespace) throw new Error(`Namespace ${o.metadata.name} differs from namespace: ${namespace}`);
    } else if (NAMESPACED.has(o.kind)) {
      o.metadata.namespace = namespace;
    } else {
      throw new Error(`kind ${o.kind}: add it to CLUSTER_SCOPED or NAMESPACED in lib/deploy/kustomize.ts`);
    }
    if (o.kind === 'ClusterRoleBinding' || o.kind === 'RoleBinding') {
      for (const s of (o.subjects as { kind: string; name: string; namespace?: string }[] | undefined) ?? []) {
        if (s.kind === 'ServiceAccount' && serviceAccounts.has(s.name)) s.namespace = namespace;
      }
    }
  }
}

interface Container {
  name: string;
  image?: string;
}

/** Pod specs of the workloads in `objects` (Deployment only, for now). */
export function podSpecs(objects: KubeObject[]): { owner: KubeObject; spec: { containers: Container[]; initContainers?: Container[] } }[] {
  return objects
    .filter((o) => o.kind === 'Deployment')
    .map((o) => ({ owner: o, spec: (o.spec as { template: { spec: { containers: Container[] } } }).template.spec }));
}

function applyImage(objects: KubeObject[], image: ImageOverride) {
  for (const { spec } of podSpecs(objects)) {
    for (const c of [...spec.containers, ...(spec.initContainers ?? [])]) {
      if (!c.image) continue;
      const name = c.image.replace(/@.*$/, '').replace(/:[^/:]+$/, '');
      if (name !== image.name) continue;
      const tag = image.digest ? `@${image.digest}` : image.newTag ? `:${image.newTag}` : c.image.slice(name.length);
      c.image = `${image.newName ?? name}${tag}`;
    }
  }
}
