import { expect, test } from './fixtures';

const cpuQuery = 'sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="shop", container!=""}[1m]))';

test.describe('Explore', () => {
  test('a PromQL link reopens the same chart from the real Prometheus', async ({ guarded: page }) => {
    await page.goto(`/explore?${new URLSearchParams({ q: cpuQuery, from: 'now-30m', to: 'now' })}`);
    await expect(page.getByTestId('result-chart')).toHaveAttribute('data-state', 'ready');
    // A pod of the CronJob may have a single sample: its path has no length, so look for a drawn one.
    await expect(page.getByTestId('chart-series').filter({ visible: true }).first()).toBeVisible();
    // The shop's services are among the series (the CronJob's cache-warmer pods, when in range, sort first).
    await expect(page.getByTestId('chart-legend-item').filter({ hasText: /cart|checkout|frontend|catalog|redis/ }).first()).toBeVisible();
  });

  test('typing a query and running it puts it in the URL', async ({ guarded: page }) => {
    await page.goto('/explore');
    const editor = page.getByTestId('promql-editor').locator('.cm-content');
    await editor.click();
    await page.keyboard.type('sum(kube_pod_info)');
    await page.getByTestId('run-query').click();
    await expect(page).toHaveURL(/q=sum%28kube_pod_info%29/);
    await page.getByTestId('explore-tab-table').click();
    await expect(page.getByTestId('result-table-row').first()).toContainText(/\d+/);
  });

  test('invalid PromQL shows the parser message at its position and keeps the page', async ({ guarded: page }) => {
    await page.goto(`/explore?${new URLSearchParams({ q: 'sum(rate(up[1m])' })}`);
    await expect(page.getByTestId('error-message')).toContainText(/parse error/);
    await expect(page.getByTestId('error-position')).toBeVisible();
    await expect(page.getByTestId('promql-editor')).toBeVisible();
  });
});

test.describe('Logs', () => {
  test('a LogQL query lists lines as text, markup included', async ({ guarded: page }) => {
    await page.goto(`/logs?${new URLSearchParams({ q: '{namespace="shop", app="catalog"} |~ "<script>|<img"', from: 'now-1h', limit: '1000' })}`);
    await expect(page.getByTestId('log-row').first()).toBeVisible();
    // The demo writes <script> and <img onerror> into search logs; they must show as text and never run.
    await expect(page.getByTestId('log-list')).toContainText(/<script>|<img/);
    expect(await page.locator('[data-testid="log-list"] script, [data-testid="log-list"] img').count()).toBe(0);
  });

  test('metric LogQL renders as a chart', async ({ guarded: page }) => {
    await page.goto(`/logs?${new URLSearchParams({ q: 'sum by (namespace) (count_over_time({namespace=~".+"}[1m]))', from: 'now-15m' })}`);
    await expect(page.getByTestId('result-chart')).toHaveAttribute('data-state', 'ready');
  });

  test('invalid LogQL shows the syntax error before anything is sent', async ({ guarded: page }) => {
    await page.goto(`/logs?${new URLSearchParams({ q: '{namespace="shop"} |= ' })}`);
    await expect(page.getByTestId('error-message')).toContainText(/parse error|syntax error/);
  });
});

test.describe('Shell and time range', () => {
  test('navigation keeps the time range, and a copied link reopens it', async ({ guarded: page }) => {
    await page.goto('/?from=now-6h&to=now');
    await page.getByTestId('nav-pods').click();
    await expect(page).toHaveURL(/\/pods\?.*from=now-6h/);
    await page.getByTestId('nav-explore').click();
    await expect(page).toHaveURL(/\/explore\?.*from=now-6h/);
    await expect(page.getByTestId('time-range-button')).toContainText(/6 hours|6h/i);
  });

  test('a quick range updates the URL; an invalid custom range shows an error and keeps the input', async ({ guarded: page }) => {
    await page.goto('/');
    await page.getByTestId('time-range-button').click();
    await page.getByTestId('time-quick-15m').click();
    await expect(page).toHaveURL(/from=now-15m/);
    await page.getByTestId('time-range-button').click();
    await page.getByTestId('time-from-input').fill('yesterday-ish');
    await page.getByTestId('time-apply').click();
    await expect(page.getByTestId('time-range-error')).toBeVisible();
    await expect(page.getByTestId('time-from-input')).toHaveValue('yesterday-ish');
  });

  test('dashboards page lists and searches', async ({ guarded: page }) => {
    await page.goto('/dashboards?search=nothing-matches-this');
    await expect(page.getByTestId('dashboards-empty')).toContainText('No dashboard matches');
  });

  test('unknown pages give the not-found page', async ({ guarded: page }) => {
    const res = await page.goto('/no-such-view');
    expect(res?.status()).toBe(404);
    await expect(page.getByTestId('not-found')).toBeVisible();
  });
});

const splitCpu = 'sum by (namespace, pod) (rate(container_cpu_usage_seconds_total{namespace="shop", container!=""}[1m]))';

