import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderKustomization, type KubeObject } from './kustomize';
import { clusterRoleProblems, rbacProblems, type PolicyRule } from './rbac';

const DIR = path.resolve(__dirname, '../../deploy/kubernetes');
const objects = renderKustomization(DIR);
const role = objects.find((o) => o.kind === 'ClusterRole')!;
const SA = { name: 'lantern', namespace: 'lantern' };

/** A copy of the shipped ClusterRole with its rules changed. */
function withRules(change: (rules: PolicyRule[]) => PolicyRule[]): KubeObject {
  const copy = structuredClone(role);
  copy.rules = change(structuredClone(role.rules as PolicyRule[]));
  return copy;
}

describe('the shipped RBAC', () => {
  it('grants exactly get/list/watch on the listed resources, bound to Lantern’s service account only', () => {
    expect(rbacProblems(objects, SA)).toEqual([]);
  });

  it('lists the granted resources as the issue does (a readable summary of the role)', () => {
    const granted = (role.rules as PolicyRule[]).flatMap((r) => r.apiGroups!.flatMap((g) => r.resources!.map((res) => `${g || 'core'}/${res}:${r.verbs!.join(',')}`)));
    expect(granted.sort()).toEqual(
      [
        'apps/daemonsets', 'apps/deployments', 'apps/replicasets', 'apps/statefulsets',
        'batch/cronjobs', 'batch/jobs',
        'core/events', 'core/namespaces', 'core/nodes', 'core/pods', 'core/pods/log',
        'events.k8s.io/events',
      ]
        .map((r) => `${r}:get,list,watch`)
        .sort(),
    );
  });
});

describe('the checker refuses', () => {
  const cases: [string, (rules: PolicyRule[]) => PolicyRule[], RegExp][] = [
    ['secrets', (r) => [...r, { apiGroups: [''], resources: ['secrets'], verbs: ['get'] }], /resource "secrets" in group "core" is not allowed/],
    ['pods/exec', (r) => [...r, { apiGroups: [''], resources: ['pods/exec'], verbs: ['get'] }], /resource "pods\/exec"/],
    ['a write verb', (r) => r.map((x, i) => (i === 0 ? { ...x, verbs: [...x.verbs!, 'create'] } : x)), /verb "create" is not read-only/],
    ['a verb wildcard', (r) => r.map((x, i) => (i === 0 ? { ...x, verbs: ['*'] } : x)), /verb "\*"/],
    ['a resource wildcard', (r) => [...r, { apiGroups: ['apps'], resources: ['*'], verbs: ['get'] }], /resource "\*"/],
    ['a group wildcard', (r) => [...r, { apiGroups: ['*'], resources: ['pods'], verbs: ['get'] }], /apiGroup "\*" is not allowed/],
    ['another group', (r) => [...r, { apiGroups: ['networking.k8s.io'], resources: ['ingresses'], verbs: ['get'] }], /apiGroup "networking.k8s.io"/],
    ['non-resource URLs', (r) => [...r, { nonResourceURLs: ['/metrics'], verbs: ['get'] }], /nonResourceURLs \/metrics/],
    ['configmaps', (r) => [...r, { apiGroups: [''], resources: ['configmaps'], verbs: ['list'] }], /resource "configmaps"/],
  ];
  for (const [name, change, message] of cases) {
    it(name, () => {
      const problems = clusterRoleProblems(withRules(change));
      expect(problems.join('\n')).toMatch(message);
    });
  }

  it('a role missing a listed permission', () => {
    const problems = clusterRoleProblems(withRules((r) => r.map((x) => ({ ...x, resources: x.resources!.filter((res) => res !== 'pods/log') }))));
    expect(problems).toEqual(['missing: get on pods/log in group "core"', 'missing: list on pods/log in group "core"', 'missing: watch on pods/log in group "core"']);
  });

  it('an aggregated role', () => {
    expect(clusterRoleProblems({ ...role, aggregationRule: { clusterRoleSelectors: [] } })).toContain(
      'aggregationRule: an aggregated role inherits rules from other roles',
    );
  });

  it('a second role, a binding to someone else, or a namespaced Role', () => {
    const binding = objects.find((o) => o.kind === 'ClusterRoleBinding')!;
    const toGroup = { ...binding, subjects: [{ kind: 'Group', name: 'system:authenticated', apiGroup: 'rbac.authorization.k8s.io' }] };
    expect(rbacProblems(objects.map((o) => (o === binding ? toGroup : o)), SA).join('\n')).toMatch(/must bind only ServiceAccount lantern\/lantern/);
    const extra: KubeObject = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'x', namespace: 'lantern' }, rules: [] };
    expect(rbacProblems([...objects, extra], SA).join('\n')).toMatch(/Role x: only the one ClusterRole is expected/);
    expect(rbacProblems([...objects, { ...role, metadata: { name: 'other' } }], SA).join('\n')).toMatch(/expected one ClusterRole, found 2/);
  });
});
