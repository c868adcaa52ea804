import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api';
import { deleteQuery, listQueryHistory, recordQuery, starQuery } from './client';

const entry = { id: 'a1', datasource: 'prometheus', query: 'up', createdAt: '2026-01-01T00:00:00.000Z', lastRunAt: '2026-01-01T00:00:00.000Z', runCount: 1, starred: false };

function stubFetch(response: () => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return Promise.resolve(response());
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('query history client', () => {
  it('lists with only the filters given', async () => {
    const calls = stubFetch(() => Response.json({ data: [entry] }));
    expect(await listQueryHistory({ datasource: 'loki', search: '', starred: true, limit: 5 })).toEqual([entry]);
    const url = new URL(calls[0]!.url, 'http://x');
    expect(url.pathname).toBe('/api/query-history');
    expect(Object.fromEntries(url.searchParams)).toEqual({ datasource: 'loki', starred: 'true', limit: '5' });
  });

  it('records and stars with JSON bodies', async () => {
    const calls = stubFetch(() => Response.json({ data: entry }));
    expect(await recordQuery({ datasource: 'prometheus', query: 'up' })).toEqual(entry);
    expect(calls[0]).toMatchObject({ url: '/api/query-history', init: { method: 'POST', body: '{"datasource":"prometheus","query":"up"}' } });
    expect(calls[0]!.init.headers).toMatchObject({ 'content-type': 'application/json', accept: 'application/json' });
    await starQuery({ id: 'a/1', starred: true });
    expect(calls[1]).toMatchObject({ url: '/api/query-history/a%2F1/star', init: { method: 'POST', body: '{"starred":true}' } });
  });

  it('takes a 204 from DELETE as success', async () => {
    const calls = stubFetch(() => new Response(null, { status: 204 }));
    await expect(deleteQuery('a1')).resolves.toBeUndefined();
    expect(calls[0]).toMatchObject({ url: '/api/query-history/a1', init: { method: 'DELETE' } });
  });

  it("turns the server's error envelope into an ApiError", async () => {
    stubFetch(() => Response.json({ error: { kind: 'csrf', message: 'Refused a change' } }, { status: 403 }));
    const err = await deleteQuery('a1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ kind: 'csrf', status: 403, message: 'Refused a change' });
  });
});
