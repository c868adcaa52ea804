import { readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Path traversal and SSRF against every API route, found by walking app/api (a new route is attacked without
 * anyone listing it). A canary HTTP server on 127.0.0.1 stands for the internal host an attacker wants the console
 * to call: its address goes into path segments, parameters, an absolute-form request target and the Host header,
 * and it must never receive a request.
 */
const API_DIR = path.join(__dirname, '..', 'app', 'api');

function routes(dir = API_DIR, prefix = '/api'): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...routes(full, `${prefix}/${name}`));
    else if (name === 'route.ts') out.push(prefix);
  }
  return out;
}

const VALID: Record<string, string> = { namespace: 'shop', name: 'cart-0', uid: 'k8s-pod', version: '1', id: 'x', kind: 'Deployment' };

let canary: Server;
let canaryHits: string[] = [];
let canaryHost = '';

test.beforeAll(async () => {
  canary = createServer((req, res) => {
    canaryHits.push(`${req.method} ${req.url}`);
    res.end('canary');
  });
  await new Promise<void>((r) => canary.listen(0, '127.0.0.1', r));
  canaryHost = `127.0.0.1:${(canary.address() as AddressInfo).port}`;
  canaryHits = [];
});
test.afterAll(() => new Promise<void>((r) => canary.close(() => r())));

test.describe('traversal and SSRF on every API route', () => {
  test('the walk finds every route', () => {
    const all = routes();
    expect(all.length).toBeGreaterThanOrEqual(40);
    for (const r of ['/api/prometheus/query', '/api/loki/tail', '/api/k8s/pods/[namespace]/[name]/log']) expect(all).toContain(r);
  });

  test('payloads in path segments are refused and never reach another host', async ({ request }) => {
    const payloads = [
      '%2e%2e',
      '..%2f..%2fadmin',
      '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '%5c..%5cadmin',
      '..%5c..%5cwindows',
      `%2f%2f${canaryHost}`,
      `http:%2f%2f${canaryHost}%2f`,
      '%00',
      'a%0d%0aSet-Cookie:%20pwned=1',
    ];
    test.setTimeout(180_000);
    let tried = 0;
    const all: string[] = [];
    for (const route of routes()) {
      const segments = route.split('/');
      // every dynamic segment in turn, and a suffix on every route
      const targets: string[] = [];
      segments.forEach((s, i) => {
        if (!s.startsWith('[')) return;
        for (const p of payloads) targets.push(segments.map((x, j) => (j === i ? p : x.startsWith('[') ? VALID[x.slice(1, -1)]! : x)).join('/'));
      });
      const base = segments.map((x) => (x.startsWith('[') ? VALID[x.slice(1, -1)]! : x)).join('/');
      for (const p of payloads) targets.push(`${base}/${p}`);
      targets.push(`${base}%5c..%5c..%5cadmin`);
      all.push(...targets);
    }
    // ten at a time: several hundred requests
    for (let i = 0; i < all.length; i += 10) {
      await Promise.all(
        all.slice(i, i + 10).map(async (target) => {
          const res = await request.get(target, { maxRedirects: 0 });
          tried++;
          const location = res.headers()['location'];
          if (res.status() === 308) {
            // Next's own normalisation of a trailing dot segment: a redirect within the console, never elsewhere
            expect(location, target).toMatch(/^\/api(\/[a-z0-9/_-]*)?$/i);
          } else {
            expect([400, 401, 404, 405], `${target} answered ${res.status()}`).toContain(res.status());
            expect(location, target).toBeUndefined();
          }
          expect(res.headers()['set-cookie'], target).toBeUndefined();
        }),
      );
    }
    expect(tried).toBeGreaterThan(400);
    expect(canaryHits).toEqual([]);
  });

  test('URLs in parameters are never fetched', async ({ request }) => {
    const urls = [`http://${canaryHost}/`, `//${canaryHost}/x`, `http://${canaryHost}@127.0.0.1/`, 'file:///etc/passwd'];
    for (const route of routes().filter((r) => !r.includes('['))) {
      if (route.endsWith('/tail') || route.endsWith('/watch')) continue; // streams: covered below with a short read
      for (const u of urls) {
        const qs = new URLSearchParams({ url: u, target: u, host: u, datasource: u, query: u, 'match[]': u, r: `kind=instant&query=${encodeURIComponent(u)}` });
        const res = await request.get(`${route}?${qs}`, { maxRedirects: 0 });
        expect(res.status(), `${route} with ${u}`).toBeLessThan(500);
        expect(res.headers()['location']).toBeUndefined();
      }
    }
    for (const stream of ['/api/loki/tail', '/api/k8s/pods/watch']) {
      const res = await request.get(`${stream}?${new URLSearchParams({ query: `{url="http://${canaryHost}/"}`, url: `http://${canaryHost}/` })}`, { timeout: 5_000 }).catch(() => null);
      if (res) expect(res.status()).toBeLessThan(500);
    }
    expect(canaryHits).toEqual([]);
  });

  test('an absolute-form request target or a forged Host header does not turn the console into a proxy', async ({ baseURL }) => {
    const { hostname, port } = new URL(baseURL!);
    const raw = (request: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), hostname, () => socket.end(request));
        let out = '';
        socket.on('data', (d) => (out += d.toString('latin1')));
        socket.on('end', () => resolve(out));
        socket.on('error', reject);
        socket.setTimeout(10_000, () => socket.destroy(new Error('timeout')));
      });
    for (const target of [`http://${canaryHost}/api/prometheus/buildinfo`, `http://${canaryHost}/`, `//${canaryHost}/api/prometheus/buildinfo`]) {
      const answer = await raw(`GET ${target} HTTP/1.1\r\nHost: ${canaryHost}\r\nConnection: close\r\n\r\n`);
      expect(answer).toMatch(/^HTTP\/1\.1 \d{3}/);
      expect(answer).not.toContain('canary');
    }
    const forged = await raw(`GET /api/prometheus/buildinfo HTTP/1.1\r\nHost: ${canaryHost}\r\nX-Forwarded-Host: ${canaryHost}\r\nConnection: close\r\n\r\n`);
    expect(forged).not.toContain('canary');
    expect(canaryHits).toEqual([]);
  });
});
