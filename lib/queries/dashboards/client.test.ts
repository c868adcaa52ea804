import { afterEach, describe, expect, it, vi } from 'vitest';
import { dashboardModel } from '@/lib/dashboards/model';
import { ApiError } from '../api';
import { deleteDashboard, restoreDashboardVersion, saveDashboard } from './client';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const model = dashboardModel.parse({ title: 'Mine' });

afterEach(() => vi.unstubAllGlobals());

function stubFetch(res: Response) {
  const fn = vi.fn(async (_url: string, _init?: RequestInit) => res);
  vi.stubGlobal('fetch', fn);
  return fn;
}

describe('dashboard writes', () => {
  it('saves with PUT, a JSON body naming the expected version', async () => {
    const fn = stubFetch(json(200, { data: { uid: 'a', version: 3 } }));
    await expect(saveDashboard('a b', { model, expectedVersion: 2 })).resolves.toEqual({ data: { uid: 'a', version: 3 } });
    const [url, init] = fn.mock.calls[0]!;
    expect(url).toBe('/api/dashboards/a%20b');
    expect(init).toMatchObject({ method: 'PUT', headers: { 'content-type': 'application/json' } });
    expect(JSON.parse(String(init!.body))).toEqual({ model, expectedVersion: 2 });
  });

  it('turns a stale save (409) into an ApiError of kind conflict', async () => {
    stubFetch(json(409, { error: { kind: 'conflict', message: 'changed by someone else (version 5)', currentVersion: 5 } }));
    const err = await saveDashboard('a', { model, expectedVersion: 2 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ kind: 'conflict', status: 409 });
  });

  it('accepts the empty 204 of a delete, and still reports a failed one', async () => {
    const fn = stubFetch(new Response(null, { status: 204 }));
    await expect(deleteDashboard('a')).resolves.toEqual({});
    expect(fn.mock.calls[0]![1]).toMatchObject({ method: 'DELETE' });
    expect(fn.mock.calls[0]![1]!.body).toBeUndefined();
    stubFetch(json(403, { error: { kind: 'read_only', message: 'built-in' } }));
    await expect(deleteDashboard('k8s-pod')).rejects.toMatchObject({ kind: 'read_only', status: 403 });
  });

  it('restores with POST of the version and the expected version', async () => {
    const fn = stubFetch(json(200, { data: { uid: 'a', version: 4 } }));
    await restoreDashboardVersion('a', { version: 1, expectedVersion: 3 });
    expect(fn.mock.calls[0]![0]).toBe('/api/dashboards/a/restore');
    expect(JSON.parse(String(fn.mock.calls[0]![1]!.body))).toEqual({ version: 1, expectedVersion: 3 });
  });
});
