import { expect, type Locator, type Page } from '@playwright/test';

export interface PanelSummary {
  id: string;
  title: string;
  state: string;
  /** The error, empty-state, text or placeholder shown instead of a chart, if any. */
  text: string;
}

/** The dashboards list, the import form and one dashboard's view. */
export class DashboardsPage {
  constructor(readonly page: Page) {}

  async openList(query = '') {
    await this.page.goto(`/dashboards${query}`);
  }

  async open(uid: string, params: Record<string, string | string[]> = {}) {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) for (const x of Array.isArray(v) ? v : [v]) search.append(k, x);
    const qs = search.toString();
    await this.page.goto(`/dashboards/${uid}${qs ? `?${qs}` : ''}`);
    await expect(this.page.getByTestId('dashboard-view')).toBeVisible();
  }

  /** Pastes dashboard JSON into the import form, previews it, saves it and waits for the new dashboard; returns its uid. */
  async importJson(json: string): Promise<string> {
    await this.page.getByTestId('dashboard-import-open').click();
    await this.page.getByTestId('dashboard-import-json').fill(json);
    await this.page.getByTestId('dashboard-import-preview').click();
    await expect(this.page.getByTestId('dashboard-import-result')).toBeVisible();
    await this.page.getByTestId('dashboard-import-save').click();
    await this.page.waitForURL((u) => /^\/dashboards\/[A-Za-z0-9_-]+$/.test(u.pathname));
    await expect(this.page.getByTestId('dashboard-view')).toBeVisible();
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }

  get panels(): Locator {
    return this.page.getByTestId('panel');
  }

  panel(title: string): Locator {
    return this.panels.filter({ has: this.page.getByTestId('panel-title').getByText(title, { exact: true }) });
  }

  variable(name: string): Locator {
    return this.page.getByTestId(`variable-${name}`);
  }

  /** Picks the first option of a variable whose value starts with `prefix` and waits for the URL; returns the value. */
  async selectVariableStartingWith(name: string, prefix: string): Promise<string> {
    const select = this.variable(name);
    await expect(select).toBeEnabled();
    const find = () => select.locator('option').evaluateAll((os, p) => (os as HTMLOptionElement[]).map((o) => o.value).find((v) => v.startsWith(p)) ?? null, prefix);
    await expect.poll(find).not.toBeNull();
    const value = (await find())!;
    await select.selectOption(value);
    await expect.poll(() => new URL(this.page.url()).searchParams.get(`var-${name}`)).toBe(value);
    return value;
  }

  /** Waits until at least `min` panels are shown and none is loading or refreshing. */
  async waitSettled(min = 1, timeout = 30_000) {
    await expect.poll(() => this.panels.count()).toBeGreaterThanOrEqual(min);
    await expect(this.page.locator('[data-testid=panel][data-state=loading]')).toHaveCount(0, { timeout });
    await expect(this.page.locator('[data-testid=panel][aria-busy=true]')).toHaveCount(0, { timeout });
    await expect(this.page.getByTestId('panel-loading')).toHaveCount(0, { timeout });
  }

  async summaries(): Promise<PanelSummary[]> {
    return this.panels.evaluateAll((els) =>
      els.map((e) => ({
        id: e.getAttribute('data-panel-id') ?? '',
        title: e.querySelector('[data-testid=panel-title]')?.textContent ?? '',
        state: e.getAttribute('data-state') ?? '',
        text: (e.querySelector('[data-testid=panel-error-message], [data-testid=panel-empty], [data-testid=text-panel], [data-testid=panel-placeholder]')?.textContent ?? '').trim(),
      })),
    );
  }

  /** Clicks a share button and returns the link it offers. */
  async share(kind: 'relative' | 'absolute' = 'relative'): Promise<string> {
    await this.page.getByTestId(kind === 'relative' ? 'dashboard-share' : 'dashboard-share-absolute').click();
    const input = this.page.getByTestId('share-url').first();
    await expect(input).toBeVisible();
    return input.inputValue();
  }

  /** Drags across the middle of a time series panel's plot, which zooms to that part of the range. */
  async dragZoom(panel: Locator) {
    const plot = panel.locator('.chart__plot').first();
    const box = (await plot.boundingBox())!;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width * 0.35, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * 0.5, y, { steps: 5 });
    await this.page.mouse.move(box.x + box.width * 0.75, y, { steps: 5 });
    await this.page.mouse.up();
  }

  async panelMenu(panel: Locator, item: 'view' | 'explore' | 'copy-link' | 'inspect') {
    await panel.getByTestId('panel-menu').locator('summary').click();
    await panel.getByTestId(`panel-menu-${item}`).click();
  }
}

