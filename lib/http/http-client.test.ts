import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamError } from '@/lib/datasources/errors';
import { createHttpClient } from './http-client';
import { freePort, startStub, type Stub } from './testing/stub-server';
import { TEST_CERT, TEST_KEY } from './testing/tls-fixture';

let stub: Stub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('expected an UpstreamError'), (e: unknown) => e as UpstreamError);

describe('httpRequest', () => {
  it('keeps the base path prefix, repeats array parameters and skips undefined ones', async () => {
    stub = await startStub((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}'));
    const http = createHttpClient({ datasource: 'prometheus', url: `${stub.url}/prom/` });
    expect(await http.getJson({ path: '/api/v1/series', query: { 'match[]': ['up', 'a{b="c d"}'], start: undefined, limit: 5 } })).toEqual({ ok: true });
    expect(stub.requests[0].path).toBe('/prom/api/v1/series');
    expect(stub.requests[0].params).toEqual([
      ['match[]', 'up'],
      ['match[]', 'a{b="c d"}'],
      ['limit', '5'],
    ]);
  });

  it('sends bearer auth and extra headers (tenant) and never echoes them in errors', async () => {
    stub = await startStub((_req, res) => res.writeHead(500, { 'Content-Type': 'text/plain' }).end('boom\n'));
    const http = createHttpClient({ datasource: 'loki', url: stub.url, bearerToken: 's3cret', headers: { 'X-Scope-OrgID': 'tenant-a' } });
    const e = await failure(http.getJson({ path: '/x' }));
    expect(stub.requests[0].headers.authorization).toBe('Bearer s3cret');
    expect(stub.requests[0].headers['x-scope-orgid']).toBe('tenant-a');
    expect(e.toJSON()).toEqual({ datasource: 'loki', status: 500, kind: 'upstream', message: 'boom' });
    expect(JSON.stringify(e.toJSON())).not.toContain('s3cret');
  });

  it('sends basic auth, including credentials given in the URL (which fetch itself refuses)', async () => {
    stub = await startStub((_req, res) => res.writeHead(200).end('{}'));
    await createHttpClient({ datasource: 'prometheus', url: stub.url, basicAuth: { username: 'u', password: 'p:w' } }).getJson({ path: '/a' });
    await createHttpClient({ datasource: 'prometheus', url: stub.url.replace('http://', 'http://ann:pa%40ss@') }).getJson({ path: '/b' });
    expect(stub.requests[0].headers.authorization).toBe(`Basic ${Buffer.from('u:p:w').toString('base64')}`);
    expect(stub.requests[1].headers.authorization).toBe(`Basic ${Buffer.from('ann:pa@ss').toString('base64')}`);
  });

  it('times out a server that never answers, within the timeout', async () => {
    stub = await startStub(() => undefined);
    const http = createHttpClient({ datasource: 'prometheus', url: stub.url, timeoutMs: 200 });
    const t0 = Date.now();
    const e = await failure(http.request({ path: '/slow' }));
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(e).toBeInstanceOf(UpstreamError);
    expect(e.kind).toBe('timeout');
    expect(e.status).toBe(504);
  });

  it('times out a body that stalls after the headers', async () => {
    stub = await startStub((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"status":');
    });
    const e = await failure(createHttpClient({ datasource: 'loki', url: stub.url, timeoutMs: 200 }).request({ path: '/' }));
    expect(e.kind).toBe('timeout');
  });

  it("maps the caller's abort to canceled, whether before or during the request", async () => {
    stub = await startStub(() => undefined);
    const http = createHttpClient({ datasource: 'prometheus', url: stub.url, timeoutMs: 5000 });
    const ac = new AbortController();
    const pending = failure(http.request({ path: '/', signal: ac.signal }));
    setTimeout(() => ac.abort(), 50);
    expect((await pending).kind).toBe('canceled');
    expect((await failure(http.request({ path: '/', signal: AbortSignal.abort() }))).kind).toBe('canceled');
  });

  it('maps a refused connection to unavailable (503)', async () => {
    const port = await freePort();
    const e = await failure(createHttpClient({ datasource: 'prometheus', url: `http://127.0.0.1:${port}` }).request({ path: '/' }));
    expect(e.toJSON()).toMatchObject({ datasource: 'prometheus', status: 503, kind: 'unavailable' });
    expect(e.message).toContain('ECONNREFUSED');
  });

  it('fails past the size cap, whether declared or streamed', async () => {
    const big = 'x'.repeat(10_000);
    stub = await startStub((req, res) => {
      if (req.url === '/declared') res.writeHead(200, { 'Content-Length': String(big.length) }).end(big);
      else {
        res.writeHead(200);
        for (let i = 0; i < 10; i++) res.write(big.slice(0, 1000));
        res.end();
      }
    });
    const http = createHttpClient({ datasource: 'loki', url: stub.url, maxResponseBytes: 5000 });
    expect((await failure(http.request({ path: '/declared' }))).toJSON()).toMatchObject({ kind: 'too_large', status: 502 });
    expect((await failure(http.request({ path: '/chunked' }))).kind).toBe('too_large');
    const fits = createHttpClient({ datasource: 'loki', url: stub.url, maxResponseBytes: 10_000 });
    expect((await fits.request({ path: '/declared' })).text).toHaveLength(10_000);
  });

  it('reads plain-text 5xx, 503 and HTML proxy pages into readable messages', async () => {
    stub = await startStub((req, res) => {
      if (req.url === '/503') res.writeHead(503, { 'Content-Type': 'text/plain' }).end('Service Unavailable');
      else res.writeHead(502, { 'Content-Type': 'text/html' }).end('<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>');
    });
    const http = createHttpClient({ datasource: 'prometheus', url: stub.url });
    expect((await failure(http.getJson({ path: '/503' }))).toJSON()).toEqual({ datasource: 'prometheus', status: 503, kind: 'unavailable', message: 'Service Unavailable' });
    expect((await failure(http.getJson({ path: '/502' }))).toJSON()).toEqual({ datasource: 'prometheus', status: 502, kind: 'upstream', message: '502 Bad Gateway' });
  });

  it('rejects a 200 body that is not JSON as a bad gateway', async () => {
    stub = await startStub((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('not json'));
    const e = await failure(createHttpClient({ datasource: 'loki', url: stub.url }).getJson({ path: '/' }));
    expect(e.toJSON()).toMatchObject({ status: 502, kind: 'upstream' });
  });

  describe('TLS', () => {
    let server: https.Server | undefined;
    afterEach(() => server?.close());
    async function tlsUrl() {
      server = https.createServer({ cert: TEST_CERT, key: TEST_KEY }, (_req, res) => res.end('{"tls":true}'));
      await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
      return `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }

    it('trusts a configured CA, or skips verification when told, and refuses an unknown certificate', async () => {
      const url = await tlsUrl();
      expect(await createHttpClient({ datasource: 'loki', url, ca: TEST_CERT }).getJson({ path: '/' })).toEqual({ tls: true });
      expect(await createHttpClient({ datasource: 'loki', url, insecureSkipVerify: true }).getJson({ path: '/' })).toEqual({ tls: true });
      const e = await failure(createHttpClient({ datasource: 'loki', url }).getJson({ path: '/' }));
      expect(e.kind).toBe('unavailable');
      expect(e.message).toMatch(/certificate/);
    });
  });
});
