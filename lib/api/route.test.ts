import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Principal } from '../auth/principal';
import { mutation } from './dashboards/request';
import { RequestError } from './errors';
import { publicRoute, route } from './route';

const who = vi.hoisted(() => ({ current: null as Principal | null }));
vi.mock('../auth/resolve', () => ({ resolvePrincipal: async () => who.current }));

const as = (role: Principal['role']): Principal => ({ user: `a-${role}`, role, groups: [], namespaces: null, via: 'session' });
beforeEach(() => {
  who.current = as('viewer');
});

const call = (handler: Parameters<typeof route>[1]) =>
  route('/test', handler)(new NextRequest('http://127.0.0.1/api/test'), { params: Promise.resolve({}) });
const send = (h: ReturnType<typeof route>, method = 'POST', headers: Record<string, string> = {}) =>
  h(new NextRequest('http://127.0.0.1/api/test', { method, headers }), { params: Promise.resolve({}) });

describe('route()', () => {
  it('returns the handler result as uncached JSON', async () => {
    const res = await call(async () => ({ data: [1, 2] }));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ data: [1, 2] });
  });

  it('maps errors to the one error body without internals', async () => {
    const res = await call(async () => {
      throw new RequestError(503, 'not_configured', 'loki is not configured: set LOKI_URL', 'loki');
    });
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: { status: 503, kind: 'not_configured', message: 'loki is not configured: set LOKI_URL', datasource: 'loki' } });
    const internal = await call(async () => {
      throw new Error('secret stack detail');
    });
    expect(internal.status).toBe(500);
    expect(JSON.stringify(await internal.json())).not.toContain('secret');
  });
});

describe('route() authentication and roles', () => {
  it('answers 401 unauthenticated without a principal, and never runs the handler', async () => {
    who.current = null;
    let ran = false;
    const res = await call(async () => {
      ran = true;
      return {};
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { status: 401, kind: 'unauthenticated', message: 'Sign in to use Lantern' } });
    expect(ran).toBe(false);
  });

  it('hands the principal to the handler', async () => {
    who.current = as('editor');
    const res = await call(async (_req, _p, principal) => ({ user: principal.user }));
    expect(await res.json()).toEqual({ user: 'a-editor' });
  });

  it('lets viewers read, refuses their writes (403), lets editors write, and admin routes only admins', async () => {
    const ok = async () => ({ ok: true });
    expect((await send(route('/t', ok), 'GET')).status).toBe(200);
    expect((await send(route('/t', ok), 'POST')).status).toBe(403);
    expect((await send(mutation('/t', ok), 'DELETE')).status).toBe(403);
    expect((await send(route('/t', ok, { role: 'viewer' }), 'POST')).status).toBe(200);
    who.current = as('editor');
    expect((await send(mutation('/t', ok), 'PUT')).status).toBe(200);
    expect((await send(route('/t', ok, { role: 'admin' }), 'GET')).status).toBe(403);
    expect((await send(mutation('/t', ok, { role: 'admin' }), 'POST')).status).toBe(403);
    who.current = as('admin');
    const admin = await send(mutation('/t', ok, { role: 'admin' }), 'POST');
    expect(admin.status).toBe(200);
    // The same-origin check still applies to an admin.
    expect((await send(mutation('/t', ok, { role: 'admin' }), 'POST', { origin: 'https://evil.example' })).status).toBe(403);
    // A same-origin form post under Referrer-Policy: no-referrer carries `Origin: null`; only Sec-Fetch-Site tells.
    expect((await send(mutation('/t', ok), 'POST', { origin: 'null', 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await send(mutation('/t', ok), 'POST', { origin: 'null', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await send(mutation('/t', ok), 'POST', { origin: 'null' })).status).toBe(403);
  });

  it('publicRoute() runs without a principal (the login endpoint only)', async () => {
    who.current = null;
    expect((await send(publicRoute('/t', async () => ({ ok: 1 })), 'POST')).status).toBe(200);
  });
});