/** Edit mode of a saved dashboard: the grid with its controls, the panel editor, variables, save and its dialogs. */
export class DashboardEditorPage {
  constructor(readonly page: Page) {}

  /** "New dashboard" on the list: saves an empty one and opens it in edit mode; returns its uid. */
  async createNew(): Promise<string> {
    await this.page.goto('/dashboards');
    await this.page.getByTestId('dashboard-new').click();
    await this.page.waitForURL((u) => /^\/dashboards\/[A-Za-z0-9_-]+$/.test(u.pathname) && u.searchParams.get('edit') === '1');
    await expect(this.root).toBeVisible();
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }

  get root(): Locator {
    return this.page.getByTestId('dashboard-editor');
  }

  async enter() {
    await this.page.getByTestId('dashboard-edit').click();
    await expect(this.root).toBeVisible();
  }

  /** The version the editor started from. */
  async version(): Promise<number> {
    return Number(await this.root.getAttribute('data-version'));
  }

  async setTitle(title: string) {
    await this.root.getByTestId('editor-tab-settings').click();
    await this.root.getByTestId('settings-title').fill(title);
    await this.root.getByTestId('editor-tab-panels').click();
  }

  /** Adds a panel of `type` and returns the panel editor that opens for it. */
  async addPanel(type: string): Promise<Locator> {
    await this.root.getByTestId('add-panel-type').selectOption(type);
    await this.root.getByTestId('add-panel').click();
    await expect(this.panelEditor).toBeVisible();
    return this.panelEditor;
  }

  get panelEditor(): Locator {
    return this.page.getByTestId('panel-editor');
  }

  /** Replaces the text of query `index` (PromQL or LogQL editor) in the open panel editor. */
  async setQuery(text: string, index = 0) {
    const editor = this.panelEditor.getByTestId('panel-query').nth(index).locator('.cm-content');
    await editor.fill(text);
    await expect(editor).toHaveText(text);
  }

  async setPanelTitle(title: string) {
    await this.panelEditor.getByTestId('panel-title-input').fill(title);
  }

  previewPanel(): Locator {
    return this.panelEditor.getByTestId('panel');
  }

  async applyPanel() {
    await this.panelEditor.getByTestId('panel-editor-apply').click();
    await expect(this.panelEditor).toHaveCount(0);
  }

  /** A panel on the edit grid by title. */
  gridPanel(title: string): Locator {
    return this.root
      .getByTestId('edit-cell')
      .filter({ has: this.page.getByTestId('panel-title').getByText(title, { exact: true }) })
      .getByTestId('panel');
  }

  /** Saves; waits for the view of the new version unless a dialog or an error is expected. */
  async save(opts: { message?: string; expect?: 'saved' | 'conflict' } = {}) {
    if (opts.message) await this.root.getByTestId('save-message').fill(opts.message);
    await this.root.getByTestId('dashboard-save').click();
    if ((opts.expect ?? 'saved') === 'saved') {
      await expect(this.page.getByTestId('dashboard-view')).toBeVisible();
      await expect(this.root).toHaveCount(0);
    } else {
      await expect(this.page.getByTestId('conflict-dialog')).toBeVisible();
    }
  }

  async addVariable(kind: string, name: string, fill: (form: Locator) => Promise<void>) {
    await this.root.getByTestId('editor-tab-variables').click();
    await this.root.getByTestId('variable-kind-new').selectOption(kind);
    await this.root.getByTestId('variable-add').click();
    const form = this.root.getByTestId('variable-form');
    await form.getByTestId('variable-name').fill(name);
    await fill(form);
  }
}
