import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiUrl, fetchApi } from './api';
import { queryKeys } from './keys';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('apiUrl', () => {
  it('prefixes the base path and drops empty params', () => {
    vi.stubEnv('NEXT_PUBLIC_BASE_PATH', '/lantern');
    expect(apiUrl('/api/prometheus/query', { query: 'up{job="a b"}', time: 5, x: undefined, y: null })).toBe(
      '/lantern/api/prometheus/query?query=up%7Bjob%3D%22a+b%22%7D&time=5',
    );
  });

  it('repeats array params', () => {
    expect(apiUrl('/api/x', { 'match[]': ['a', 'b'] })).toBe('/api/x?match%5B%5D=a&match%5B%5D=b');
  });
});

describe('fetchApi', () => {
  it('sends the browser to the sign-in page, keeping its place, when the session has ended', async () => {
    vi.stubEnv('NEXT_PUBLIC_BASE_PATH', '/lantern');
    const assign = vi.fn();
    vi.stubGlobal('window', { location: { pathname: '/lantern/pods/shop/web-1', search: '?from=now-1h', assign } });
    const unauthenticated = json(401, { error: { status: 401, kind: 'unauthenticated', message: 'Sign in to use Lantern' } });
    await expect(fetchApi('/api/k8s/pods', {}, undefined, async () => unauthenticated)).rejects.toMatchObject({ status: 401 });
    expect(assign).toHaveBeenCalledWith('/lantern/login?next=%2Fpods%2Fshop%2Fweb-1%3Ffrom%3Dnow-1h');
    // A refusal for lack of role is shown, not redirected.
    await expect(fetchApi('/api/x', {}, undefined, async () => json(403, { error: { status: 403, kind: 'forbidden', message: 'no' } }))).rejects.toMatchObject({ status: 403 });
    expect(assign).toHaveBeenCalledTimes(1);
  });

  it('returns JSON and passes the signal', async () => {
    const controller = new AbortController();
    const fetchFn = vi.fn(async (_url: string, _init?: RequestInit) => json(200, { data: ['a'] }));
    await expect(fetchApi('/api/prometheus/labels', {}, controller.signal, fetchFn)).resolves.toEqual({ data: ['a'] });
    expect(fetchFn.mock.calls[0]![1]!.signal).toBe(controller.signal);
  });

  it('turns the error envelope into ApiError with position', async () => {
    const body = {
      error: { message: 'parse error: unclosed left parenthesis', kind: 'bad_data', status: 400, datasource: 'prometheus', position: { line: 1, column: 66 } },
    };
    const err = await fetchApi('/api/prometheus/query', {}, undefined, async () => json(400, body)).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ message: 'parse error: unclosed left parenthesis', kind: 'bad_data', status: 400, datasource: 'prometheus', position: { line: 1, column: 66 } });
  });

  it('reads plain-text errors from proxies', async () => {
    const err = await fetchApi('/api/x', {}, undefined, async () => new Response('upstream timed out', { status: 504, statusText: 'Gateway Timeout' })).catch((e) => e);
    expect(err).toMatchObject({ kind: 'http', status: 504, message: 'HTTP 504 Gateway Timeout: upstream timed out' });
  });

  it('reports network failures and malformed bodies', async () => {
    await expect(fetchApi('/api/x', {}, undefined, async () => { throw new TypeError('Failed to fetch'); })).rejects.toMatchObject({ kind: 'network', status: 0 });
    await expect(fetchApi('/api/x', {}, undefined, async () => new Response('<html>', { status: 200 }))).rejects.toMatchObject({ kind: 'bad_response' });
  });

  it('rethrows aborts untouched', async () => {
    const controller = new AbortController();
    controller.abort();
    const abort = new DOMException('aborted', 'AbortError');
    await expect(fetchApi('/api/x', {}, controller.signal, async () => { throw abort; })).rejects.toBe(abort);
  });
});

describe('queryKeys', () => {
  it('builds one object per key, equal for equal requests', () => {
    const p = { query: 'up', start: 1, end: 2, step: 15 };
    expect(queryKeys.promRange(p)).toEqual(queryKeys.promRange({ ...p }));
    expect(queryKeys.promRange(p)).toEqual([{ root: 'lantern', scope: 'prom.range', query: 'up', start: 1, end: 2, step: 15 }]);
    expect(queryKeys.promRange(p)).not.toEqual(queryKeys.promInstant({ query: 'up', time: 2 }));
  });
});
