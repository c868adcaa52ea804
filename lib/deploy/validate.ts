/**
 * Validation of rendered manifests against the Kubernetes API schemas, two ways:
 * - kubernetes-models' generated JSON-schema validators (types, required fields, enums, formats);
 * - unknown fields, which those validators let through but `kubectl apply` (strict field validation) refuses,
 *   checked against the attribute maps of @kubernetes/client-node's generated API types.
 */
import * as k8s from '@kubernetes/client-node';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { ClusterRole } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole';
import { ClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding';
import { Role } from 'kubernetes-models/rbac.authorization.k8s.io/v1/Role';
import { RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import type { KubeObject } from './kustomize';

interface Validatable {
  validate(): void;
}
type ModelClass = new (data: never) => Validatable;

/** apiVersion/kind → model. A kind missing here is reported, not skipped. */
const MODELS: Record<string, ModelClass> = {
  'v1/Namespace': Namespace,
  'v1/ServiceAccount': ServiceAccount,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim,
  'apps/v1/Deployment': Deployment,
  'rbac.authorization.k8s.io/v1/ClusterRole': ClusterRole,
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': ClusterRoleBinding,
  'rbac.authorization.k8s.io/v1/Role': Role,
  'rbac.authorization.k8s.io/v1/RoleBinding': RoleBinding,
};

/** Schema errors and unknown fields of one object; empty when `kubectl apply --validate=strict` would accept it. */
export function validationProblems(o: KubeObject): string[] {
  const id = `${o.kind} ${o.metadata?.name ?? '?'}`;
  const Model = MODELS[`${o.apiVersion}/${o.kind}`];
  if (!Model) return [`${id}: no schema known for ${o.apiVersion} ${o.kind} (add it to lib/deploy/validate.ts)`];
  const problems: string[] = [];
  try {
    new Model(o as never).validate();
  } catch (e) {
    problems.push(`${id}: ${(e as Error).message}`);
  }
  const typeName = `V1${o.kind}`;
  problems.push(...unknownFields(o, typeName, '').map((p) => `${id}: unknown field ${p}`));
  return problems;
}

interface Attribute {
  baseName: string;
  type: string;
}

/** Generated client-node model classes by name (V1Deployment, V1Container, ...). */
function modelClass(name: string): { getAttributeTypeMap(): Attribute[] } | undefined {
  const c = (k8s as unknown as Record<string, unknown>)[name];
  return typeof c === 'function' && 'getAttributeTypeMap' in c ? (c as { getAttributeTypeMap(): Attribute[] }) : undefined;
}

/** Paths of fields in `value` that the API type `type` does not have. */
export function unknownFields(value: unknown, type: string, at: string): string[] {
  if (value === null || value === undefined) return [];
  const array = /^Array<(.+)>$/.exec(type);
  if (array) return Array.isArray(value) ? value.flatMap((v, i) => unknownFields(v, array[1], `${at}[${i}]`)) : [];
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    return typeof value === 'object' ? Object.entries(value as object).flatMap(([k, v]) => unknownFields(v, map[1], `${at}.${k}`)) : [];
  }
  const cls = modelClass(type);
  if (!cls || typeof value !== 'object' || Array.isArray(value)) return []; // string, number, IntOrString, Quantity...
  const attributes = new Map(cls.getAttributeTypeMap().map((a) => [a.baseName, a.type]));
  return Object.entries(value as object).flatMap(([k, v]) => {
    const t = attributes.get(k);
    const path = at ? `${at}.${k}` : k;
    return t === undefined ? [path] : unknownFields(v, t, path);
  });
}
