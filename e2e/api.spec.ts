import { expect, test } from '@playwright/test';

test.describe('API', () => {
  test('health, readiness and metrics', async ({ request }) => {
    expect((await request.get('/api/healthz')).status()).toBe(200);
    const ready = await (await request.get('/api/readyz')).json();
    expect(ready.status).toBe('ready');
    expect(ready.datasources.prometheus).toMatchObject({ configured: true, ok: true, version: expect.stringMatching(/^2\./) });
    expect(ready.datasources.loki).toMatchObject({ configured: true, ok: true });
    expect(ready.datasources.kubernetes).toMatchObject({ configured: true, ok: true });
    const metrics = await (await request.get('/metrics')).text();
    expect(metrics).toContain('lantern_http_requests_total');
    expect(metrics).toMatch(/lantern_upstream_requests_total\{datasource="prometheus"/);
  });

  test('pages and API answers carry the security headers', async ({ request }) => {
    for (const path of ['/', '/api/healthz', '/api/prometheus/labels', '/dashboards']) {
      const res = await request.get(path);
      expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
      expect(res.headers()['referrer-policy'], path).toBe('no-referrer');
      expect(res.headers()['x-frame-options'], path).toBe('DENY');
      expect(res.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
  });

  test('the Prometheus batch route answers each query on its own: data, or that query\'s error', async ({ request }) => {
    const now = Date.now();
    const r = [
      new URLSearchParams({ kind: 'range', query: 'sum(up)', start: String(now - 600_000), end: String(now), step: '15' }).toString(),
      new URLSearchParams({ kind: 'instant', query: 'sum(rate(' }).toString(),
      new URLSearchParams({ kind: 'instant', query: 'count(up)', time: String(now) }).toString(),
    ];
    const res = await request.get(`/api/prometheus/batch?${new URLSearchParams(r.map((x) => ['r', x]))}`);
    expect(res.status()).toBe(200);
    const { results } = (await res.json()) as { results: { ok: boolean; data?: { series?: unknown[]; samples?: unknown[] }; error?: { message: string; status: number } }[] };
    expect(results.map((x) => x.ok)).toEqual([true, false, true]);
    expect(results[0]!.data!.series!.length).toBe(1);
    expect(results[1]!.error!.status).toBe(400);
    expect(results[1]!.error!.message).toContain('parse error');
    expect(results[2]!.data!.samples!.length).toBe(1);
    const tooMany = new URLSearchParams(Array.from({ length: 33 }, () => ['r', r[2]!]));
    expect((await request.get(`/api/prometheus/batch?${tooMany}`)).status()).toBe(400);
  });

  test('refuses paths outside the allow-list and traversal attempts', async ({ request }) => {
    for (const path of [
      '/api/prometheus/api/v1/admin/tsdb/delete_series',
      '/api/prometheus/../../etc/passwd',
      '/api/prometheus/%2e%2e/%2e%2e/etc/passwd',
      '/api/prometheus/label/..%2f..%2fadmin/values',
      '/api/loki/label/%2e%2e/values',
      '/api/loki/../../loki/api/v1/push',
      '/api/proxy?url=http://169.254.169.254/',
      '/api/prometheus/query%5c..%5cadmin',
    ]) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect([400, 404], `${path} answered ${res.status()}`).toContain(res.status());
    }
    const post = await request.post('/api/prometheus/query', { data: 'query=up' });
    expect(post.status()).toBe(405);
  });

  test('invalid PromQL returns the parser message and position', async ({ request }) => {
    const res = await request.get('/api/prometheus/query', { params: { query: 'sum(rate(up[1m])' } });
    expect(res.status()).toBe(400);
    const body = await res.json();
    expect(body.error).toMatchObject({ kind: 'bad_query', datasource: 'prometheus' });
    expect(body.error.message).toMatch(/parse error/);
    expect(body.error.position).toBeTruthy();
  });

  test('invalid LogQL returns Loki\'s message and position', async ({ request }) => {
    const now = Date.now();
    const res = await request.get('/api/loki/query_range', { params: { query: '{namespace="shop"} |= ', start: now - 3600_000, end: now } });
    expect(res.status()).toBe(400);
    const body = await res.json();
    expect(body.error.message).toMatch(/^parse error at line 1, col \d+/);
    expect(body.error.position).toMatchObject({ line: 1 });
  });
});
