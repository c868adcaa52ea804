import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeKubeconfig } from '../devstack/kube-api/kubeconfig';
import { LINE_EVERY_MS, startTestServer } from '../devstack/kube-api/test-support';
import { createKubeClient, type KubeClient } from './client';
import { KubeError } from './errors';
import type { PodSummary, WatchUpdate } from './index';

let t: Awaited<ReturnType<typeof startTestServer>>;
let kube: KubeClient;

beforeAll(async () => {
  t = await startTestServer({ forbid: (r) => r.namespace === 'payments' && r.verb === 'list' && r.resource === 'pods' });
  kube = createKubeClient({ kubeconfigPath: t.kubeconfigPath, timeoutMs: 5_000 });
});
afterAll(() => t.close());

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe('reads', () => {
  it('lists namespaces, nodes, workloads and events as DTOs', async () => {
    expect((await kube.listNamespaces()).items.map((n) => n.name)).toContain('shop');
    const nodes = (await kube.listNodes()).items;
    expect(nodes.find((n) => n.name === 'demo-control-plane')).toMatchObject({ status: 'Ready', ready: true, roles: ['control-plane'], kubeletVersion: 'v1.31.2', internalIP: '172.18.0.2' });
    const deployments = (await kube.listDeployments({ namespace: 'shop' })).items;
    expect(deployments.find((d) => d.name === 'cart')).toMatchObject({ kind: 'Deployment', namespace: 'shop', desired: 2, selector: { app: 'cart' } });
    expect((await kube.listReplicaSets({ namespace: 'shop' })).items.find((r) => r.name.startsWith('cart-'))?.owner).toEqual({ kind: 'Deployment', name: 'cart' });
    expect((await kube.listStatefulSets()).items.map((s) => s.name)).toEqual(expect.arrayContaining(['redis', 'prometheus']));
    expect((await kube.listDaemonSets()).items.map((d) => d.name)).toEqual(expect.arrayContaining(['kube-proxy', 'node-exporter']));
    const migrate = (await kube.listJobs({ namespace: 'shop' })).items.find((j) => j.name === 'db-migrate');
    expect(migrate?.job).toMatchObject({ status: 'Complete', succeeded: 1 });
    const events = (await kube.listEvents({ namespace: 'shop', fieldSelector: 'involvedObject.name=redis-0' })).items;
    expect(events.every((e) => e.involvedObject.name === 'redis-0' && e.namespace === 'shop')).toBe(true);
  });

  it('gets one pod (raw, for YAML), one node and one workload of each kind', async () => {
    const redis = await kube.getPod('shop', 'redis-0');
    expect(redis).toMatchObject({ serviceAccount: 'redis', hostIP: expect.stringMatching(/^172\.18\./), owner: { kind: 'StatefulSet', name: 'redis' } });
    expect(redis.conditions.map((c) => c.type)).toContain('Ready');
    const raw = await kube.getPodObject('shop', 'redis-0');
    expect(raw).toMatchObject({ kind: 'Pod', metadata: { name: 'redis-0', namespace: 'shop' } });
    expect(typeof (raw.metadata as { creationTimestamp: unknown }).creationTimestamp).toBe('string');
    expect((await kube.getNode('demo-worker')).name).toBe('demo-worker');
    expect(await kube.getWorkload('StatefulSet', 'shop', 'redis')).toMatchObject({ kind: 'StatefulSet', name: 'redis' });
    expect(await kube.getWorkload('Deployment', 'shop', 'cart')).toMatchObject({ kind: 'Deployment', desired: 2 });
    await expect(kube.getWorkload('Job', 'shop', 'nope')).rejects.toMatchObject({ status: 404, resource: 'jobs' });
  });

  it('lists pods with kubectl statuses, selectors and paging', async () => {
    const all = (await kube.listPods()).items;
    const byPrefix = (p: string) => all.find((x) => x.name.startsWith(p))!;
    expect(byPrefix('redis-0')).toMatchObject({ namespace: 'shop', phase: 'Running', status: 'Running', ready: '1/1', restarts: 0, owner: { kind: 'StatefulSet', name: 'redis' } });
    expect(byPrefix('report-builder-')).toMatchObject({ status: 'Pending', node: null, podIP: null });
    expect(byPrefix('db-migrate-')).toMatchObject({ status: 'Completed', phase: 'Succeeded' });
    const worker = byPrefix('payment-worker-');
    expect(['CrashLoopBackOff', 'Running', 'Error']).toContain(worker.status);
    expect(worker.restarts).toBeGreaterThan(0);
    expect(worker.lastRestartAt).toMatch(/Z$/);
    expect(worker.containers[0].lastTermination).toMatchObject({ reason: 'Error', exitCode: 2 });
    const checkout = byPrefix('checkout-');
    expect(checkout.containers.map((c) => c.name)).toEqual(['checkout', 'log-shipper']);
    expect(checkout.containers[0].requests).toHaveProperty('cpu');
    expect(byPrefix('catalog-').initContainers).toHaveLength(1);

    expect((await kube.listPods({ namespace: 'shop', labelSelector: 'app=redis' })).items.map((p) => p.name)).toEqual(['redis-0']);
    expect((await kube.listPods({ fieldSelector: 'spec.nodeName=demo-control-plane' })).items.every((p) => p.node === 'demo-control-plane')).toBe(true);
    const first = await kube.listPods({ namespace: 'shop', limit: 4 });
    expect(first.items).toHaveLength(4);
    const second = await kube.listPods({ namespace: 'shop', limit: 4, continue: first.continue });
    expect(second.items[0].name > first.items[3].name).toBe(true);
    expect((await kube.getPod('shop', 'redis-0')).name).toBe('redis-0');
  });

  it('maps API failures to KubeError with the upstream message', async () => {
    const missing = await kube.getPod('shop', 'x').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(KubeError);
    expect(missing).toMatchObject({ status: 404, reason: 'NotFound', message: 'pods "x" not found', verb: 'get', resource: 'pods', namespace: 'shop' });
    const denied = await kube.listPods({ namespace: 'payments' }).catch((e: unknown) => e);
    expect(denied).toMatchObject({ status: 403, reason: 'Forbidden', namespace: 'payments' });
    expect((denied as Error).message).toContain('cannot list resource "pods" in API group "" in the namespace "payments"');
    expect((denied as Error).message).toMatch(/^cannot list pods in namespace payments: /);
    await expect(kube.listPods({ labelSelector: 'app in nope' })).rejects.toMatchObject({ status: 400, reason: 'BadRequest' });
    await expect(kube.listPods({ continue: Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', rv: 1, start: 'a' })).toString('base64url') })).rejects.toMatchObject({ status: 410, reason: 'Expired' });
  });

  it('maps network failures, timeouts, aborts and bad configuration', async () => {
    // A port that was free a moment ago: nothing listens there now.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const { port } = probe.address() as AddressInfo;
    await new Promise((r) => probe.close(r));
    const path = `${t.kubeconfigPath}.down`;
    await writeKubeconfig(`http://127.0.0.1:${port}`, path);
    const down = createKubeClient({ kubeconfigPath: path, timeoutMs: 2_000 });
    const err = await down.listNodes().catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 503, reason: 'Unavailable' });
    expect((err as Error).message).toMatch(/cannot reach the Kubernetes API at http:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED/);
    await expect(down.podLogs('shop', 'redis-0')).rejects.toMatchObject({ status: 503 });

    // A server that never answers.
    const silent = createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    await writeKubeconfig(`http://127.0.0.1:${(silent.address() as AddressInfo).port}`, path);
    const slow = createKubeClient({ kubeconfigPath: path });
    await expect(slow.listNodes({ timeoutMs: 200 })).rejects.toMatchObject({ status: 504, reason: 'Timeout' });
    await expect(slow.listNodes({ signal: AbortSignal.abort() })).rejects.toMatchObject({ status: 499, reason: 'Aborted' });
    silent.closeAllConnections();
    await new Promise((r) => silent.close(r));

    expect(() => createKubeClient({ kubeconfigPath: '/nonexistent/kubeconfig' })).toThrow(KubeError);
    expect(() => createKubeClient({})).toThrow(/invalid Kubernetes configuration/);
  });
});

describe('watch', () => {
  it('lists first, then streams changes, and stops on abort', async () => {
    const ac = new AbortController();
    const updates: WatchUpdate<PodSummary>[] = [];
    const iterate = (async () => {
      for await (const u of kube.watchPods({ namespace: 'shop', signal: ac.signal })) {
        updates.push(u);
        if (u.type === 'SYNC') {
          t.clock.advance(5 * 60_000); // a new cache-warmer Job pod appears every 5 minutes
          t.cluster.refresh();
        } else if (updates.length >= 2) ac.abort();
      }
    })();
    await iterate;
    expect(updates[0]).toMatchObject({ type: 'SYNC' });
    expect((updates[0] as { items: PodSummary[] }).items.length).toBeGreaterThan(5);
    expect(updates[1]).toMatchObject({ type: expect.stringMatching(/ADDED|MODIFIED|DELETED/), object: { namespace: 'shop' } });
  });

  it('relists after 410 Expired', async () => {
    const ac = new AbortController();
    const types: string[] = [];
    for await (const u of kube.watchEvents({ namespace: 'shop', resourceVersion: '1', signal: ac.signal })) {
      types.push(u.type);
      if (u.type === 'SYNC') ac.abort();
    }
    expect(types).toEqual(['SYNC']);
  });

  it('ends the iteration with a KubeError on a permanent failure', async () => {
    const ac = new AbortController();
    const run = async () => {
      for await (const _ of kube.watchPods({ namespace: 'payments', signal: ac.signal })) void _;
    };
    await expect(run()).rejects.toMatchObject({ status: 403, reason: 'Forbidden' });
  });
});

describe('logs', () => {
  it('reads logs with container, tailLines, timestamps, sinceSeconds and previous', async () => {
    const tail = await readAll(await kube.podLogs('shop', 'redis-0', { tailLines: 2, timestamps: true }));
    expect(tail.trimEnd().split('\n')).toHaveLength(2);
    expect(tail).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z redis-0\/redis t=/);
    expect((await readAll(await kube.podLogs('shop', 'redis-0', { sinceSeconds: 10 }))).trimEnd().split('\n')).toHaveLength(10_000 / LINE_EVERY_MS);
    expect(await readAll(await kube.podLogs('shop', 'redis-0', { limitBytes: 5 }))).toHaveLength(5);
    const checkout = (await kube.listPods({ namespace: 'shop', labelSelector: 'app=checkout' })).items[0].name;
    await expect(kube.podLogs('shop', checkout)).rejects.toMatchObject({ status: 400, message: expect.stringContaining('a container name must be specified') });
    expect(await readAll(await kube.podLogs('shop', checkout, { container: 'log-shipper', tailLines: 1 }))).toContain('/log-shipper t=');
    await expect(kube.podLogs('shop', 'redis-0', { previous: true })).rejects.toMatchObject({ status: 400, message: 'previous terminated container "redis" in pod "redis-0" not found' });
    const crashing = t.cluster.podsAt().find((p) => p.name.startsWith('payment-worker-'))!.name;
    expect((await readAll(await kube.podLogs('payments', crashing, { previous: true, tailLines: 3 }))).trimEnd().split('\n')).toHaveLength(3);
    await expect(kube.podLogs('shop', 'nope')).rejects.toMatchObject({ status: 404 });
  });

  it('follows a log until aborted, without an error', async () => {
    const ac = new AbortController();
    const stream = await kube.podLogs('shop', 'redis-0', { follow: true, tailLines: 1, signal: ac.signal });
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value);
    expect(text.split('\n').filter(Boolean)).toHaveLength(1);
    t.clock.advance(LINE_EVERY_MS * 2);
    while (text.split('\n').filter(Boolean).length < 3) text += decoder.decode((await reader.read()).value);
    const at = text.split('\n').filter(Boolean).map((l) => Number(l.split('t=')[1]));
    expect(at[2] - at[0]).toBe(2 * LINE_EVERY_MS);
    ac.abort();
    expect((await reader.read()).done).toBe(true);
  });
});
