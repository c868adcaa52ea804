/**
 * What Lantern's service account may do in the cluster, and a checker that holds a ClusterRole to exactly that:
 * read-only verbs on the listed resources, nothing else (no secrets, no exec/attach/port-forward, no wildcards,
 * no aggregation, no non-resource URLs).
 */
import type { KubeObject } from './kustomize';

export const READ_VERBS = ['get', 'list', 'watch'] as const;

/** API group → resources the console reads. Core group is "". */
export const ALLOWED_RESOURCES: Readonly<Record<string, readonly string[]>> = {
  '': ['pods', 'pods/log', 'events', 'nodes', 'namespaces'],
  'events.k8s.io': ['events'],
  apps: ['deployments', 'replicasets', 'statefulsets', 'daemonsets'],
  batch: ['jobs', 'cronjobs'],
};

export interface PolicyRule {
  apiGroups?: string[];
  resources?: string[];
  verbs?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

const key = (group: string, resource: string, verb: string) => `${group}|${resource}|${verb}`;

/**
 * Problems with a ClusterRole's rules, empty when it grants exactly ALLOWED_RESOURCES × READ_VERBS.
 * Each message names the offending group, resource or verb.
 */
export function clusterRoleProblems(role: KubeObject): string[] {
  const problems: string[] = [];
  if (role.kind !== 'ClusterRole') problems.push(`expected a ClusterRole, got ${role.kind}`);
  if (role.aggregationRule) problems.push('aggregationRule: an aggregated role inherits rules from other roles');
  const granted = new Set<string>();
  const rules = (role.rules as PolicyRule[] | undefined) ?? [];
  rules.forEach((rule, i) => {
    const at = `rules[${i}]`;
    if (rule.nonResourceURLs?.length) problems.push(`${at}: nonResourceURLs ${rule.nonResourceURLs.join(', ')} are not allowed`);
    if (rule.resourceNames?.length) problems.push(`${at}: resourceNames are not used by Lantern`);
    for (const verb of rule.verbs ?? []) {
      if (!(READ_VERBS as readonly string[]).includes(verb)) problems.push(`${at}: verb "${verb}" is not read-only (allowed: ${READ_VERBS.join(', ')})`);
    }
    for (const group of rule.apiGroups ?? []) {
      const allowed = ALLOWED_RESOURCES[group];
      if (!allowed) {
        problems.push(`${at}: apiGroup "${group}" is not allowed`);
        continue;
      }
      for (const resource of rule.resources ?? []) {
        if (!allowed.includes(resource)) {
          problems.push(`${at}: resource "${resource}" in group "${group || 'core'}" is not allowed`);
          continue;
        }
        for (const verb of rule.verbs ?? []) {
          if ((READ_VERBS as readonly string[]).includes(verb)) granted.add(key(group, resource, verb));
        }
      }
    }
  });
  for (const [group, resources] of Object.entries(ALLOWED_RESOURCES)) {
    for (const resource of resources) {
      for (const verb of READ_VERBS) {
        if (!granted.has(key(group, resource, verb))) problems.push(`missing: ${verb} on ${resource} in group "${group || 'core'}"`);
      }
    }
  }
  return problems;
}

/**
 * Problems with the RBAC objects of a rendered deployment: exactly one ClusterRole (checked as above), bound by
 * exactly one ClusterRoleBinding to exactly the given service account, and no other Role or binding.
 */
export function rbacProblems(objects: KubeObject[], serviceAccount: { name: string; namespace: string }): string[] {
  const problems: string[] = [];
  const roles = objects.filter((o) => o.kind === 'ClusterRole');
  const bindings = objects.filter((o) => o.kind === 'ClusterRoleBinding');
  for (const o of objects) {
    if (o.kind === 'Role' || o.kind === 'RoleBinding') problems.push(`${o.kind} ${o.metadata.name}: only the one ClusterRole is expected`);
  }
  if (roles.length !== 1) problems.push(`expected one ClusterRole, found ${roles.length}`);
  if (bindings.length !== 1) problems.push(`expected one ClusterRoleBinding, found ${bindings.length}`);
  for (const role of roles) problems.push(...clusterRoleProblems(role).map((p) => `ClusterRole ${role.metadata.name}: ${p}`));
  for (const b of bindings) {
    const ref = b.roleRef as { apiGroup: string; kind: string; name: string };
    if (ref.kind !== 'ClusterRole' || ref.apiGroup !== 'rbac.authorization.k8s.io' || !roles.some((r) => r.metadata.name === ref.name)) {
      problems.push(`ClusterRoleBinding ${b.metadata.name}: roleRef must be the ClusterRole above, got ${ref.kind} ${ref.name}`);
    }
    const subjects = (b.subjects as { kind: string; name: string; namespace?: string }[] | undefined) ?? [];
    const ok =
      subjects.length === 1 &&
      subjects[0].kind === 'ServiceAccount' &&
      subjects[0].name === serviceAccount.name &&
      subjects[0].namespace === serviceAccount.namespace;
    if (!ok) problems.push(`ClusterRoleBinding ${b.metadata.name}: must bind only ServiceAccount ${serviceAccount.namespace}/${serviceAccount.name}`);
  }
  return problems;
}
