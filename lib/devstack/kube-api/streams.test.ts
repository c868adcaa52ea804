import * as k8s from '@kubernetes/client-node';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINE_EVERY_MS, startTestServer } from './test-support';

let t: Awaited<ReturnType<typeof startTestServer>>;
let kc: k8s.KubeConfig;

beforeAll(async () => {
  t = await startTestServer();
  kc = new k8s.KubeConfig();
  kc.loadFromFile(t.kubeconfigPath);
});
afterAll(() => t.close());

/** Reads newline-delimited text from a streaming response. */
function lines(res: Response) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let ended = false;
  return {
    async next(): Promise<string | null> {
      for (;;) {
        const nl = buffer.indexOf('\n');
        if (nl >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          return line;
        }
        if (ended) return null;
        const { done, value } = await reader.read();
        if (done) ended = true;
        else buffer += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

const podName = (prefix: string) => t.cluster.podsAt().find((p) => p.name.startsWith(prefix))!.name;
const text = async (path: string) => {
  const r = await fetch(t.server.url + path);
  return { status: r.status, type: r.headers.get('content-type'), body: await r.text() };
};

describe('watch', () => {
  it('sends ADDED for current objects, then changes as the cluster moves', async () => {
    const res = await fetch(`${t.server.url}/api/v1/namespaces/shop/pods?watch=true`);
    expect(res.status).toBe(200);
    const stream = lines(res);
    const count = (await fetch(`${t.server.url}/api/v1/namespaces/shop/pods`).then((r) => r.json())).items.length;
    for (let i = 0; i < count; i++) {
      const ev = JSON.parse((await stream.next())!);
      expect(ev.type).toBe('ADDED');
      expect(ev.object).toMatchObject({ kind: 'Pod', apiVersion: 'v1', metadata: { namespace: 'shop' } });
    }
    t.clock.advance(45_000);
    t.cluster.refresh();
    const change = JSON.parse((await stream.next())!);
    expect(['MODIFIED', 'ADDED', 'DELETED']).toContain(change.type);
    expect(change.object.metadata.namespace).toBe('shop');
    await stream.cancel();
  });

  it('resumes from a resourceVersion, honours selectors, and answers a too-old one with a 410 ERROR event', async () => {
    const list = await fetch(`${t.server.url}/api/v1/nodes`).then((r) => r.json());
    const rv = list.metadata.resourceVersion;
    t.clock.advance(40_000);
    t.cluster.refresh(); // node heartbeats change every 40 s
    const res = await fetch(`${t.server.url}/api/v1/nodes?watch=1&resourceVersion=${rv}&fieldSelector=metadata.name%3Ddemo-worker`);
    const stream = lines(res);
    const ev = JSON.parse((await stream.next())!);
    expect(ev).toMatchObject({ type: 'MODIFIED', object: { kind: 'Node', metadata: { name: 'demo-worker' } } });
    expect(Number(ev.object.metadata.resourceVersion)).toBeGreaterThan(Number(rv));
    await stream.cancel();

    const old = lines(await fetch(`${t.server.url}/api/v1/pods?watch=true&resourceVersion=1`));
    expect(JSON.parse((await old.next())!)).toEqual({
      type: 'ERROR',
      object: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: expect.stringMatching(/^too old resource version: 1 \(\d+\)$/), reason: 'Expired', code: 410 },
    });
    expect(await old.next()).toBeNull();
  });

  it('sends bookmarks when allowed and ends after timeoutSeconds', async () => {
    const res = await fetch(`${t.server.url}/api/v1/namespaces/nowhere/pods?watch=true&allowWatchBookmarks=true&timeoutSeconds=1`);
    const stream = lines(res);
    const bookmark = JSON.parse((await stream.next())!);
    expect(bookmark).toMatchObject({ type: 'BOOKMARK', object: { kind: 'Pod', apiVersion: 'v1', metadata: { resourceVersion: expect.any(String) } } });
    let last: string | null;
    do last = await stream.next();
    while (last !== null);
  });

  it('reports an object that stops matching the selector as DELETED', async () => {
    const own = await startTestServer();
    const period = 5 * 60_000;
    own.clock.set(Math.ceil(own.clock.now() / period) * period + 30_000);
    const res = await fetch(`${own.server.url}/api/v1/namespaces/shop/pods?watch=true&labelSelector=app%3Dcache-warmer&fieldSelector=status.phase%3DRunning`);
    const stream = lines(res);
    own.cluster.refresh(); // the Job pod created at the boundary is running now
    const added = JSON.parse((await stream.next())!);
    expect(added).toMatchObject({ type: 'ADDED', object: { status: { phase: 'Running' } } });
    own.clock.advance(60_000);
    own.cluster.refresh();
    const deleted = JSON.parse((await stream.next())!);
    expect(deleted).toMatchObject({ type: 'DELETED', object: { metadata: { name: added.object.metadata.name }, status: { phase: 'Succeeded' } } });
    await stream.cancel();
    await own.close();
  });

  it('works with client-node Watch', async () => {
    const events: string[] = [];
    const done = new Promise<unknown>((resolve) => {
      void new k8s.Watch(kc).watch('/apis/apps/v1/namespaces/shop/deployments', { timeoutSeconds: 1 }, (type, obj) => events.push(`${type} ${obj.metadata.name}`), resolve);
    });
    await done;
    expect(events).toContain('ADDED cart');
  });
});

describe('pod logs', () => {
  it('serves the current instance as text/plain, with tailLines and timestamps', async () => {
    const all = await text('/api/v1/namespaces/shop/pods/redis-0/log');
    expect(all.status).toBe(200);
    expect(all.type).toBe('text/plain');
    const tail = await text('/api/v1/namespaces/shop/pods/redis-0/log?tailLines=3&timestamps=true');
    const rows = tail.body.trimEnd().split('\n');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z redis-0\/redis t=\d+$/);
    expect(rows[2]).toMatch(/\.000000123Z /);
    expect(all.body.endsWith(`${rows[2].slice(rows[2].indexOf(' ') + 1)}\n`)).toBe(true);
    expect((await text('/api/v1/namespaces/shop/pods/redis-0/log?tailLines=0')).body).toBe('');
  });

  it('honours sinceSeconds, sinceTime and limitBytes', async () => {
    const since = (await text('/api/v1/namespaces/shop/pods/redis-0/log?sinceSeconds=10')).body.trimEnd().split('\n');
    expect(since).toHaveLength(10_000 / LINE_EVERY_MS);
    const from = new Date(t.clock.now() - 6_000).toISOString();
    const sinceTime = (await text(`/api/v1/namespaces/shop/pods/redis-0/log?sinceTime=${from}`)).body.trimEnd().split('\n');
    expect(sinceTime).toHaveLength(6_000 / LINE_EVERY_MS);
    expect((await text('/api/v1/namespaces/shop/pods/redis-0/log?limitBytes=10')).body).toHaveLength(10);
    expect((await text('/api/v1/namespaces/shop/pods/redis-0/log?sinceSeconds=5&sinceTime=2020-01-01T00:00:00Z')).status).toBe(400);
  });

  it('requires a container name when the pod has several, and rejects unknown ones', async () => {
    const checkout = podName('checkout-');
    const r = await text(`/api/v1/namespaces/shop/pods/${checkout}/log`);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ kind: 'Status', reason: 'BadRequest', code: 400, message: `a container name must be specified for pod ${checkout}, choose one of: [checkout log-shipper]` });
    expect((await text(`/api/v1/namespaces/shop/pods/${checkout}/log?container=log-shipper&tailLines=1`)).body).toContain(`${checkout}/log-shipper`);
    expect(JSON.parse((await text(`/api/v1/namespaces/shop/pods/${checkout}/log?container=nope`)).body).message).toBe(`container nope is not valid for pod ${checkout}`);
    expect((await text('/api/v1/namespaces/shop/pods/gone/log')).status).toBe(404);
  });

  it('serves the previous instance from lastState, or says there is none', async () => {
    const none = await text('/api/v1/namespaces/shop/pods/redis-0/log?previous=true');
    expect(none.status).toBe(400);
    expect(JSON.parse(none.body).message).toBe('previous terminated container "redis" in pod "redis-0" not found');
    const crashing = podName('email-sender-');
    const pod = (await fetch(`${t.server.url}/api/v1/namespaces/shop/pods/${crashing}`).then((r) => r.json())) as { status: { containerStatuses: { lastState: { terminated: { startedAt: string; finishedAt: string } } }[] } };
    const last = pod.status.containerStatuses[0].lastState.terminated;
    const prev = (await text(`/api/v1/namespaces/shop/pods/${crashing}/log?previous=true&timestamps=true`)).body.trimEnd().split('\n');
    expect(prev.length).toBeGreaterThan(0);
    const first = Date.parse(prev[0].split(' ')[0]);
    const lastTs = Date.parse(prev[prev.length - 1].split(' ')[0]);
    expect(first).toBeGreaterThanOrEqual(Date.parse(last.startedAt));
    expect(lastTs).toBeLessThan(Date.parse(last.finishedAt) + 1000);
  });

  it('says a pending container is waiting to start', async () => {
    const pending = podName('report-builder-');
    const r = await text(`/api/v1/namespaces/payments/pods/${pending}/log`);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).message).toBe(`container "builder" in pod "${pending}" is waiting to start: ContainerCreating`);
  });

  it('follows new lines as time passes, and ends when the client goes away', async () => {
    const res = await fetch(`${t.server.url}/api/v1/namespaces/shop/pods/redis-0/log?follow=true&tailLines=1`);
    const stream = lines(res);
    const first = await stream.next();
    t.clock.advance(LINE_EVERY_MS * 3);
    const next = [await stream.next(), await stream.next(), await stream.next()];
    const at = (l: string | null) => Number(l!.split('t=')[1]);
    expect(next.map(at)).toEqual([1, 2, 3].map((k) => at(first) + k * LINE_EVERY_MS));
    await stream.cancel();
  });

  it('ends a follow when the container instance stops', async () => {
    const crashing = t.cluster.podsAt().find((p) => p.name.startsWith('payment-worker-'))!;
    // Move to the start of a crash-loop cycle, so the container is up for 25 s.
    const period = 240_000;
    const cycles = Math.ceil((t.clock.now() - crashing.createdMs) / period);
    t.clock.set(crashing.createdMs + cycles * period + 1_000);
    t.cluster.refresh();
    const res = await fetch(`${t.server.url}/api/v1/namespaces/payments/pods/${crashing.name}/log?follow=true`);
    const stream = lines(res);
    expect(await stream.next()).toContain(crashing.name);
    t.clock.advance(60_000);
    let count = 0;
    while ((await stream.next()) !== null) count++;
    expect(count).toBeGreaterThan(5);
    expect(count).toBeLessThanOrEqual(25_000 / LINE_EVERY_MS);
  });

  it('works with client-node Log', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise((r) => out.on('end', r));
    await new k8s.Log(kc).log('shop', 'redis-0', 'redis', out, { tailLines: 2 });
    await ended;
    expect(Buffer.concat(chunks).toString().trimEnd().split('\n')).toHaveLength(2);
  });
});

describe('shutdown', () => {
  it('closes open watches and followed logs', async () => {
    const own = await startTestServer();
    const watch = await fetch(`${own.server.url}/api/v1/pods?watch=true`);
    const follow = await fetch(`${own.server.url}/api/v1/namespaces/shop/pods/redis-0/log?follow=true&tailLines=1`);
    const drain = (r: Response) => r.text().catch(() => 'closed');
    const both = Promise.all([drain(watch), drain(follow)]);
    await own.close();
    const [w, f] = await both;
    expect(w.split('\n').length).toBeGreaterThan(1);
    expect(f).toBeTypeOf('string');
  });
});
