/**
 * Namespace scoping of Kubernetes reads, against the demo API server: lists filtered (or narrowed to the one allowed
 * namespace), reads elsewhere refused with the verb and resource, cluster-scoped objects refused, watches filtered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../devstack/kube-api/test-support';
import { createKubeClient, type KubeClient } from '../k8s/client';
import type { PodSummary, WatchUpdate } from '../k8s';
import type { Principal } from './principal';
import { scopeKube } from './scoped-datasources';

let t: Awaited<ReturnType<typeof startTestServer>>;
let raw: KubeClient;
const who = (namespaces: string[] | null): Principal => ({ user: 'mallory', role: 'viewer', groups: [], namespaces, via: 'session' });

beforeAll(async () => {
  t = await startTestServer();
  raw = createKubeClient({ kubeconfigPath: t.kubeconfigPath, timeoutMs: 5_000 });
});
afterAll(() => t.close());

describe('scopeKube', () => {
  it('lists only allowed namespaces, pods, events and workloads', async () => {
    const two = scopeKube(raw, who(['shop', 'payments']));
    expect((await two.listNamespaces()).items.map((n) => n.name).sort()).toEqual(['payments', 'shop']);
    const pods = (await two.listPods()).items;
    expect(new Set(pods.map((p) => p.namespace))).toEqual(new Set(['shop', 'payments']));
    expect(pods.length).toBe((await raw.listPods()).items.filter((p) => ['shop', 'payments'].includes(p.namespace)).length);
    const one = scopeKube(raw, who(['shop']));
    expect((await one.listPods()).items.every((p) => p.namespace === 'shop')).toBe(true);
    expect((await one.listDeployments()).items.every((d) => d.namespace === 'shop')).toBe(true);
    expect((await one.listEvents()).items.every((e) => e.namespace === 'shop')).toBe(true);
  });

  it('refuses reads in other namespaces, naming the verb and resource', async () => {
    const one = scopeKube(raw, who(['shop']));
    const other = (await raw.listPods({ namespace: 'payments' })).items[0]!;
    await expect(one.getPod('payments', other.name)).rejects.toMatchObject({ status: 403, message: 'mallory cannot get pods in namespace payments' });
    await expect(one.getPodObject('payments', other.name)).rejects.toMatchObject({ status: 403 });
    await expect(one.podLogs('payments', other.name)).rejects.toMatchObject({ status: 403, message: expect.stringContaining('pods/log') });
    await expect(one.listPods({ namespace: 'kube-system' })).rejects.toMatchObject({ status: 403, message: 'mallory cannot list pods in namespace kube-system' });
    await expect(one.getWorkload('Deployment', 'payments', 'x')).rejects.toMatchObject({ status: 403, message: expect.stringContaining('deployments') });
    await expect(one.listNodes()).rejects.toMatchObject({ status: 403, message: expect.stringContaining('cluster-scoped') });
    await expect(one.getNode('demo-control-plane')).rejects.toMatchObject({ status: 403 });
    const mine = (await raw.listPods({ namespace: 'shop' })).items[0]!;
    expect((await one.getPod('shop', mine.name)).name).toBe(mine.name);
    await expect(scopeKube(raw, who([])).listPods()).rejects.toMatchObject({ status: 403, message: expect.stringContaining('may not read any namespace') });
  });

  it('filters a watch over several namespaces', async () => {
    const two = scopeKube(raw, who(['shop', 'payments']));
    const ac = new AbortController();
    const seen: WatchUpdate<PodSummary>[] = [];
    const done = (async () => {
      for await (const u of two.watchPods({ signal: ac.signal })) {
        seen.push(u);
        if (u.type === 'SYNC') ac.abort();
      }
    })().catch(() => undefined);
    await done;
    const sync = seen.find((u) => u.type === 'SYNC');
    expect(sync && sync.type === 'SYNC' && sync.items.length > 0 && sync.items.every((p) => ['shop', 'payments'].includes(p.namespace))).toBe(true);
  });

  it('is the raw client for a principal with every namespace', () => {
    expect(scopeKube(raw, who(null))).toBe(raw);
  });
});
