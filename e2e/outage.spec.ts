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

  test('live tail: Loki going away shows a reconnecting message, and coming back resumes with no line twice', async ({ page, request }) => {
    await page.goto(`/logs?${new URLSearchParams({ q: '{namespace="shop", app="checkout"}', live: '1', labels: '1' })}`);
    const status = page.getByTestId('tail-status');
    const list = page.getByTestId('log-list');
    const count = async () => Number(await list.getAttribute('data-count'));
    await expect(status).toHaveText('Live');
    await expect(page.getByTestId('log-row').first()).toBeVisible();
    const beforeDown = await count();
    await expect.poll(count, { timeout: 15_000 }).toBeGreaterThan(beforeDown);

    // Every status the tail shows from here on, to prove it never claims to be live while Loki is down.
    await status.evaluate((el) => {
      const w = window as unknown as { __tailStatus: string[] };
      w.__tailStatus = [el.textContent ?? ''];
      new MutationObserver(() => w.__tailStatus.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
    });
    expect((await control('loki', 'down')).status).toBe(204);
    let upAtMs = 0;
    try {
      await expect(status).toHaveText('Reconnecting…');
      await expect(page.getByTestId('tail-error')).toContainText(/reconnecting/i);
      await expect(page.getByTestId('tail-error')).toContainText(/loki/i);
      // Two retries at least (1 s, then 2 s, with jitter) fail while Loki is down.
      await page.waitForTimeout(4000);
      const whileDown = await page.evaluate(() => (window as unknown as { __tailStatus: string[] }).__tailStatus);
      expect(whileDown.slice(1).filter((s) => s !== 'Reconnecting…')).toEqual([]);
      await expect(status).toHaveText('Reconnecting…');
    } finally {
      await control('loki', 'up');
      upAtMs = Date.now();
    }
    const beforeUp = await count();
    // The backoff has grown to 4 s (±25%) by now: the next attempt comes within seconds.
    await expect(status).toHaveText('Live', { timeout: 20_000 });
    await expect(page.getByTestId('tail-error')).toHaveCount(0);
    await expect.poll(count, { timeout: 20_000 }).toBeGreaterThan(beforeUp);
    // Lines newer than Loki's return arrive.
    const newestMs = () =>
      list.evaluate((el) => Math.max(0, ...[...el.querySelectorAll('[data-testid="log-row"]')].map((r) => Number(r.getAttribute('data-ts')!.slice(0, -6)))));
    await expect.poll(newestMs, { timeout: 20_000 }).toBeGreaterThan(upAtMs);

    // Every line the tail holds (paused, so the list stands still), read by scrolling the virtualised list from top
    // to bottom: each once.
    await page.getByTestId('tail-pause').click();
    await expect(status).toHaveText('Paused');
    const lines = await list.evaluate(async (el) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const byIndex = new Map<number, string>();
      el.scrollTop = 0;
      await frame();
      for (;;) {
        for (const item of el.querySelectorAll('[data-index]')) {
          const row = item.querySelector('[data-testid="log-row"]')!;
          byIndex.set(Number(item.getAttribute('data-index')), `${row.getAttribute('data-ts')}|${row.textContent}`);
        }
        if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) break;
        el.scrollTop += el.clientHeight / 2;
        await frame();
      }
      return { total: Number(el.getAttribute('data-count')), keys: [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, k]) => k) };
    });
    expect(lines.keys.length).toBe(lines.total);
    expect(lines.total).toBeGreaterThan(beforeUp);
    expect(new Set(lines.keys).size, 'a line shown twice').toBe(lines.total);
    // Oldest first, as received: time never goes back (a replay after the reconnect would).
    const times = lines.keys.map((k) => BigInt(k.split('|')[0]!));
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
    await expect.poll(async () => (await (await request.get('/api/readyz')).json()).status, { timeout: 15_000 }).toBe('ready');
  });
});
