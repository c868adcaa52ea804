import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The attack side of authentication: every route file under app/api, found on disk (a new route cannot be
 * forgotten), answers each method it exports with 401 `unauthenticated` when there is no session or a forged one.
 * Only the probes and the sign-in endpoint are open.
 */
test.use({ storageState: { cookies: [], origins: [] } });

const OPEN = new Set(['/api/healthz', '/api/readyz', '/api/auth/login']);
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? routeFiles(p) : e.name === 'route.ts' ? [p] : [];
  });
}

const routes = routeFiles(path.join('app', 'api')).map((file) => {
  const source = fs.readFileSync(file, 'utf8');
  const url = `/${path.dirname(file).split(path.sep).join('/')}`.replace(/^\/app/, '').replace(/\[([^\]]+)\]/g, (_m, name: string) => `probe-${name}`);
  const methods = METHODS.filter((m) => new RegExp(`export (const|async function|function) ${m}\\b`).test(source));
  return { file, url, methods };
});

test('the walk finds every API route and the methods each exports', () => {
  expect(routes.length).toBeGreaterThanOrEqual(45);
  for (const r of routes) expect(r.methods.length, r.file).toBeGreaterThan(0);
  expect(routes.find((r) => r.url === '/api/loki/tail')?.methods).toEqual(['GET']);
  expect(routes.find((r) => r.url === '/api/admin/users')?.methods).toEqual(['GET', 'POST']);
});

for (const r of routes.filter((x) => !OPEN.has(x.url))) {
  for (const method of r.methods) {
    test(`${method} ${r.url} → 401 without a session, and with a forged one`, async ({ request }) => {
      for (const cookie of [undefined, `lantern_session=${'A'.repeat(43)}`, 'lantern_session=../../etc']) {
        const res = await request.fetch(`${r.url}?query=up&start=1&end=2`, {
          method,
          headers: { ...(cookie ? { cookie } : {}), 'content-type': 'application/json' },
          data: method === 'GET' ? undefined : '{}',
          maxRedirects: 0,
        });
        expect(res.status(), `${method} ${r.url} cookie=${cookie}`).toBe(401);
        expect(await res.json()).toMatchObject({ error: { status: 401, kind: 'unauthenticated' } });
      }
    });
  }
}

test('the probes stay open and give nothing away', async ({ request }) => {
  expect((await request.get('/api/healthz')).status()).toBe(200);
  expect((await request.get('/api/readyz')).status()).toBe(200);
});

test('/metrics is open (the console\'s own counters and timings: route patterns, no datasource data, no users)', async ({ request }) => {
  const res = await request.get('/metrics');
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).not.toMatch(/e2e-admin|namespace="|pod="/);
});

test('console pages redirect to the sign-in page, keeping where you were going', async ({ request }) => {
  for (const p of ['/', '/pods', '/dashboards/k8s-pod?var-namespace=shop', '/admin', '/logs', '/explore']) {
    const res = await request.get(p, { maxRedirects: 0 });
    expect(res.status(), p).toBe(303);
    const location = new URL(res.headers().location, 'http://x');
    expect(location.pathname).toBe('/login');
    expect(location.searchParams.get('next')).toBe(p === '/' ? null : p);
  }
});
