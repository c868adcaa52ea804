import { expect, test } from './fixtures';
import { deleteDemoPod, deletedPodName, PodPage, PodsList } from './pages/pods';

test.describe('Pod drill-down', () => {
  test('the OOM-killed pod: termination reason, OOM event and a memory-chart marker at the same time', async ({ guarded: page }) => {
    const pod = await new PodsList(page).openPod('payments', 'fraud-scorer');
    await expect(pod.section('containers').getByTestId('last-termination')).toContainText('OOMKilled');
    await expect(pod.section('containers').getByTestId('last-termination')).toContainText('exit 137');
    const oomEvent = pod.events('OOMKilling');
    await expect(oomEvent).toHaveCount(1);
    await expect(oomEvent).toContainText('Memory cgroup out of memory');
    await expect(pod.chartMarkers('memory', 'oom').first()).toBeVisible();
    const eventAt = Date.parse((await oomEvent.getAttribute('data-at'))!);
    // Every 12 minutes over the hour: several kills are marked (the counter's series may arrive after the first marker).
    await expect.poll(async () => (await pod.markerTimes('memory', 'oom')).length).toBeGreaterThanOrEqual(3);
    const markers = await pod.markerTimes('memory', 'oom');
    // The event's last occurrence is the last kill: a marker sits at that instant on the memory chart.
    expect(markers.some((t) => Math.abs(t - eventAt) <= 1_000), `markers ${markers.map((t) => new Date(t).toISOString())} vs event ${new Date(eventAt).toISOString()}`).toBe(true);
    await expect(pod.section('header').getByTestId('owner-link')).toHaveText(['Deployment fraud-scorer', /^ReplicaSet fraud-scorer-/]);
  });

  test('the crash-looping pod shows its previous container logs, with the restart marked', async ({ guarded: page }) => {
    const pod = await new PodsList(page).openPod('payments', 'payment-worker');
    await expect(pod.events('BackOff')).toHaveCount(1);
    // The checkbox mirrors the URL, which updates after the click: click, then wait for the URL.
    await pod.page.getByTestId('previous-logs').click();
    await expect(page).toHaveURL(/previous=1/);
    await expect(pod.section('logs')).toHaveAttribute('data-state', 'ready');
    await expect(pod.logs()).toHaveAttribute('data-source', 'kubernetes');
    await expect(pod.logLines().filter({ hasText: 'panic' }).first()).toBeVisible();
    await expect(pod.chartMarkers('restarts').first()).toBeVisible();
  });

  test('a deleted pod\'s page shows its history from Prometheus and Loki', async ({ guarded: page }) => {
    const name = await deletedPodName(page.request, 'shop', 'cart-.*');
    const res = await page.goto(`/pods/shop/${name}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByTestId('pod-not-found')).toBeVisible();
    await expect(page.getByTestId('pod-gone-banner')).toContainText('no longer exists since');
    await expect(page.getByTestId('history-containers')).toContainText('cart');
    await expect(page.getByTestId('chart-memory')).toHaveAttribute('data-state', 'ready');
    await expect(new PodPage(page).logLines().first()).toBeVisible();
    await expect(page.getByTestId('pod-logs')).toHaveAttribute('data-source', 'loki');
  });

  test('an unknown pod still gets a 404 that offers the history view', async ({ guarded: page }) => {
    const res = await page.goto('/pods/shop/never-existed-0');
    expect(res?.status()).toBe(404);
    await expect(page.getByTestId('pod-gone-banner')).toContainText('Neither the Kubernetes API nor Prometheus know');
    // An unknown namespace too.
    const other = await page.goto('/pods/no-such-namespace/web-0');
    expect(other?.status()).toBe(404);
    await expect(page.getByTestId('pod-gone-banner')).toContainText('no-such-namespace/web-0');
  });

  test('the pod page opens its metrics in Explore with the pod in the query', async ({ guarded: page }) => {
    const pod = await new PodsList(page).openPod('shop', 'cart-');
    const name = new URL(page.url()).pathname.split('/').pop()!;
    const link = pod.page.getByTestId('explore-link');
    expect(new URL((await link.getAttribute('href'))!, 'http://x').searchParams.get('q')).toContain(`pod="${name}"`);
    await link.click();
    await expect(page).toHaveURL(/\/explore\?/);
    await expect(page.getByTestId('chart-series').first()).toBeVisible();
  });

  test('the pods list follows the watch: a deleted pod turns Terminating and its replacement appears, with no re-list', async ({ guarded: page }) => {
    const list = new PodsList(page);
    await list.open({ namespace: 'shop', q: 'checkout' });
    await list.waitLive();
    const before = await list.names();
    expect(before).toHaveLength(2);
    let lists = 0;
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/k8s/pods') lists++;
    });
    const { replacement } = await deleteDemoPod('shop', before[0]);
    await expect(list.row(before[0])).toHaveAttribute('data-status', 'Terminating');
    await expect(list.row(replacement!)).toBeVisible();
    await expect(list.row(replacement!)).toHaveAttribute('data-status', /^(ContainerCreating|Pending|Running)$/);
    expect(lists).toBe(0);
  });

  test('Loki and the Kubernetes API show the same lines for the same pod and range', async ({ guarded: page }) => {
    const end = Date.now() - 60_000;
    const range = { from: new Date(end - 600_000).toISOString(), to: new Date(end).toISOString() };
    const pod = new PodPage(page);
    const linesOf = async (source: string) => {
      await page.goto(`/pods/kube-system/kube-controller-manager-demo-control-plane?${new URLSearchParams({ ...range, logs: source })}`);
      await expect(pod.logs()).toHaveAttribute('data-source', source);
      await expect(pod.logLines().first()).toBeVisible();
      const count = Number(await page.getByTestId('pod-log-list').getAttribute('data-count'));
      return { count, visible: await pod.logLines().allTextContents() };
    };
    const loki = await linesOf('loki');
    const kube = await linesOf('kubernetes');
    expect(loki.count).toBeGreaterThan(50);
    expect(kube.count).toBe(loki.count);
    expect(kube.visible).toEqual(loki.visible);
  });

  test('workloads: rollout status, a workload page with its pods, combined metrics and logs; owner links lead there', async ({ guarded: page }) => {
    await page.goto('/workloads?kind=Deployment&namespace=shop');
    const cart = page.locator('[data-testid="workload-row"][data-name="cart"]');
    await expect(cart.getByTestId('rollout-status')).toContainText('Complete (2/2 ready)');
    await cart.getByRole('link', { name: 'cart' }).click();
    await expect(page).toHaveURL(/\/workloads\/deployment\/shop\/cart/);
    await expect(page.getByTestId('workload-page').getByTestId('pod-row')).toHaveCount(2);
    await expect(page.getByTestId('chart-cpu')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByTestId('workload-log-list').getByTestId('pod-log-line').first()).toBeVisible();
    const pod = await new PodsList(page).openPod('shop', 'redis');
    await pod.section('header').getByTestId('owner-link').click();
    await expect(page).toHaveURL(/\/workloads\/statefulset\/shop\/redis/);
    await expect(page.getByTestId('rollout-status')).toContainText('Complete');
  });

  test('node page: taints, node-exporter charts and the kubelet journal', async ({ guarded: page }) => {
    await page.goto('/nodes/demo-control-plane');
    await expect(page.getByTestId('node-page')).toContainText('node-role.kubernetes.io/control-plane:NoSchedule');
    await expect(page.getByTestId('node-chart-cpu')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByTestId('node-chart-memory')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByTestId('node-log-list').getByTestId('pod-log-line').first()).toBeVisible();
  });
});

test.describe('Cross-links to the pod page', () => {
  test('a chart legend entry of one pod leads to that pod at the same time range', async ({ guarded: page }) => {
    const q = 'sum by (namespace, pod) (rate(container_cpu_usage_seconds_total{namespace="payments", container!=""}[5m]))';
    await page.goto(`/explore?${new URLSearchParams({ q, from: 'now-30m', to: 'now' })}`);
    const link = page.getByTestId('chart-legend-pod').first();
    await expect(link).toBeVisible();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/pods\/payments\/[^/?]+\?/);
    expect(new URL(href, 'http://x').searchParams.get('from')).toBe('now-30m');
    await link.click();
    await expect(page.getByTestId('section-header')).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(href.split('?')[0]);
  });
});
