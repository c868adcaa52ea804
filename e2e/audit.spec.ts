import { expect, test } from '@playwright/test';

interface AuditItem {
  at: string;
  user: string;
  via: string;
  datasource: string;
  route: string;
  detail: string;
  status: number;
}

/** Every datasource request is in the audit log with who asked, what, and how it ended. */
test('the audit log records who ran which query on which datasource', async ({ request }) => {
  const marker = `lantern_audit_${Date.now()}`;
  expect((await request.get(`/api/prometheus/query?${new URLSearchParams({ query: `count(up) or vector(0) # ${marker}` })}`)).status()).toBe(200);
  expect((await request.get(`/api/loki/query_range?${new URLSearchParams({ query: `{namespace="shop"} |= "${marker}"`, start: String(Date.now() - 60_000), end: String(Date.now()) })}`)).status()).toBe(200);
  expect((await request.get(`/api/prometheus/query?${new URLSearchParams({ query: `sum(rate( # ${marker}` })}`)).status()).toBe(400);
  expect((await request.get('/api/k8s/pods/shop/no-such-pod-0')).status()).toBe(404);

  const res = await request.get('/api/admin/audit?limit=50');
  expect(res.status()).toBe(200);
  const { items } = (await res.json()) as { items: AuditItem[] };
  const mine = items.filter((e) => e.detail.includes(marker));
  expect(mine.map((e) => [e.datasource, e.route, e.status]).sort()).toEqual([
    ['loki', '/api/loki/query_range', 200],
    ['prometheus', '/api/prometheus/query', 200],
    ['prometheus', '/api/prometheus/query', 400],
  ]);
  for (const e of mine) expect(e.user).toBeTruthy();
  const pod = items.find((e) => e.route === '/api/k8s/pods/[namespace]/[name]' && e.detail.includes('no-such-pod-0'));
  expect(pod).toMatchObject({ datasource: 'kubernetes', status: 404 });
  expect(JSON.parse(pod!.detail)).toMatchObject({ namespace: 'shop', name: 'no-such-pod-0' });
  // newest first
  expect([...items].sort((a, b) => b.at.localeCompare(a.at)).map((e) => e.at)).toEqual(items.map((e) => e.at));
  // filters
  const loki = (await (await request.get('/api/admin/audit?datasource=loki&limit=5')).json()) as { items: AuditItem[] };
  expect(loki.items.length).toBeGreaterThan(0);
  expect(loki.items.every((e) => e.datasource === 'loki')).toBe(true);
  expect((await request.get('/api/admin/audit?datasource=mysql')).status()).toBe(400);
});
