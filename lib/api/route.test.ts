import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { RequestError } from './errors';
import { route } from './route';

const call = (handler: Parameters<typeof route>[1]) =>
  route('/test', handler)(new NextRequest('http://127.0.0.1/api/test'), { params: Promise.resolve({}) });

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
