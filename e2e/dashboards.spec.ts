import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { DashboardsPage, type PanelSummary } from './pages/dashboards';

const FIXTURES = process.env.LANTERN_FIXTURES_DIR ?? path.resolve(process.cwd(), '..', 'shared', 'fixtures', 'grafana');

/** Every panel shows data, or says why not in words (a placeholder or the missing-metric sentence): none is stuck or blank. */
function expectEveryPanelAccountedFor(panels: PanelSummary[]) {
  const bad = panels.filter((p) => p.state !== 'ready');
  expect(bad, bad.map((p) => `${p.id} "${p.title}": ${p.state} ${p.text}`).join('\n')).toEqual([]);
}

test.describe('dashboards', () => {
  test('the built-in Pod dashboard shows every panel with data or a named reason', async ({ guarded: page }) => {
    const d = new DashboardsPage(page);
    await d.open('k8s-pod', { 'var-namespace': 'shop' });
    await expect(d.variable('namespace')).toHaveValue('shop');
    await d.selectVariableStartingWith('pod', 'frontend-');
    await d.waitSettled(12);
    const panels = await d.summaries();
    expect(panels.length).toBeGreaterThanOrEqual(12);
    expectEveryPanelAccountedFor(panels);
    await expect(page.getByTestId('dashboard-readonly')).toBeVisible();
  });

  test('the Pod dashboard defaults to a running pod, not the alphabetically first Job pod', async ({ guarded: page }) => {
    const d = new DashboardsPage(page);
    const variableRequests: string[] = [];
    page.on('request', (r) => /\/api\/prometheus\/(label\/|series)/.test(r.url()) && variableRequests.push(r.url()));
    await d.open('k8s-pod', { 'var-namespace': 'shop' });
    // shop's cache-warmer Job pods sort first and have completed; the default must be a pod with live metrics.
    await expect.poll(() => new URL(page.url()).searchParams.get('var-pod')).toMatch(/^(?!cache-warmer-)/);
    await expect(d.variable('pod').locator('option', { hasText: /^cache-warmer-/ }).first()).toBeAttached();
    const pod = new URL(page.url()).searchParams.get('var-pod')!;
    const query = `kube_pod_status_phase{namespace="shop", pod=${JSON.stringify(pod)}} == 1`;
    const res = await page.request.get(`/api/prometheus/query?${new URLSearchParams({ query })}`);
    expect(res.ok()).toBe(true);
    const body = (await res.json()) as { samples: { labels: Record<string, string> }[] };
    expect(body.samples.map((s) => s.labels.phase)).toEqual(['Running']);
    await d.waitSettled(12);
    // The server resolved namespace → pod → container while rendering: the browser asked for none of them.
    expect(variableRequests).toEqual([]);
    // The phase reads as a word (stat text mode "name"), not as the 1 of kube_pod_status_phase.
    await expect(d.panel('Phase').getByTestId('stat-value')).toHaveText('Running');
  });

  test('a panel opens full screen from its menu; Escape leaves it; Inspect shows the interpolated query', async ({ guarded: page }) => {
    const d = new DashboardsPage(page);
    await d.open('k8s-pod', { 'var-namespace': 'shop' });
    await d.selectVariableStartingWith('pod', 'frontend-');
    const cpu = d.panel('CPU usage vs request and limit');
    await d.panelMenu(cpu, 'inspect');
    await expect(page.getByTestId('inspect-expr').first()).toContainText('namespace="shop"');
    await page.getByTestId('inspect-close').click();
    await d.panelMenu(cpu, 'view');
    await expect(page.getByTestId('panel-fullscreen')).toBeVisible();
    expect(new URL(page.url()).searchParams.get('viewPanel')).toMatch(/^\d+$/);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('panel-fullscreen')).toHaveCount(0);
    expect(new URL(page.url()).searchParams.has('viewPanel')).toBe(false);
  });

  test('a shared link with variables and a zoomed range opens the same view in a new browser context', async ({ guarded: page, browser }) => {
    const d = new DashboardsPage(page);
    await d.open('k8s-pod', { 'var-namespace': 'shop' });
    const pod = await d.selectVariableStartingWith('pod', 'frontend-');
    await d.waitSettled(12);
    const before = new URL(page.url()).searchParams.get('from');

    await d.dragZoom(d.panel('CPU usage vs request and limit'));
    await expect.poll(() => new URL(page.url()).searchParams.get('from') ?? '').toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await d.waitSettled(12);
    const zoomed = new URL(page.url());
    const link = new URL(await d.share());
    expect(link.searchParams.get('from')).toBe(zoomed.searchParams.get('from'));
    expect(link.searchParams.get('to')).toBe(zoomed.searchParams.get('to'));
    expect(link.searchParams.get('var-pod')).toBe(pod);
    const titles = (await d.summaries()).map((p) => p.title);

    const context = await browser.newContext();
    try {
      const other = new DashboardsPage(await context.newPage());
      await other.page.goto(link.pathname + link.search);
      await other.waitSettled(12);
      const url = new URL(other.page.url());
      for (const key of ['from', 'to', 'var-namespace', 'var-pod', 'var-container']) expect(url.searchParams.getAll(key), key).toEqual(zoomed.searchParams.getAll(key));
      await expect(other.variable('namespace')).toHaveValue('shop');
      await expect(other.variable('pod')).toHaveValue(pod);
      const panels = await other.summaries();
      expect(panels.map((p) => p.title)).toEqual(titles);
      expectEveryPanelAccountedFor(panels);
    } finally {
      await context.close();
    }

    // Back returns to the range before the zoom.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(before);
  });

  test('the Grafana "Kubernetes / Views / Global" dashboard imports through the UI and renders with data', async ({ guarded: page }) => {
    // 26 panels and ~55 queries: on a demo stack still backfilling, the first answers can take a while.
    test.setTimeout(120_000);
    const json = readFileSync(path.join(FIXTURES, 'k8s-views-global.json'), 'utf8');
    const d = new DashboardsPage(page);
    await d.openList();
    await d.importJson(json);
    await expect(page.getByTestId('dashboard-title')).toHaveText('Kubernetes / Views / Global');
    await d.waitSettled(20, 90_000);
    const panels = await d.summaries();
    expectEveryPanelAccountedFor(panels);
    expect(panels.filter((p) => p.text === '').length, 'most panels draw data').toBeGreaterThan(panels.length / 2);
  });

  test('the Grafana "Kubernetes / Views / Namespaces" dashboard imports through the UI and renders with data', async ({ guarded: page }) => {
    test.setTimeout(120_000);
    const json = readFileSync(path.join(FIXTURES, 'k8s-views-namespaces.json'), 'utf8');
    const d = new DashboardsPage(page);
    await d.openList();
    await d.importJson(json);
    await expect(page.getByTestId('dashboard-title')).toHaveText('Kubernetes / Views / Namespaces');
    await expect(d.variable('namespace')).toBeVisible();
    await d.waitSettled(10, 90_000);
    const panels = await d.summaries();
    expectEveryPanelAccountedFor(panels);
    expect(panels.filter((p) => p.text === '').length, 'most panels draw data').toBeGreaterThan(panels.length / 2);
  });

  test("a broken panel query shows Prometheus' error in that panel while the other panel renders", async ({ guarded: page }) => {
    const model = {
      schemaVersion: 1,
      title: `Broken query ${Date.now()}`,
      panels: [
        { id: 1, type: 'timeseries', title: 'Good', gridPos: { x: 0, y: 0, w: 12, h: 8 }, targets: [{ refId: 'A', datasource: 'prometheus', expr: 'sum(up)' }] },
        { id: 2, type: 'timeseries', title: 'Broken', gridPos: { x: 12, y: 0, w: 12, h: 8 }, targets: [{ refId: 'A', datasource: 'prometheus', expr: 'sum(rate(' }] },
      ],
    };
    const d = new DashboardsPage(page);
    await d.openList();
    await d.importJson(JSON.stringify(model));
    await d.waitSettled(2);
    await expect(d.panel('Good')).toHaveAttribute('data-state', 'ready');
    await expect(d.panel('Broken')).toHaveAttribute('data-state', 'error');
    await expect(d.panel('Broken').getByTestId('panel-error-message')).toContainText('parse error');
  });

  test('the list shows built-ins first and searches by title', async ({ guarded: page }) => {
    const d = new DashboardsPage(page);
    await d.openList();
    await expect(page.getByTestId('dashboard-row').first()).toContainText('read-only');
    await d.openList('?search=pod');
    await expect(page.getByTestId('dashboard-row').filter({ hasText: 'Kubernetes / Pod' })).toHaveCount(1);
    await d.openList('?search=nothing-matches-this');
    await expect(page.getByTestId('dashboards-empty')).toContainText('No dashboard matches');
  });
});
