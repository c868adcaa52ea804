/** /api/query-history handlers, called directly against a temporary SQLite database. */
import { afterAll, describe, expect, it } from 'vitest';
import { call, ctx, request, useTempDatabase } from '@/lib/api/dashboards/testing';

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
  it('adds a run, and counts a repeat of the same query instead of duplicating it', async () => {
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
});
