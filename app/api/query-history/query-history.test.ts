/**
 * /api/query-history handlers, called directly against a temporary SQLite database. Each user has a history of
 * their own, so here who asks matters: the principal is set per test (a viewer unless said otherwise).
 */
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Principal } from '@/lib/auth/principal';
import { call, ctx, request, useTempDatabase } from '@/lib/api/dashboards/testing';

const who = vi.hoisted(() => ({ current: null as Principal | null }));
vi.mock('@/lib/auth/resolve', () => ({ resolvePrincipal: async () => who.current }));
const viewer = (user: string): Principal => ({ user, role: 'viewer', groups: [], namespaces: [], via: 'session' });
beforeEach(() => {
  who.current = viewer('alice');
});

const cleanup = useTempDatabase();
// Loaded after DATABASE_URL is set: lib/env.ts reads it once.
const history = await import('./route');
const entry = await import('./[id]/route');
const star = await import('./[id]/star/route');

afterAll(() => cleanup());

const add = (body: unknown, origin?: string | null) => call(history.POST(request('POST', '/api/query-history', { body, origin }), ctx({})));
const list = (qs = '') => call(history.GET(request('GET', `/api/query-history${qs}`), ctx({})));
const setStar = (id: string, body: unknown) => call(star.POST(request('POST', `/api/query-history/${id}/star`, { body }), ctx({ id })));
const remove = (id: string) => call(entry.DELETE(request('DELETE', `/api/query-history/${id}`), ctx({ id })));

describe('/api/query-history', () => {
  it("adds a viewer's run, and counts a repeat of the same query instead of duplicating it", async () => {
    const first = await add({ datasource: 'prometheus', query: 'up' });
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ datasource: 'prometheus', query: 'up', runCount: 1, starred: false });
    const again = await add({ datasource: 'prometheus', query: '  up ' });
    expect(again.body.data).toMatchObject({ id: first.body.data.id, runCount: 2 });
    await add({ datasource: 'loki', query: 'up' }); // another datasource: its own entry
    await add({ datasource: 'loki', query: '{app="checkout"} |= "error"' });
    expect((await list()).body.data).toHaveLength(3);
  });

  it('filters by datasource, search text and starred', async () => {
    const loki = await list('?datasource=loki');
    expect(loki.body.data.map((e: { query: string }) => e.query)).toEqual(['{app="checkout"} |= "error"', 'up']);
    expect((await list('?search=CHECKOUT')).body.data).toHaveLength(1);
    expect((await list('?datasource=graphite')).status).toBe(400);
    expect((await list('?starred=maybe')).status).toBe(400);
  });

  it('stars and unstars an entry; 404 for an unknown one', async () => {
    const id = (await list('?datasource=prometheus')).body.data[0].id as string;
    expect((await setStar(id, { starred: true })).body.data).toMatchObject({ id, starred: true });
    expect((await list('?starred=true')).body.data.map((e: { id: string }) => e.id)).toEqual([id]);
    expect((await setStar(id, { starred: false })).body.data.starred).toBe(false);
    expect((await list('?starred=true')).body.data).toHaveLength(0);
    expect((await setStar('missing', { starred: true })).status).toBe(404);
    expect((await setStar(id, { starred: 'yes' })).body.error.message).toMatch(/^starred: /);
  });

  it('deletes an entry (204), then 404s', async () => {
    const id = (await list()).body.data[0].id as string;
    expect((await remove(id)).status).toBe(204);
    expect((await remove(id)).status).toBe(404);
    expect((await list()).body.data).toHaveLength(2);
  });

  it('refuses bad input (400 naming the field), other origins (403) and oversized bodies (413)', async () => {
    expect((await add({ datasource: 'prometheus', query: '' })).body.error.message).toMatch(/^query: /);
    expect((await add({ datasource: 'influx', query: 'up' })).body.error.message).toMatch(/^datasource: /);
    const evil = await add({ datasource: 'prometheus', query: 'secret' }, 'https://evil.example');
    expect(evil).toMatchObject({ status: 403, body: { error: { kind: 'csrf' } } });
    expect((await list('?search=secret')).body.data).toHaveLength(0);
    expect((await add({ datasource: 'prometheus', query: 'x'.repeat(600 * 1024) })).status).toBe(413);
  });

  it('answers 401 without a principal', async () => {
    who.current = null;
    expect((await list()).status).toBe(401);
    expect((await add({ datasource: 'prometheus', query: 'up' })).status).toBe(401);
  });
});

describe('/api/query-history per user', () => {
  it('shows each user only their own entries, and counts the same query apart', async () => {
    const alices = (await list()).body.data as { id: string; query: string; runCount: number }[];
    expect(alices.length).toBeGreaterThan(0);
    who.current = viewer('bob');
    expect((await list()).body.data).toEqual([]);
    expect((await add({ datasource: 'prometheus', query: 'up' })).body.data).toMatchObject({ runCount: 1 });
    expect((await list()).body.data.map((e: { query: string }) => e.query)).toEqual(['up']);
    who.current = viewer('alice');
    expect((await list()).body.data).toEqual(alices);
  });

  it("answers 404 to another user's star or delete, and changes nothing", async () => {
    const target = (await list()).body.data[0] as { id: string; starred: boolean };
    who.current = viewer('bob');
    const starred = await setStar(target.id, { starred: !target.starred });
    expect(starred).toMatchObject({ status: 404, body: { error: { kind: 'not_found' } } });
    expect(await remove(target.id)).toEqual(expect.objectContaining({ status: 404, body: starred.body }));
    // The same answer as for an id nobody has: nothing tells bob the entry exists.
    expect((await remove('missing')).body.error.message).toBe(starred.body.error.message.replace(target.id, 'missing'));
    who.current = viewer('alice');
    expect((await list()).body.data.find((e: { id: string }) => e.id === target.id)).toMatchObject({ starred: target.starred });
  });
});
