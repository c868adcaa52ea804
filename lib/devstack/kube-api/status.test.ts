import { describe, expect, it } from 'vitest';
import { forbidden, ruleMatches } from './status';

describe('forbid rules', () => {
  it('match verb and resource exactly, and the namespace when the rule names one', () => {
    const rule = { verb: 'list' as const, resource: 'pods', namespace: 'shop' };
    expect(ruleMatches(rule, { verb: 'list', resource: 'pods', group: '', namespace: 'shop' })).toBe(true);
    expect(ruleMatches(rule, { verb: 'list', resource: 'pods', group: '', namespace: 'payments' })).toBe(false);
    expect(ruleMatches(rule, { verb: 'watch', resource: 'pods', group: '', namespace: 'shop' })).toBe(false);
    expect(ruleMatches(rule, { verb: 'list', resource: 'pods/log', group: '', namespace: 'shop' })).toBe(false);
    expect(ruleMatches({ verb: 'get', resource: 'pods' }, { verb: 'get', resource: 'pods', group: '', namespace: 'any', name: 'x' })).toBe(true);
  });

  it('answer with the Status kube-apiserver writes for an RBAC denial', () => {
    expect(forbidden({ verb: 'list', resource: 'pods', group: '', namespace: 'shop' }).body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'pods is forbidden: User "system:serviceaccount:lantern:lantern" cannot list resource "pods" in API group "" in the namespace "shop"',
      reason: 'Forbidden',
      details: { kind: 'pods' },
      code: 403,
    });
  });
});