test.describe('Explore split view', () => {
  test('shows metrics and logs on one range, and carries a series\' labels into the log selector', async ({ guarded: page }) => {
    await page.goto(`/explore?${new URLSearchParams({ q: splitCpu, from: 'now-30m', split: '1', lq: '{namespace="shop"}' })}`);
    await expect(page.getByTestId('split-metrics').getByTestId('result-chart')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByTestId('split-logs').getByTestId('log-row').first()).toBeVisible();

    // A long-lived pod (CronJob pods come and go within the range).
    const carry = page.getByTestId('carry-to-logs').filter({ hasText: /^shop\/cart-/ }).first();
    const pod = (await carry.textContent())!.split('/')[1]!;
    await carry.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('lq')).toBe(`{namespace="shop", pod="${pod}"}`);
    await expect(page.getByTestId('split-logs').getByTestId('log-row').first()).toBeVisible();
    // Back returns to the previous log query; the time range is shared, so a brushed zoom moves both sides.
    const plot = page.getByTestId('split-metrics').locator('.chart__plot');
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect(page).toHaveURL(/from=\d{4}-\d\d-\d\dT/);
    await expect(page).toHaveURL(/lq=/);
    await expect(page.getByTestId('split-logs').getByTestId('log-row').first()).toBeVisible();
  });
});

test.describe('Explore split view crosshair', () => {
  const msOf = (tsNs: string) => Number(tsNs.slice(0, -6));

  test('the chart\'s hovered time marks the logs\' volume and nearest line, and a hovered line marks the chart', async ({ guarded: page }) => {
    await page.goto(`/explore?${new URLSearchParams({ q: splitCpu, from: 'now-5m', split: '1', lq: '{namespace="shop"}' })}`);
    const chart = page.getByTestId('split-metrics').getByTestId('result-chart');
    await expect(chart).toHaveAttribute('data-state', 'ready');
    const logs = page.getByTestId('split-logs');
    await expect(logs.getByTestId('log-row').first()).toBeVisible();
    await expect(logs.getByTestId('paging-bar')).not.toHaveAttribute('data-status', 'loading');
    const plot = (await chart.locator('.chart__plot').boundingBox())!;
    const crosshair = chart.getByTestId('chart-crosshair');
    const y = plot.y + plot.height / 2;

    // The chart's own crosshair gives the time at two pointer positions: time is linear in x between them.
    const timeAt = async (x: number) => {
      await page.mouse.move(x, y);
      await expect(crosshair).toHaveAttribute('data-source', 'self');
      return Number(await crosshair.getAttribute('data-time-ms'));
    };
    const x1 = plot.x + plot.width * 0.4;
    const x2 = plot.x + plot.width * 0.9;
    const t1 = await timeAt(x1);
    const t2 = await timeAt(x2);
    expect(t2).toBeGreaterThan(t1);
    const xOf = (t: number) => x1 + ((t - t1) / (t2 - t1)) * (x2 - x1);

    // Hover the chart at the time of a loaded line (the 4th newest), so that time is inside the loaded lines.
    const target = msOf((await logs.locator('[data-index="3"] [data-testid="log-row"]').getAttribute('data-ts'))!);
    await page.mouse.move(xOf(target), y);
    await expect(crosshair).toHaveAttribute('data-source', 'self');
    const hovered = Number(await crosshair.getAttribute('data-time-ms'));
    expect(Math.abs(hovered - target)).toBeLessThan(Math.abs(t2 - t1) / 100);

    // The volume histogram marks that time, placed at its fraction of the range.
    const volume = logs.getByTestId('log-volume');
    const marker = volume.getByTestId('log-volume-crosshair');
    await expect(marker).toHaveAttribute('data-time-ms', String(hovered));
    const [vStart, vEnd] = [Number(await volume.getAttribute('data-start-ms')), Number(await volume.getAttribute('data-end-ms'))];
    const vPlot = (await volume.locator('.log-volume__plot').boundingBox())!;
    const mBox = (await marker.boundingBox())!;
    expect(Math.abs((mBox.x - vPlot.x) / vPlot.width - (hovered - vStart) / (vEnd - vStart))).toBeLessThan(0.01);

    // Exactly one line is marked, and it is nearer the hovered time than the lines either side of it.
    const markedRow = logs.locator('[data-testid="log-row"][data-marked]');
    await expect(markedRow).toHaveCount(1);
    // `has` is matched inside each item, so its locator starts from the page, not from the pane
    const item = logs.locator('.log-list__item').filter({ has: page.locator('[data-testid="log-row"][data-marked]') });
    const index = Number(await item.getAttribute('data-index'));
    const distance = async (i: number) => {
      const ts = await logs.locator(`[data-index="${i}"] [data-testid="log-row"]`).getAttribute('data-ts', { timeout: 1000 }).catch(() => null);
      return ts === null ? Infinity : Math.abs(msOf(ts) - hovered);
    };
    const own = await distance(index);
    expect(own).toBeLessThanOrEqual(await distance(index - 1));
    expect(own).toBeLessThanOrEqual(await distance(index + 1));
    expect(own).toBeLessThan(60_000);

    // The other way: a hovered line puts the chart's crosshair (and the volume's marker) at that line's time.
    // (any rendered line other than the marked one: which rows the virtual list holds depends on the pane's height)
    const row = logs.locator('[data-testid="log-row"]:not([data-marked])').last();
    const rowMs = msOf((await row.getAttribute('data-ts'))!);
    await row.hover({ position: { x: 40, y: 8 } });
    await expect(crosshair).toHaveAttribute('data-source', 'shared');
    await expect(crosshair).toHaveAttribute('data-time-ms', String(rowMs));
    await expect(marker).toHaveAttribute('data-time-ms', String(rowMs));
    const cBox = (await crosshair.boundingBox())!;
    expect(Math.abs(cBox.x - xOf(rowMs))).toBeLessThan(2);
    // No line is marked while the pointer is on the lines themselves; leaving them clears the crosshair.
    await expect(markedRow).toHaveCount(0);
    await page.mouse.move(plot.x + 2, plot.y - 40);
    await expect(crosshair).toHaveCount(0);
    await expect(marker).toHaveCount(0);
  });
});
