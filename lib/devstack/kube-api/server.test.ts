import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './test-support';

let t: Awaited<ReturnType<typeof startTestServer>>;
let kc: k8s.KubeConfig;
const get = (path: string, init?: RequestInit) => fetch(t.server.url + path, init);
const json = async (path: string) => {
  const r = await get(path);
  return { status: r.status, body: await r.json() };
};

beforeAll(async () => {
  t = await startTestServer({ forbid: (r) => r.namespace === 'payments' && r.resource.startsWith('pods') && r.verb !== 'watch' });
  kc = new k8s.KubeConfig();
  kc.loadFromFile(t.kubeconfigPath);
});
afterAll(() => t.close());

describe('discovery', () => {
  it('serves version, API versions, groups and resource lists that client-node reads', async () => {
    const version = await kc.makeApiClient(k8s.VersionApi).getCode();
    expect(version.gitVersion).toBe('v1.31.2');
    const core = await kc.makeApiClient(k8s.CoreApi).getAPIVersions();
    expect(core.versions).toEqual(['v1']);
    const groups = await kc.makeApiClient(k8s.ApisApi).getAPIVersions();
    expect(groups.groups.map((g) => g.name)).toEqual(['apps', 'batch']);
    const v1 = await kc.makeApiClient(k8s.CoreV1Api).getAPIResources();
    expect(v1.resources.map((r) => r.name)).toEqual(expect.arrayContaining(['pods', 'pods/log', 'nodes', 'namespaces', 'events']));
    const apps = await kc.makeApiClient(k8s.AppsV1Api).getAPIResources();
    expect(apps.resources.map((r) => r.name)).toEqual(['deployments', 'replicasets', 'statefulsets', 'daemonsets']);
    expect((await json('/apis/batch/v1')).body.resources[0]).toMatchObject({ name: 'jobs', kind: 'Job', namespaced: true });
  });
});

describe('lists and gets', () => {
  it('lists every kind cluster-wide and namespaced through client-node', async () => {
    const core = kc.makeApiClient(k8s.CoreV1Api);
    const apps = kc.makeApiClient(k8s.AppsV1Api);
    const batch = kc.makeApiClient(k8s.BatchV1Api);
    expect((await core.listNamespace()).items.map((n) => n.metadata?.name)).toEqual(['default', 'kube-system', 'monitoring', 'payments', 'shop']);
    expect((await core.listNode()).items).toHaveLength(3);
    const all = await core.listPodForAllNamespaces();
    const shop = await core.listNamespacedPod({ namespace: 'shop' });
    expect(shop.items.length).toBeGreaterThan(5);
    expect(shop.items.every((p) => p.metadata?.namespace === 'shop')).toBe(true);
    expect(all.items.length).toBeGreaterThan(shop.items.length);
    expect((await core.listEventForAllNamespaces()).items.length).toBeGreaterThan(0);
    expect((await core.listNamespacedEvent({ namespace: 'shop' })).items.every((e) => e.metadata?.namespace === 'shop')).toBe(true);
    expect((await apps.listDeploymentForAllNamespaces()).items.map((d) => d.metadata?.name)).toContain('cart');
    expect((await apps.listNamespacedReplicaSet({ namespace: 'shop' })).items.some((r) => r.metadata?.name?.startsWith('cart-'))).toBe(true);
    expect((await apps.listStatefulSetForAllNamespaces()).items.map((s) => s.metadata?.name)).toEqual(expect.arrayContaining(['prometheus', 'redis']));
    expect((await apps.listNamespacedDaemonSet({ namespace: 'kube-system' })).items.map((d) => d.metadata?.name)).toEqual(['kube-proxy']);
    expect((await batch.listJobForAllNamespaces()).items.length).toBeGreaterThan(0);
    expect((await batch.listNamespacedJob({ namespace: 'shop' })).items.some((j) => j.metadata?.name === 'db-migrate')).toBe(true);
    const redis = await core.readNamespacedPod({ namespace: 'shop', name: 'redis-0' });
    expect(redis.status?.phase).toBe('Running');
    expect((await core.readNode({ name: 'demo-worker' })).metadata?.name).toBe('demo-worker');
    expect((await apps.readNamespacedDeployment({ namespace: 'shop', name: 'cart' })).spec?.replicas).toBe(2);
  });

  it('writes lists like the real server: kind, apiVersion, resourceVersion, items without kind', async () => {
    const { body } = await json('/apis/apps/v1/namespaces/shop/deployments');
    expect(body).toMatchObject({ kind: 'DeploymentList', apiVersion: 'apps/v1', metadata: { resourceVersion: expect.any(String) } });
    expect(body.items[0].kind).toBeUndefined();
    expect(body.items[0].apiVersion).toBeUndefined();
    const single = (await json('/api/v1/namespaces/shop/pods/redis-0')).body;
    expect(single).toMatchObject({ kind: 'Pod', apiVersion: 'v1' });
    const empty = await json('/api/v1/namespaces/nowhere/pods');
    expect(empty).toMatchObject({ status: 200, body: { kind: 'PodList', items: [] } });
  });

  it('filters by label and field selectors', async () => {
    const names = async (path: string) => (await json(path)).body.items.map((i: { metadata: { name: string } }) => i.metadata.name);
    expect(await names('/api/v1/namespaces/shop/pods?labelSelector=app%3Dredis')).toEqual(['redis-0']);
    expect(await names('/api/v1/pods?labelSelector=app+in+(redis,prometheus)')).toEqual(['prometheus-0', 'redis-0']);
    expect(await names('/api/v1/pods?fieldSelector=metadata.name%3Dredis-0')).toEqual(['redis-0']);
    const pending = await names('/api/v1/pods?fieldSelector=status.phase%3DPending');
    expect(pending.every((n: string) => n.startsWith('report-builder'))).toBe(true);
    const notRunning = await names('/api/v1/pods?fieldSelector=status.phase!%3DRunning,metadata.namespace%3Dpayments');
    expect(notRunning).toEqual(pending);
    const onWorker = (await json('/api/v1/pods?fieldSelector=spec.nodeName%3Ddemo-worker')).body.items;
    expect(onWorker.every((p: { spec: { nodeName: string } }) => p.spec.nodeName === 'demo-worker')).toBe(true);
    const ev = (await json('/api/v1/namespaces/shop/events?fieldSelector=involvedObject.name%3Dredis-0,involvedObject.kind%3DPod')).body.items;
    expect(ev.every((e: { involvedObject: { name: string } }) => e.involvedObject.name === 'redis-0')).toBe(true);
    const warnings = (await json('/api/v1/events?fieldSelector=type%3DWarning')).body.items;
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((e: { type: string }) => e.type === 'Warning')).toBe(true);
    expect((await json('/api/v1/events?fieldSelector=reason%3DBackOff')).body.items.length).toBeGreaterThan(0);
  });

  it('pages with limit and continue in namespace/name order', async () => {
    const all = (await json('/api/v1/pods')).body.items.map((p: { metadata: { namespace: string; name: string } }) => `${p.metadata.namespace}/${p.metadata.name}`);
    expect(all).toEqual([...all].sort());
    const core = kc.makeApiClient(k8s.CoreV1Api);
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await core.listPodForAllNamespaces({ limit: 7, _continue: token });
      seen.push(...page.items.map((p) => `${p.metadata?.namespace}/${p.metadata?.name}`));
      token = page.metadata?._continue;
      if (token) expect(page.metadata?.remainingItemCount).toBe(all.length - seen.length);
      pages++;
    } while (token);
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 7));
  });

  it('rejects bad and expired continue tokens', async () => {
    const bad = await json('/api/v1/pods?limit=2&continue=%%%');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^continue key is not valid/);
    const old = Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', rv: 1, start: 'a\u0000' })).toString('base64url');
    const expired = await json(`/api/v1/pods?limit=2&continue=${old}`);
    expect(expired).toMatchObject({ status: 410, body: { kind: 'Status', reason: 'Expired', code: 410 } });
  });
});

