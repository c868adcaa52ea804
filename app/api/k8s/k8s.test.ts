/** /api/k8s handlers, called directly against the demo Kubernetes API server (fake clock, fake logs). */
import { afterAll, describe, expect, it } from 'vitest';
import { anonymousEditor, call, ctx, request } from '@/lib/api/dashboards/testing';
import { startTestServer } from '@/lib/devstack/kube-api/test-support';

const t = await startTestServer({ forbid: (r) => r.namespace === 'kube-system' && r.resource === 'pods' && r.verb === 'list' });
// Loaded after KUBECONFIG is set: lib/env.ts reads it once.
process.env.KUBECONFIG = t.kubeconfigPath;
process.env.LOG_LEVEL = 'silent';
anonymousEditor();
const pods = await import('./pods/route');
const pod = await import('./pods/[namespace]/[name]/route');
const events = await import('./pods/[namespace]/[name]/events/route');
const log = await import('./pods/[namespace]/[name]/log/route');
const yaml = await import('./pods/[namespace]/[name]/yaml/route');
const watch = await import('./pods/watch/route');
const workloads = await import('./workloads/route');
afterAll(() => t.close());

const podCtx = (namespace: string, name: string) => ctx({ namespace, name });

describe('/api/k8s', () => {
  it('pages the pod list with limit and continue', async () => {
    const first = await call(pods.GET(request('GET', '/api/k8s/pods?namespace=shop&limit=3'), ctx({})));
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(3);
    const next = await call(pods.GET(request('GET', `/api/k8s/pods?namespace=shop&limit=3&continue=${encodeURIComponent(first.body.continue)}`), ctx({})));
    expect(next.body.items[0].name > first.body.items[2].name).toBe(true);
  });

  it('says which verb, resource and namespace were refused', async () => {
    const r = await call(pods.GET(request('GET', '/api/k8s/pods?namespace=kube-system'), ctx({})));
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/^cannot list pods in namespace kube-system: /);
    expect(r.body.error.datasource).toBe('kubernetes');
  });

  it('refuses names that are not Kubernetes names before calling the API', async () => {
    const r = await call(pod.GET(request('GET', '/api/k8s/pods/shop/..%2Fx'), podCtx('shop', '../x')));
    expect(r.status).toBe(400);
  });

  it('returns the pod with its owner chain, a 404 for an unknown pod', async () => {
    const list = await call(pods.GET(request('GET', '/api/k8s/pods?namespace=shop&labelSelector=app%3Dcart'), ctx({})));
    const name = list.body.items[0].name as string;
    const r = await call(pod.GET(request('GET', `/api/k8s/pods/shop/${name}`), podCtx('shop', name)));
    expect(r.body.owners.map((o: { kind: string }) => o.kind)).toEqual(['Deployment', 'ReplicaSet']);
    expect(r.body.pod.name).toBe(name);
    const missing = await call(pod.GET(request('GET', '/api/k8s/pods/shop/nope'), podCtx('shop', 'nope')));
    expect(missing.status).toBe(404);
  });

  it('events, YAML, and logs of the previous instance bounded by end', async () => {
    const ev = await call(events.GET(request('GET', '/api/k8s/pods/shop/redis-0/events'), podCtx('shop', 'redis-0')));
    expect(ev.body.items.every((e: { involvedObject: { name: string } }) => e.involvedObject.name === 'redis-0')).toBe(true);
    const y = await call(yaml.GET(request('GET', '/api/k8s/pods/shop/redis-0/yaml'), podCtx('shop', 'redis-0')));
    expect(y.body.yaml).toMatch(/^apiVersion: v1\nkind: Pod\n/);
    expect(y.body.yaml).not.toContain('managedFields');
    const end = t.clock.now() - 60_000;
    const l = await call(log.GET(request('GET', `/api/k8s/pods/shop/redis-0/log?start=${end - 60_000}&end=${end}`), podCtx('shop', 'redis-0')));
    expect(l.status).toBe(200);
    // One line every 2 s, both ends included.
    expect(l.body.entries.length).toBe(31);
    expect(l.body.entries.every((e: { tsNs: string }) => BigInt(e.tsNs) <= BigInt(end) * 1_000_000n + 999_999n)).toBe(true);
    const [worker] = (await call(pods.GET(request('GET', '/api/k8s/pods?namespace=payments&labelSelector=app%3Dpayment-worker'), ctx({})))).body.items;
    const prev = await call(log.GET(request('GET', `/api/k8s/pods/payments/${worker.name}/log?previous=true&tailLines=5`), podCtx('payments', worker.name)));
    expect(prev.body.entries).toHaveLength(5);
  });

  it('lists workloads of one kind', async () => {
    const r = await call(workloads.GET(request('GET', '/api/k8s/workloads?kind=StatefulSet'), ctx({})));
    expect(r.body.items.map((w: { name: string }) => w.name)).toContain('redis');
    expect((await call(workloads.GET(request('GET', '/api/k8s/workloads?kind=Secret'), ctx({})))).status).toBe(400);
  });

  it('relays the watch as server-sent events: changes after a version, a full sync after 410', async () => {
    const readUntil = async (res: Response, want: RegExp, abort: AbortController) => {
      const reader = res.body!.getReader();
      const dec = new TextDecoder();
      let text = '';
      while (!want.test(text)) {
        const { done, value } = await reader.read();
        if (done) break;
        text += dec.decode(value, { stream: true });
      }
      abort.abort();
      return text;
    };
    const rv = String(t.cluster.resourceVersion);
    const a = new AbortController();
    const res = await watch.GET(request('GET', `/api/k8s/pods/watch?namespace=shop&resourceVersion=${rv}`, { headers: {} }) as never, ctx({}));
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    t.clock.advance(10 * 60_000);
    t.cluster.refresh();
    const text = await readUntil(res, /event: change\ndata: .*\n\n/, a);
    const change = JSON.parse(/event: change\ndata: (.*)\n/.exec(text)![1]);
    expect(['ADDED', 'MODIFIED', 'DELETED']).toContain(change.type);
    expect(Number(change.resourceVersion)).toBeGreaterThan(Number(rv));
    const b = new AbortController();
    const expired = await watch.GET(request('GET', '/api/k8s/pods/watch?namespace=shop&resourceVersion=1') as never, ctx({}));
    const synced = await readUntil(expired, /event: sync\ndata: .*\n\n/, b);
    expect(JSON.parse(/event: sync\ndata: (.*)\n/.exec(synced)![1]).items.length).toBeGreaterThan(5);
  });
});
