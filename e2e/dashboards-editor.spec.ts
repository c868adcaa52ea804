import { expect, test } from './fixtures';
import { DashboardEditorPage, DashboardsPage } from './pages/dashboards';

/** A query the demo stack always answers with a few series (one per namespace). */
const PODS_BY_NAMESPACE = 'sum by (namespace) (kube_pod_info)';

test.describe('dashboard editor', () => {
  test('create a dashboard, add a time series panel with data, save, and find it after a reload', async ({ guarded: page }) => {
    const editor = new DashboardEditorPage(page);
    const uid = await editor.createNew();
    await editor.setTitle(`Pods ${Date.now()}`);
    await editor.addPanel('timeseries');
    await editor.setPanelTitle('Pods by namespace');
    await editor.setQuery(PODS_BY_NAMESPACE);
    await expect(editor.previewPanel()).toHaveAttribute('data-state', 'ready');
    // Pod counts are flat lines (zero-height boxes): count the drawn series instead of asking for visibility.
    await expect.poll(() => editor.previewPanel().getByTestId('chart-series').count()).toBeGreaterThan(1);
    await editor.applyPanel();
    await expect(editor.gridPanel('Pods by namespace')).toHaveAttribute('data-state', 'ready');
    await editor.save({ message: 'first panel' });

    const view = new DashboardsPage(page);
    await page.reload();
    await view.waitSettled(1);
    await expect(page.getByTestId('dashboard-view')).toHaveAttribute('data-version', '2');
    const panel = view.panel('Pods by namespace');
    await expect(panel).toHaveAttribute('data-state', 'ready');
    await expect.poll(() => panel.getByTestId('chart-series').count()).toBeGreaterThan(1);
    await expect(panel.getByTestId('chart-legend-item').filter({ hasText: 'shop' })).toHaveCount(1);
    expect(new URL(page.url()).pathname).toBe(`/dashboards/${uid}`);
  });

  test('invalid PromQL is shown at its position and the panel is not applied with it', async ({ guarded: page }) => {
    const editor = new DashboardEditorPage(page);
    await editor.createNew();
    await editor.addPanel('timeseries');
    await editor.setPanelTitle('Broken');
    await editor.setQuery('sum(rate(up[5m])) by (job');
    const problem = editor.panelEditor.getByTestId('query-problem');
    await expect(problem).toContainText(/^Line 1, column \d+: /);
    await expect(editor.panelEditor.getByTestId('panel-query').locator('.cm-lintRange-error').first()).toBeVisible();
    await editor.panelEditor.getByTestId('panel-editor-apply').click();
    await expect(editor.panelEditor.getByTestId('panel-editor-blocked')).toContainText('Fix the query errors');
    await expect(editor.panelEditor).toBeVisible();
    // Fixed, it applies.
    await editor.setQuery('sum(rate(up[5m])) by (job)');
    await expect(problem).toHaveCount(0);
    await editor.applyPanel();
    await expect(editor.gridPanel('Broken')).toHaveAttribute('data-state', 'ready');
  });

  test('two editors: the second save gets the 409 dialog; "Save as copy" keeps its changes and "Reload" shows the other save', async ({ guarded: page, browser }) => {
    const a = new DashboardEditorPage(page);
    const uid = await a.createNew();
    await a.setTitle('Shared base');
    await a.save();

    const context = await browser.newContext();
    try {
      const other = await context.newPage();
      const b = new DashboardEditorPage(other);
      await other.goto(`/dashboards/${uid}`);
      await b.enter();
      await a.enter();
      await a.setTitle('Saved by A');
      await a.save();

      await b.setTitle('Edited by B');
      await b.save({ expect: 'conflict' });
      await expect(other.getByTestId('conflict-message')).toContainText('version 3');
      await other.getByTestId('conflict-save-copy').click();
      await other.waitForURL((u) => u.pathname !== `/dashboards/${uid}`);
      await expect(other.getByTestId('dashboard-title')).toHaveText('Edited by B (copy)');

      // Again from A's version; A saves once more; B reloads and sees A's save.
      await other.goto(`/dashboards/${uid}`);
      await b.enter();
      await a.enter();
      await a.setTitle('Saved by A again');
      await a.save();
      await b.setTitle('Lost on purpose');
      await b.save({ expect: 'conflict' });
      await other.getByTestId('conflict-reload').click();
      await expect(other.getByTestId('dashboard-view')).toBeVisible();
      await expect(other.getByTestId('dashboard-title')).toHaveText('Saved by A again');
    } finally {
      await context.close();
    }
  });

  test('leaving edit mode with changes asks in the page; restoring an old version brings back its title', async ({ guarded: page }) => {
    const editor = new DashboardEditorPage(page);
    await editor.createNew();
    await editor.setTitle('Old title');
    await editor.save({ message: 'the old one' });
    await editor.enter();
    await editor.setTitle('New title');
    await editor.save();

    // Unsaved changes: an in-page dialog (the guarded page fails on native ones).
    await editor.enter();
    await editor.setTitle('Never saved');
    await editor.root.getByTestId('dashboard-exit-edit').click();
    await expect(page.getByTestId('discard-dialog')).toBeVisible();
    await page.getByTestId('discard-cancel').click();
    await expect(editor.root).toBeVisible();
    // A link to another page asks the same question.
    await page.getByRole('link', { name: 'Explore', exact: true }).first().click();
    await expect(page.getByTestId('discard-dialog')).toContainText('Leaving this page');
    await page.getByTestId('discard-cancel').click();
    await expect(page).toHaveURL(/\/dashboards\//);
    await expect(editor.root).toBeVisible();
    await editor.root.getByTestId('dashboard-exit-edit').click();
    await page.getByTestId('discard-confirm').click();
    await expect(page.getByTestId('dashboard-title')).toHaveText('New title');

    await page.getByTestId('dashboard-history').click();
    const old = page.getByTestId('version-row').filter({ hasText: 'the old one' });
    await expect(old).toHaveAttribute('data-version', '2');
    await old.getByTestId('version-view').click();
    await expect(page.getByTestId('version-preview-title')).toHaveText('Old title');
    await old.getByTestId('version-restore').click();
    await expect(page.getByTestId('dashboard-title')).toHaveText('Old title');
    await expect(page.getByTestId('dashboard-view')).toHaveAttribute('data-version', '4');
  });

  test('a variable added in the editor resolves, previews its values and is used by a query', async ({ guarded: page }) => {
    const editor = new DashboardEditorPage(page);
    await editor.createNew();
    await editor.addVariable('query', 'ns', async (form) => {
      await form.getByTestId('variable-query').fill('label_values(kube_pod_info, namespace)');
    });
    await expect(editor.root.getByTestId('variable-preview-value').filter({ hasText: /^shop$/ })).toBeVisible();
    await editor.root.getByTestId('editor-tab-panels').click();
    await editor.addPanel('stat');
    await editor.setPanelTitle('Pods in namespace');
    await editor.setQuery('sum(kube_pod_info{namespace="$ns"})');
    await editor.applyPanel();
    await editor.save();

    const view = new DashboardsPage(page);
    await view.selectVariableStartingWith('ns', 'shop');
    const panel = view.panel('Pods in namespace');
    await expect(panel).toHaveAttribute('data-state', 'ready');
    await view.panelMenu(panel, 'inspect');
    await expect(page.getByTestId('inspect-expr').first()).toContainText('namespace="shop"');
  });

  test('panels move, resize, duplicate and go; rows collapse; a built-in offers only "Save as copy"', async ({ guarded: page }) => {
    const editor = new DashboardEditorPage(page);
    await editor.createNew();
    await editor.addPanel('text');
    await editor.setPanelTitle('Note');
    await editor.applyPanel();
    const cell = editor.root.getByTestId('edit-cell');
    await expect(cell.getByTestId('panel-size')).toHaveText('8×4');
    await cell.getByTestId('panel-wider').click();
    await cell.getByTestId('panel-taller').click();
    await expect(cell.getByTestId('panel-size')).toHaveText('9×5');
    await cell.getByTestId('panel-duplicate').click();
    await expect(editor.root.getByTestId('edit-cell')).toHaveCount(2);
    await editor.root.getByTestId('edit-cell').nth(1).getByTestId('panel-remove').click();
    await expect(editor.root.getByTestId('edit-cell')).toHaveCount(1);
    await editor.root.getByTestId('add-row').click();
    await cell.getByTestId('panel-move-down').click();
    await editor.root.getByTestId('edit-row-toggle').click();
    await expect(editor.root.getByTestId('edit-cell')).toHaveCount(0);
    await expect(editor.root.getByTestId('edit-row')).toContainText('(1 panels)');
    await editor.save();
    await expect(page.getByTestId('dashboard-row-toggle')).toHaveAttribute('aria-expanded', 'false');

    await new DashboardsPage(page).open('k8s-pod');
    await expect(page.getByTestId('dashboard-edit')).toHaveCount(0);
    await expect(page.getByTestId('dashboard-save-copy')).toBeVisible();
  });

  test('a saved dashboard is deleted only after an in-page confirmation', async ({ guarded: page }) => {
    const editor = new DashboardEditorPage(page);
    const uid = await editor.createNew();
    const title = `Doomed ${Date.now()}`;
    await editor.setTitle(title);
    await editor.save();
    await page.getByTestId('dashboard-delete').click();
    await page.getByTestId('delete-cancel').click();
    await expect(page.getByTestId('delete-dialog')).toHaveCount(0);
    await page.getByTestId('dashboard-delete').click();
    await page.getByTestId('delete-confirm').click();
    await page.waitForURL((u) => u.pathname === '/dashboards');
    await new DashboardsPage(page).openList(`?search=${encodeURIComponent(title)}`);
    await expect(page.getByTestId('dashboards-empty')).toBeVisible();
    expect((await page.request.get(`/api/dashboards/${uid}`)).status()).toBe(404);
  });

  test('viewers do not download the editor: its code arrives when Edit is clicked', async ({ guarded: page }) => {
    const res = await page.request.post('/api/dashboards', {
      data: { model: { title: `Viewer ${Date.now()}`, panels: [{ id: 1, type: 'stat', title: 'Pods', gridPos: { x: 0, y: 0, w: 6, h: 4 }, targets: [{ refId: 'A', datasource: 'prometheus', expr: 'sum(kube_pod_info)' }] }] } },
    });
    expect(res.status()).toBe(201);
    const { uid } = (await res.json()).data as { uid: string };
    const scripts: Promise<string>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.text().catch(() => ''));
    });
    const editorLoaded = async () => (await Promise.all(scripts)).some((t) => t.includes('"dashboard-editor"'));

    const view = new DashboardsPage(page);
    await view.open(uid);
    await view.waitSettled(1);
    await page.waitForLoadState('networkidle');
    expect(await editorLoaded()).toBe(false);
    await new DashboardEditorPage(page).enter();
    expect(await editorLoaded()).toBe(true);
  });

  test('standard and graph options: unit, thresholds, legend as a table with max, stacked bars; kept after saving', async ({ guarded: page }) => {
    const editor = new DashboardEditorPage(page);
    await editor.createNew();
    const pe = await editor.addPanel('stat');
    await editor.setPanelTitle('Pod count');
    await editor.setQuery('sum(kube_pod_info)');
    await pe.getByTestId('option-unit').selectOption('percent');
    await pe.getByTestId('threshold-add').click();
    await pe.getByTestId('threshold-value').fill('1');
    const value = editor.previewPanel().getByTestId('stat-value');
    await expect(value).toContainText('%');
    await expect(value).toHaveCSS('color', 'rgb(242, 73, 92)'); // Grafana's "red": the count is above 1
    await editor.applyPanel();

    const ts = await editor.addPanel('timeseries');
    await editor.setPanelTitle('Pods stacked');
    await editor.setQuery(PODS_BY_NAMESPACE);
    await ts.getByTestId('option-legend-mode').selectOption('table');
    await ts.getByTestId('option-legend-max').check();
    await ts.getByTestId('option-draw-style').selectOption('bars');
    await ts.getByTestId('option-stacked').check();
    await expect(editor.previewPanel().getByTestId('chart-legend').locator('th')).toContainText([/name/i, /max/i]);
    await editor.applyPanel();
    await editor.save();

    const view = new DashboardsPage(page);
    await page.reload();
    await view.waitSettled(2);
    await expect(view.panel('Pod count').getByTestId('stat-value')).toHaveCSS('color', 'rgb(242, 73, 92)');
    await expect(view.panel('Pods stacked').getByTestId('chart-legend').locator('th')).toContainText([/name/i, /max/i]);
  });

  test("settings: tags, description, and the default range and refresh apply when a link names none", async ({ guarded: page }) => {
    const editor = new DashboardEditorPage(page);
    const uid = await editor.createNew();
    await editor.root.getByTestId('editor-tab-settings').click();
    await editor.root.getByTestId('settings-tags').fill('team-a, e2e');
    await editor.root.getByTestId('settings-description').fill('Owned by team A');
    await editor.root.getByTestId('settings-time-from').fill('now-3h');
    await editor.root.getByTestId('settings-refresh').selectOption('1m');
    await editor.save();
    await page.goto(`/dashboards/${uid}`);
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('now-3h');
    expect(new URL(page.url()).searchParams.get('refresh')).toBe('1m');
    await expect(page.getByTestId('dashboard-tag')).toHaveText(['e2e', 'team-a']);
    // A link with its own range keeps it.
    await page.goto(`/dashboards/${uid}?from=now-15m&to=now`);
    await expect(page.getByTestId('dashboard-view')).toBeVisible();
    expect(new URL(page.url()).searchParams.get('from')).toBe('now-15m');
  });
});
