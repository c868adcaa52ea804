import { expect, test } from './fixtures';
import { PodPage } from './pages/pods';

/** Runs after every other spec (its own Playwright project): it takes demo datasources down and back up. */
const controlUrl = (path: string) => `http://127.0.0.1:${process.env.LANTERN_E2E_CONTROL_PORT}${path}`;
const control = (part: string, state: 'up' | 'down') => fetch(controlUrl(`/parts/${part}/${state}`), { method: 'POST' });
/** Makes the demo Kubernetes API answer RBAC's 403 to `verb` on `resource` in `namespace`, until `allowAll`. */
const forbid = (verb: string, resource: string, namespace: string) =>
  fetch(controlUrl('/kube/forbid'), { method: 'POST', body: JSON.stringify({ verb, resource, namespace }) });
const allowAll = () => fetch(controlUrl('/kube/forbid'), { method: 'DELETE' });

/** A live pod of the namespace whose name starts with `prefix`, read while the API answers. */
async function podName(request: import('@playwright/test').APIRequestContext, namespace: string, prefix: string): Promise<string> {
  const list = (await (await request.get(`/api/k8s/pods?${new URLSearchParams({ namespace })}`)).json()) as { items: { name: string; status: string }[] };
  const pod = list.items.find((p) => p.name.startsWith(prefix) && p.status === 'Running');
  expect(pod, `no running ${prefix}* pod in ${namespace}`).toBeTruthy();
  return pod!.name;
}

/** The Prometheus and Loki parts of a pod page: a drawn memory chart and a log line from Loki. */
async function expectMetricsAndLogs(pod: PodPage) {
  await expect(pod.page.getByTestId('chart-memory')).toHaveAttribute('data-state', 'ready');
  await expect(pod.page.getByTestId('chart-memory').locator('[data-testid="chart-series"]').first()).toBeVisible();
  await expect(pod.logs()).toHaveAttribute('data-source', 'loki');
  await expect(pod.logLines().first()).toBeVisible();
  await expect(pod.section('metrics')).toHaveAttribute('data-state', 'ready');
}

test.describe('Outages', () => {
  test('a datasource going down is named, isolated, and recovers without restart', async ({ request, page }) => {
    expect((await control('loki', 'down')).status).toBe(204);
    try {
      const ready = await (await request.get('/api/readyz')).json();
      expect(ready.status).toBe('degraded');
      expect(ready.datasources.loki.ok).toBe(false);
      expect(ready.datasources.prometheus.ok).toBe(true);
      expect((await request.get('/api/readyz?strict=1')).status()).toBe(503);
      await page.goto('/');
      await expect(page.getByTestId('overview-log-errors').getByTestId('panel-error')).toContainText('loki');
      await expect(page.getByTestId('nodes-ready')).toContainText('3 / 3 ready');
      await expect(page.getByTestId('meter-cpu')).toBeVisible();
    } finally {
      await control('loki', 'up');
    }
    await expect.poll(async () => (await (await request.get('/api/readyz')).json()).status, { timeout: 15_000 }).toBe('ready');
    await page.reload();
    await expect(page.getByTestId('log-error-row').first()).toBeVisible();
  });

  test('the Kubernetes API going down: the pods list and the pod page say so, metrics and logs keep working, both recover without a reload', async ({ request, guarded: page }) => {
    // Two outages, and recoveries that wait for the list's retry (5 s) and the pod page's poll (15 s).
    test.setTimeout(180_000);
    const name = await podName(request, 'payments', 'fraud-scorer-');
    // A list open while the API server goes away: its watch says so, and resumes.
    await page.goto('/pods?namespace=payments');
    await expect(page.getByTestId('watch-state')).toHaveAttribute('data-state', 'live');
    expect((await control('kubernetes', 'down')).status).toBe(204);
    try {
      await expect(page.getByTestId('watch-error')).toContainText('Live updates interrupted');
      await expect(page.getByTestId('watch-error')).toContainText('cannot reach the Kubernetes API');
      await expect(page.getByTestId('pod-row').first()).toBeVisible();

      // Opened while it is down: the list names the failure.
      await page.goto('/pods?namespace=payments');
      await expect(page.getByTestId('panel-error')).toContainText('Pods unavailable');
      await expect(page.getByTestId('panel-error')).toContainText('cannot reach the Kubernetes API');
      await expect(page.getByTestId('pod-row')).toHaveCount(0);

      const pod = new PodPage(page);
      await page.goto(`/pods/payments/${name}`);
      await expect(pod.root()).toBeVisible();
      await expect(pod.section('header')).toHaveAttribute('data-state', 'error');
      await expect(pod.section('header').getByTestId('header-error')).toContainText('cannot reach the Kubernetes API');
      await expect(pod.section('events').getByTestId('events-error')).toContainText('cannot reach the Kubernetes API');
      await expectMetricsAndLogs(pod);

      await page.goto('/pods?namespace=payments');
      await expect(page.getByTestId('panel-error')).toContainText('cannot reach the Kubernetes API');
    } finally {
      await control('kubernetes', 'up');
    }
    // The failed list is asked again on its own: rows, and a live watch, with no reload.
    await expect(page.getByTestId('pod-row').filter({ hasText: name })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('panel-error')).toHaveCount(0);
    await expect(page.getByTestId('watch-state')).toHaveAttribute('data-state', 'live');

    // The pod page polls: its Kubernetes sections come back too.
    expect((await control('kubernetes', 'down')).status).toBe(204);
    try {
      await page.goto(`/pods/payments/${name}`);
      await expect(page.getByTestId('section-header')).toHaveAttribute('data-state', 'error');
    } finally {
      await control('kubernetes', 'up');
    }
    await expect(page.getByTestId('section-header')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    await expect(page.getByTestId('section-header')).toContainText(name);
    await expect(page.getByTestId('section-events')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  });

  test('a 403 from the Kubernetes API says which verb and resource were refused; metrics and logs keep working', async ({ request, guarded: page }) => {
    test.setTimeout(120_000);
    const name = await podName(request, 'shop', 'cart-');
    try {
      for (const [verb, resource] of [['list', 'pods'], ['get', 'pods'], ['list', 'events']]) expect((await forbid(verb, resource, 'shop')).status).toBe(204);
      const refused = await request.get('/api/k8s/pods?namespace=shop');
      expect(refused.status()).toBe(403);
      expect((await refused.json()).error.message).toBe(
        'cannot list pods in namespace shop: pods is forbidden: User "system:serviceaccount:lantern:lantern" cannot list resource "pods" in API group "" in the namespace "shop"',
      );

      await page.goto('/pods?namespace=shop');
      await expect(page.getByTestId('panel-error')).toContainText('cannot list pods in namespace shop');
      await expect(page.getByTestId('panel-error')).toContainText('403');
      // Other namespaces are not refused.
      await page.goto('/pods?namespace=payments');
      await expect(page.getByTestId('pod-row').first()).toBeVisible();
      await expect(page.getByTestId('panel-error')).toHaveCount(0);

      const pod = new PodPage(page);
      await page.goto(`/pods/shop/${name}`);
      await expect(pod.section('header').getByTestId('header-error')).toContainText('cannot get pods in namespace shop');
      await expect(pod.section('events').getByTestId('events-error')).toContainText('cannot list events in namespace shop');
      await expectMetricsAndLogs(pod);
    } finally {
      await allowAll();
    }
    await page.goto('/pods?namespace=shop');
    await expect(page.getByTestId('pod-row').filter({ hasText: name })).toBeVisible();
  });
});