describe('errors', () => {
  it('answers a missing object with the exact NotFound Status', async () => {
    const r = await json('/api/v1/namespaces/shop/pods/x');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'pods "x" not found', reason: 'NotFound', details: { name: 'x', kind: 'pods' }, code: 404 });
    expect((await json('/apis/apps/v1/namespaces/shop/deployments/nope')).body.message).toBe('deployments.apps "nope" not found');
    await expect(kc.makeApiClient(k8s.CoreV1Api).readNamespacedPod({ namespace: 'nowhere', name: 'redis-0' })).rejects.toMatchObject({ code: 404 });
  });

  it('answers unknown paths, bad selectors and writes like kube-apiserver', async () => {
    expect(await json('/api/v1/widgets')).toMatchObject({ status: 404, body: { reason: 'NotFound', message: 'the server could not find the requested resource' } });
    expect(await json('/apis/apps/v1/namespaces/shop/pods')).toMatchObject({ status: 404 });
    expect(await json('/api/v1/pods?labelSelector=app+in+cart')).toMatchObject({ status: 400, body: { kind: 'Status', reason: 'BadRequest' } });
    expect(await json('/api/v1/pods?fieldSelector=foo%3Dbar')).toMatchObject({ status: 400, body: { message: 'field label not supported: foo', reason: 'BadRequest' } });
    expect(await json('/apis/apps/v1/deployments?fieldSelector=status.phase%3DRunning')).toMatchObject({ status: 400, body: { message: 'field label not supported: status.phase' } });
    const del = await get('/api/v1/namespaces/shop/pods/redis-0', { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(await del.json()).toMatchObject({ kind: 'Status', reason: 'MethodNotAllowed', code: 405 });
  });

  it('simulates RBAC denials with the real Forbidden Status', async () => {
    const r = await json('/api/v1/namespaces/payments/pods');
    expect(r.status).toBe(403);
    expect(r.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'pods is forbidden: User "system:serviceaccount:lantern:lantern" cannot list resource "pods" in API group "" in the namespace "payments"',
      reason: 'Forbidden',
      details: { kind: 'pods' },
      code: 403,
    });
    const one = await json('/api/v1/namespaces/payments/pods/x/log');
    expect(one.body.message).toBe('pods "x" is forbidden: User "system:serviceaccount:lantern:lantern" cannot get resource "pods/log" in API group "" in the namespace "payments"');
    expect((await json('/api/v1/namespaces/shop/pods')).status).toBe(200);
  });
});
